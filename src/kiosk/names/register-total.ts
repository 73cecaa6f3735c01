// How many names the register on screen holds (docs/design.md §9 `names-total`): the sum of the
// record counts the manifest gives for its names shards, so nothing has to be loaded. No DOM.

import type { ObjectEntry } from '../../feed/manifest-schema.ts';

/** Null when a shard carries no count (a feed built before the counts), so no wrong total is shown. */
export function registerTotal(shards: readonly Pick<ObjectEntry, 'records'>[]): number | null {
  let total = 0;
  for (const shard of shards) {
    if (shard.records === undefined) return null;
    total += shard.records;
  }
  return total;
}
