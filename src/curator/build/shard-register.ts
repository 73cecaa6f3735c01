// Splits the name register into shards of at most MAX_SHARD_RECORDS (docs/design.md §4). A record's
// shard comes from a stable hash of its id, so editing one record changes one shard's bytes
// and kiosks download only that shard again.

import { createHash } from 'node:crypto';
import type { ContentImage } from '../../feed/content-schema.ts';
import { MAX_SHARD_RECORDS } from '../../feed/limits.ts';
import { CliError } from '../cli-error.ts';
import type { RegisterRecord } from '../content/register-columns.ts';
import { SPILL_BUCKETS, SpillBuckets } from './spill-buckets.ts';

/** Shards start about this full, leaving room to grow before the shard count must double. */
const TARGET_FILL = 0.8;

/** The first 4 bytes of SHA-256 of the id's UTF-8, as an unsigned integer. */
export function shardHashOf(id: string): number {
  return createHash('sha256').update(id, 'utf8').digest().readUInt32BE(0);
}

export function shardOf(id: string, shardCount: number): number {
  return shardHashOf(id) % shardCount;
}

/**
 * A power of two, so each shard splits cleanly in two when the register grows: the smallest
 * that leaves shards about 80% full on average, doubled while any one would pass the limit.
 */
export function chooseShardCount(hashes: ArrayLike<number>, maxRecords = MAX_SHARD_RECORDS): number {
  let count = 1;
  while (count < hashes.length / (maxRecords * TARGET_FILL)) count *= 2;
  const fullest = (shardCount: number) => {
    const sizes = new Uint32Array(shardCount);
    for (let i = 0; i < hashes.length; i++) sizes[hashes[i]! % shardCount]!++;
    return Math.max(...sizes);
  };
  while (fullest(count) > maxRecords) count *= 2;
  return count;
}

export interface RegisterShard {
  shard: number;
  shardCount: number;
  records: number;
  /** The JSON of a NamesShard (content-schema.ts). */
  bytes: Uint8Array;
}

/** A record's image paths as the feed's images, once the build has hashed their files. */
export type ResolveImages = (files: string[]) => ContentImage[];

/** Most records have no images: only those are parsed again to put their images in. */
const HAS_IMAGES = '"images":';

/**
 * Collects published records while the CSV files stream by (their text waits on disk, see
 * spill-buckets.ts), then yields the shards one at a time, so only one shard is in memory.
 * Call dispose() when done, even after an error.
 */
export class RegisterShardCollector {
  readonly #hashes: number[] = [];
  readonly #spill = new SpillBuckets();

  get recordCount(): number {
    return this.#hashes.length;
  }

  add(record: RegisterRecord): void {
    const hash = shardHashOf(record.id);
    this.#hashes.push(hash);
    this.#spill.add(hash, JSON.stringify(record));
  }

  *shards(images: ResolveImages, maxRecords = MAX_SHARD_RECORDS): Generator<RegisterShard> {
    const shardCount = chooseShardCount(this.#hashes, maxRecords);
    if (shardCount > SPILL_BUCKETS)
      throw new CliError(
        'build.too-many-shards',
        `the register needs ${shardCount} shards; this build supports at most ${SPILL_BUCKETS}`,
      );
    for (let shard = 0; shard < shardCount; shard++) yield this.shard(shard, shardCount, images);
  }

  /** One shard again, byte for byte as shards() gave it: a build writes it only once it knows it publishes. */
  shard(shard: number, shardCount: number, images: ResolveImages): RegisterShard {
    // Sorted so that the same records always give the same bytes, whatever the row order.
    // Each text starts with {"id":…, and ids are unique, so this orders by id.
    const texts = this.#spill
      .read(shard, shardCount)
      .sort()
      .map((text) => (text.includes(HAS_IMAGES) ? withImages(text, images) : text));
    const json = `{"shard":${shard},"shardCount":${shardCount},"records":[${texts.join(',')}]}`;
    return { shard, shardCount, records: texts.length, bytes: new TextEncoder().encode(json) };
  }

  dispose(): void {
    this.#spill.dispose();
  }
}

function withImages(text: string, images: ResolveImages): string {
  const record = JSON.parse(text) as RegisterRecord;
  return JSON.stringify({ ...record, ...(record.images && { images: images(record.images) }) });
}
