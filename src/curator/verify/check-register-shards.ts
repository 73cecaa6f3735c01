// The register shards of a feed must add up (docs/design.md §4): one shard per index up to shardCount,
// each with the record count its manifest entry states, each record in the shard its id hashes
// to, and no id twice. A kiosk looking a record up by id relies on all four.

import type { NamesShard } from '../../feed/content-schema.ts';
import type { ObjectEntry } from '../../feed/manifest-schema.ts';
import { shardOf } from '../build/shard-register.ts';

export interface ShardSummary {
  entry: ObjectEntry;
  shard: NamesShard;
}

/** Appends what does not add up to `failures`; returns the number of records. */
export function checkRegisterShards(shards: readonly ShardSummary[], failures: string[]): number {
  if (shards.length === 0) return 0;
  const shardCount = shards[0]!.shard.shardCount;
  const seenShards = new Set<number>();
  const ids = new Set<string>();
  let records = 0;
  for (const { entry, shard } of shards) {
    if (shard.shardCount !== shardCount)
      failures.push(`${entry.name}: says ${shard.shardCount} shards, another shard says ${shardCount}`);
    if (seenShards.has(shard.shard)) failures.push(`${entry.name}: shard ${shard.shard} appears twice`);
    seenShards.add(shard.shard);
    if (entry.records !== shard.records.length) {
      failures.push(`${entry.name}: holds ${shard.records.length} records, the manifest says ${entry.records ?? 'nothing'}`);
    }
    let misplaced = 0;
    for (const record of shard.records) {
      if (ids.has(record.id)) failures.push(`${entry.name}: id "${record.id}" is in the register twice`);
      ids.add(record.id);
      if (shardOf(record.id, shardCount) !== shard.shard) misplaced++;
    }
    if (misplaced > 0) failures.push(`${entry.name}: ${misplaced} records belong in other shards by the hash of their id`);
    records += shard.records.length;
  }
  for (let index = 0; index < shardCount; index++) {
    if (!seenShards.has(index)) failures.push(`names shard ${index} of ${shardCount} is missing from the manifest`);
  }
  return records;
}
