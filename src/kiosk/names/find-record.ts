// Finds the full register record for a record page: in the shard its result row named, and
// when that misses (the row was of an older version, or the page has only an id) in the shard
// the name index gives for the id. Recently read shards are kept, so going back and forth
// between a list and its records reads and parses each shard once. No DOM.

import type { NamesShard, NameRecord } from '../../feed/content-schema.ts';
import type { NameRow } from '../../search/worker-protocol.ts';
import type { ActiveContent } from '../storage/read-active-content.ts';

/** Parsed shards kept per content: a shard of 20,000 records is tens of MB as objects. */
export const KEPT_SHARDS = 2;

export type LookupRows = (ids: readonly string[]) => Promise<NameRow[]>;

const kept = new WeakMap<ActiveContent, Map<number, Promise<NamesShard>>>();

/** The record, or null when neither the given shard nor the index knows it. */
export async function findRecord(
  content: ActiveContent,
  id: string,
  shard: number | undefined,
  lookup: LookupRows,
): Promise<NameRecord | null> {
  if (shard !== undefined) {
    const found = await findInShard(content, shard, id);
    if (found) return found;
  }
  const [row] = await lookup([id]);
  if (!row || row.shard === shard) return null;
  return findInShard(content, row.shard, id);
}

async function findInShard(content: ActiveContent, shard: number, id: string): Promise<NameRecord | null> {
  const entry = content.namesShards[shard];
  if (!entry) return null;
  const { records } = await loadShard(content, shard);
  return records.find((record) => record.id === id) ?? null;
}

function loadShard(content: ActiveContent, shard: number): Promise<NamesShard> {
  const shards = kept.get(content) ?? new Map<number, Promise<NamesShard>>();
  kept.set(content, shards);
  let loading = shards.get(shard);
  if (loading) {
    // Most recently used last.
    shards.delete(shard);
  } else {
    const started = content.loadNamesShard(content.namesShards[shard]!);
    // A failed read is not kept: the next visit tries again.
    started.catch(() => {
      if (shards.get(shard) === started) shards.delete(shard);
    });
    loading = started;
  }
  shards.set(shard, loading);
  while (shards.size > KEPT_SHARDS) shards.delete(shards.keys().next().value!);
  return loading;
}
