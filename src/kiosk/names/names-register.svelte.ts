// The name register of the content on screen, loaded from its shards into the basic surname
// index the first time a visitor needs it (Names screen, a record, an event's linked names).
// A later issue moves search into a Web Worker with the full engine (DESIGN §7).

import type { NameRecord } from '../../feed/content-schema.ts';
import { SurnamePrefixIndex } from '../../search/surname-prefix-index.ts';
import { handleError } from '../app/handle-error.ts';
import type { ActiveContent } from '../storage/read-active-content.ts';

export type RegisterStatus = 'empty' | 'loading' | 'ready' | 'failed';

class NamesRegister {
  status = $state<RegisterStatus>('empty');
  /** `raw`: hundreds of thousands of records must not become proxies. */
  index = $state.raw<SurnamePrefixIndex<NameRecord> | null>(null);
  #version: number | null = null;
  #loading: Promise<void> | null = null;

  /** Loads the register of `content` unless it is loaded or loading already. */
  ensureLoaded(content: ActiveContent): Promise<void> {
    if (this.#version === content.version && this.#loading) return this.#loading;
    this.#version = content.version;
    this.index = null;
    this.status = 'loading';
    this.#loading = this.#load(content);
    return this.#loading;
  }

  async #load(content: ActiveContent): Promise<void> {
    try {
      const records: NameRecord[] = [];
      for (const entry of content.namesShards) {
        const shard = await content.loadNamesShard(entry);
        if (this.#version !== content.version) return;
        records.push(...shard.records);
      }
      this.index = SurnamePrefixIndex.build(records);
      this.status = 'ready';
    } catch (error) {
      if (this.#version !== content.version) return;
      this.status = 'failed';
      // Allow a later visit to try again; the Names screen says the register is unavailable.
      this.#loading = null;
      handleError(error, 'names register', { quiet: true });
    }
  }
}

export const namesRegister = new NamesRegister();
