// What the record page (docs/design.md §9 `record`) shows: the full record, read from its shard
// while the page waits. One per page, so a page never shows the record of the one before; a
// content switch opens the record again, and only the latest opening is shown.

import { untrack } from 'svelte';
import type { NameRecord } from '../../feed/content-schema.ts';
import { handleError } from '../app/handle-error.ts';
import { LatestRequest } from '../app/latest-request.ts';
import { findRecord } from '../names/find-record.ts';
import { namesIndex } from '../names/names-index.svelte.ts';
import type { ActiveContent } from '../storage/read-active-content.ts';
import { countUsage } from '../storage/usage-counts.ts';

export type RecordStatus = 'loading' | 'loaded' | 'not-found';

export type FindShownRecord = (content: ActiveContent, id: string, shard: number | undefined) => Promise<NameRecord | null>;

const findInIndex: FindShownRecord = (content, id, shard) =>
  findRecord(content, id, shard, (ids) => namesIndex.lookup(content, ids));

export class RecordView {
  /** The record found last: it stays on screen while a content switch reads it again. */
  record = $state.raw<NameRecord | null>(null);
  #loading = $state(true);
  status = $derived<RecordStatus>(this.record ? 'loaded' : this.#loading ? 'loading' : 'not-found');

  readonly #find: FindShownRecord;
  readonly #opening = new LatestRequest();

  constructor(find: FindShownRecord = findInIndex) {
    this.#find = find;
  }

  /** Reads no state a caller's effect should follow: finding may load the name index. */
  open(content: ActiveContent, id: string, shard: number | undefined): Promise<void> {
    return untrack(() => this.#open(content, id, shard));
  }

  /** Leaving the page: an answer still on its way is dropped. */
  close(): void {
    this.#opening.cancel();
  }

  async #open(content: ActiveContent, id: string, shard: number | undefined): Promise<void> {
    const signal = this.#opening.begin();
    this.#loading = true;
    try {
      const found = await this.#find(content, id, shard);
      if (signal.aborted) return;
      this.record = found;
      if (found) void countUsage('record');
    } catch (error) {
      handleError(error, `opening record ${id}`, { quiet: true });
    } finally {
      if (!signal.aborted) this.#loading = false;
    }
  }
}
