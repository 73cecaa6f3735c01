// Holds the register's record texts while a build reads the CSV files, in buckets by the low
// bits of each id's hash. Past a memory budget they move to a temporary folder, so memory
// stays flat however large the register is; a shard then reads back only its own buckets.

import { appendFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** A power of two: with shardCount ≤ this, a shard is a whole set of buckets (16 M records at 20,000 a shard). */
export const SPILL_BUCKETS = 1024;
/** Characters kept in memory before all buckets go to disk: about 64 MB, a few 100,000 records. */
const MEMORY_BUDGET_CHARS = 32 * 1024 * 1024;

export class SpillBuckets {
  #dir: string | null = null;
  #pending: string[][] = Array.from({ length: SPILL_BUCKETS }, () => []);
  #pendingChars = 0;
  readonly #onDisk = new Uint8Array(SPILL_BUCKETS);

  /** `text` must not contain a line break (JSON.stringify output never does). */
  add(hash: number, text: string): void {
    this.#pending[hash & (SPILL_BUCKETS - 1)]!.push(text);
    this.#pendingChars += text.length;
    if (this.#pendingChars >= MEMORY_BUDGET_CHARS) this.#flushAll();
  }

  /** The texts of every record whose hash ≡ `group` (mod `groupCount`); groupCount divides SPILL_BUCKETS. */
  read(group: number, groupCount: number): string[] {
    const texts: string[] = [];
    // hash mod groupCount is fixed by the bucket (hash mod SPILL_BUCKETS) because groupCount divides it.
    for (let bucket = group; bucket < SPILL_BUCKETS; bucket += groupCount) {
      if (this.#onDisk[bucket]) {
        for (const text of readFileSync(this.#file(bucket), 'utf8').split('\n')) if (text !== '') texts.push(text);
      }
      texts.push(...this.#pending[bucket]!);
    }
    return texts;
  }

  dispose(): void {
    if (this.#dir) rmSync(this.#dir, { recursive: true, force: true });
    this.#pending = [];
  }

  #file(bucket: number): string {
    this.#dir ??= mkdtempSync(path.join(os.tmpdir(), 'eske-build-'));
    return path.join(this.#dir, String(bucket));
  }

  #flushAll(): void {
    this.#pending.forEach((texts, bucket) => {
      if (texts.length === 0) return;
      appendFileSync(this.#file(bucket), `${texts.join('\n')}\n`);
      this.#onDisk[bucket] = 1;
    });
    this.#pending = Array.from({ length: SPILL_BUCKETS }, () => []);
    this.#pendingChars = 0;
  }
}
