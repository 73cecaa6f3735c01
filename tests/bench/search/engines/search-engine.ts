// The one shape every engine under test takes, so the harness builds, queries and drops each
// the same way, and the time limit a build runs under. Adapters live beside this file, one per
// engine, and are listed in engine-table.ts.

import type { BenchRecord } from '../bench-register.ts';

export interface SearchEngine {
  /** Indexes every record; calls `deadline.check()` now and then so a hopeless build stops. */
  build(records: readonly BenchRecord[], deadline: Deadline): void;
  /** Ids of the best `limit` records for `query`, best first. */
  search(query: string, limit: number): readonly string[];
}

export interface EngineEntry {
  name: string;
  /** How the engine is set up, one line, printed under the tables. */
  setup: string;
  /** Larger registers are not tried (Fuse.js scans every record on every query). */
  maxRecords?: number;
  create(): SearchEngine;
}

/** Thrown by `Deadline.check` once a build has run past its limit. */
export class DeadlineExceeded extends Error {
  constructor(readonly limitMs: number) {
    super(`build ran past ${Math.round(limitMs / 1000)} s`);
    this.name = 'DeadlineExceeded';
  }
}

export class Deadline {
  readonly #endsAt: number;
  constructor(readonly limitMs: number) {
    this.#endsAt = performance.now() + limitMs;
  }
  check(): void {
    if (performance.now() > this.#endsAt) throw new DeadlineExceeded(this.limitMs);
  }
}

/** Records between two deadline checks: a check costs a clock read, a batch a few milliseconds. */
export const CHECK_EVERY = 10_000;
