// The register records a page links to (an event, docs/design.md §9 `event`, or a place,
// `place`), as name rows from the name index (name, years, and each record's shard). One per
// page; a content switch looks them up again, and only the latest lookup is shown.

import { untrack } from 'svelte';
import type { NameRow } from '../../search/worker-protocol.ts';
import { LatestRequest } from '../app/latest-request.ts';
import { namesIndex } from './names-index.svelte.ts';
import type { ActiveContent } from '../storage/read-active-content.ts';

/** Rows of records by id; [] when the index cannot give them (names-index.svelte.ts). */
export type LookupLinkedNames = (content: ActiveContent, ids: readonly string[]) => Promise<NameRow[]>;

export class LinkedNames {
  /** The linked records the index knows; those it does not are left out. */
  people = $state.raw<NameRow[]>([]);

  readonly #lookup: LookupLinkedNames;
  readonly #looking = new LatestRequest();

  constructor(lookup: LookupLinkedNames = (content, ids) => namesIndex.lookup(content, ids)) {
    this.#lookup = lookup;
  }

  /** Reads no state a caller's effect should follow: looking up may load the name index. */
  open(content: ActiveContent, ids: readonly string[]): Promise<void> {
    return untrack(() => this.#open(content, ids));
  }

  /** Leaving the page: an answer still on its way is dropped. */
  close(): void {
    this.#looking.cancel();
  }

  async #open(content: ActiveContent, ids: readonly string[]): Promise<void> {
    const signal = this.#looking.begin();
    const rows = await this.#lookup(content, ids);
    if (!signal.aborted) this.people = rows;
  }
}
