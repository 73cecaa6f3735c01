// The name index of the content on screen, held by the search worker (DESIGN §7). An installed
// version's index is built in a worker of its own and stored before the screens switch to it
// (`prepare`); a cold start loads the stored one (`show`), and builds only when none is stored
// in this code's format. Searches and lookups go to the worker of the version on screen.

import type { ActiveContent } from '../storage/read-active-content.ts';
import type { EskeDb } from '../storage/eske-db.ts';
import { hasNameIndex, readNameIndex, writeNameIndex } from '../storage/name-index-store.ts';
import type { BuiltIndex, EngineSearchOptions, NameFacets, NameRow, SearchAnswer } from '../../search/worker-protocol.ts';
import { handleError } from '../app/handle-error.ts';
import { EngineClient, type EnginePort } from './engine-client.ts';
import { spawnEngine } from './spawn-engine.ts';

/** `empty`: the content has no register. `failed`: the Names screen offers a retry. */
export type IndexStatus = 'empty' | 'loading' | 'ready' | 'failed';

export interface NamesIndexDependencies {
  db: EskeDb;
  spawn?: () => EnginePort;
  /** ms since the epoch */
  now?: () => number;
}

/** performance.measure names, for the benchmarks and the browser's performance panel. */
export const MEASURE_BUILD = 'eske:name-index:build';
export const MEASURE_SHOW = 'eske:name-index:show';

export class NamesIndex {
  status = $state<IndexStatus>('empty');
  /** The content version whose index is in the search worker, or on its way there. */
  version = $state<number | null>(null);
  facets = $state.raw<NameFacets | null>(null);

  #db: EskeDb | null = null;
  #spawn: () => EnginePort = spawnEngine;
  #now: () => number = Date.now;
  #engine: EngineClient | null = null;
  // Bookkeeping, not state: nothing renders from these two, so they need no reactivity.
  /** Indexes built for a pending version, handed to the search worker when it comes on screen. */
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  readonly #built = new Map<number, BuiltIndex>();
  /** Versions whose build failed before the switch: shown as unavailable until a retry. */
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  readonly #failed = new Set<number>();
  #showing: Promise<void> | null = null;
  /** One build at a time: two registers of a million names would not fit side by side. */
  #builds: Promise<unknown> = Promise.resolve();

  connect(dependencies: NamesIndexDependencies): void {
    this.#db = dependencies.db;
    this.#spawn = dependencies.spawn ?? spawnEngine;
    this.#now = dependencies.now ?? Date.now;
  }

  /**
   * Builds and stores the index of installed content that is not on screen yet, so the switch
   * finds it ready. Never rejects: a failure is logged and the version switches anyway.
   */
  async prepare(content: ActiveContent): Promise<void> {
    if (content.namesShards.length === 0) return;
    try {
      if (await hasNameIndex(this.#requireDb(), content.version)) return;
      this.#built.set(content.version, await this.#buildAndStore(content));
    } catch (error) {
      this.#failed.add(content.version);
      handleError(error, `building the name index of version ${content.version}`, { quiet: true });
    }
  }

  /** Puts the index of `content` in the search worker; the same content again joins the first call. */
  show(content: ActiveContent): Promise<void> {
    if (this.version === content.version && this.#showing) return this.#showing;
    this.version = content.version;
    this.facets = null;
    // Indexes prepared for versions that never came on screen are dropped with them.
    for (const version of this.#built.keys()) if (version < content.version) this.#built.delete(version);
    if (content.namesShards.length === 0) {
      this.status = 'empty';
      this.#showing = Promise.resolve();
    } else {
      this.status = 'loading';
      this.#showing = this.#show(content);
    }
    return this.#showing;
  }

  /** The Names screen's "try again" after a failure: builds afresh if nothing usable is stored. */
  retry(content: ActiveContent): Promise<void> {
    this.#failed.delete(content.version);
    this.#showing = null;
    return this.show(content);
  }

  /** Searches the index on screen; null when a newer search overtook this one. */
  async search(query: string, options: EngineSearchOptions): Promise<SearchAnswer | null> {
    if (this.status !== 'ready' || !this.#engine) return null;
    try {
      const answer = await this.#engine.search(query, options);
      return answer && answer.version === this.version ? answer : null;
    } catch (error) {
      this.#fail(error, 'searching names');
      return null;
    }
  }

  /** Rows of records by id, from the index of `content` once it is loaded; [] if it cannot be. */
  async lookup(content: ActiveContent, ids: readonly string[]): Promise<NameRow[]> {
    if (ids.length === 0) return [];
    await this.show(content);
    if (this.status !== 'ready' || this.version !== content.version || !this.#engine) return [];
    try {
      const { version, rows } = await this.#engine.lookup(ids);
      return version === content.version ? rows : [];
    } catch (error) {
      this.#fail(error, 'looking up names');
      return [];
    }
  }

  async #show(content: ActiveContent): Promise<void> {
    const { version } = content;
    const started = performance.now();
    try {
      if (this.#failed.has(version)) {
        this.status = 'failed';
        return;
      }
      const built =
        this.#built.get(version) ?? (await readNameIndex(this.#requireDb(), version)) ?? (await this.#buildAndStore(content));
      this.#built.delete(version);
      // Another version came on screen meanwhile; loading this one now would replace it.
      if (this.version !== version) return;
      const loaded = await this.#searchEngine().load(version, built.index, built.shardOf);
      if (this.version !== version) return;
      this.facets = loaded.facets;
      this.status = 'ready';
      performance.measure(MEASURE_SHOW, { start: started, end: performance.now() });
    } catch (error) {
      if (this.version === version) this.#fail(error, `loading the name index of version ${version}`);
    }
  }

  /**
   * The Names screen says the register is unavailable and offers a retry, which starts a fresh
   * search worker: a worker that failed once (out of memory, say) is not trusted again.
   */
  #fail(error: unknown, where: string): void {
    this.status = 'failed';
    this.#engine?.close();
    this.#engine = null;
    handleError(error, where, { quiet: true });
  }

  /** Builds in a worker of its own, so searches on screen never wait behind a build. */
  #buildAndStore(content: ActiveContent): Promise<BuiltIndex> {
    const build = this.#builds.then(async () => {
      const shards = await Promise.all(content.namesShards.map((entry) => content.namesShardBlob(entry)));
      const builder = new EngineClient(this.#spawn());
      const started = performance.now();
      let built: BuiltIndex;
      try {
        built = await builder.build(shards);
      } finally {
        builder.close();
      }
      performance.measure(MEASURE_BUILD, { start: started, end: performance.now() });
      try {
        // Awaited before the index moves to the search worker: IndexedDB must copy it first.
        const row = { version: content.version, index: built.index, shardOf: built.shardOf };
        await writeNameIndex(this.#requireDb(), row, this.#now());
      } catch (error) {
        // A full disk costs the next cold start a rebuild, not this one its register.
        handleError(error, `storing the name index of version ${content.version}`, { quiet: true });
      }
      return built;
    });
    this.#builds = build.catch(() => undefined);
    return build;
  }

  #searchEngine(): EngineClient {
    this.#engine ??= new EngineClient(this.#spawn());
    return this.#engine;
  }

  #requireDb(): EskeDb {
    if (!this.#db) throw new Error('namesIndex.connect() was not called');
    return this.#db;
  }
}

export const namesIndex = new NamesIndex();
