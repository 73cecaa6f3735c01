// Measures one engine on one register: build wall time, the heap the built index holds, and
// per-query latency and rank of the first right answer. Builds under a deadline, and queries
// under a time budget past which a stratified sample is run instead of the whole set.

import type { BenchRecord } from './bench-register.ts';
import { Deadline, DeadlineExceeded, type EngineEntry, type SearchEngine } from './engines/search-engine.ts';
import type { BenchQuery } from './query-set.ts';

/** Results a visitor sees on the first screen; recall and MRR are counted within them. */
export const RESULT_LIMIT = 10;

export interface MeasureOptions {
  buildLimitMs: number;
  /** Past this estimated query time, a sample of each category is run instead. */
  queryBudgetMs: number;
  /** Warm-up stops after these queries or this long, whichever comes first. */
  warmUpQueries: number;
  warmUpMs: number;
}

export interface QueryOutcome {
  query: BenchQuery;
  /** 1-based rank of the first relevant id in the top RESULT_LIMIT, 0 when none is there. */
  rank: number;
  ms: number;
  /** The id ranked first, if any. */
  first: string | undefined;
}

export type EngineRun =
  | { engine: EngineEntry; status: 'skipped' | 'did not finish'; reason: string }
  | {
      engine: EngineEntry;
      status: 'ok';
      buildMs: number;
      /** JS heap plus ArrayBuffer backing stores held by the index, in bytes. */
      heapBytes: number;
      arrayBufferBytes: number;
      outcomes: QueryOutcome[];
      /** Set when only a sample of the queries was run. */
      sampled: { run: number; of: number; perQueryMs: number } | null;
      /** The built engine, for a caller that wants to ask it more (the misses report). */
      instance: SearchEngine;
    };

const gc: () => void =
  typeof globalThis.gc === 'function'
    ? (globalThis.gc as () => void)
    : () => {
        throw new Error('measure: run node with --expose-gc (npm run bench does)');
      };

function memory(): { heap: number; arrayBuffers: number } {
  gc();
  gc();
  const usage = process.memoryUsage();
  return { heap: usage.heapUsed, arrayBuffers: usage.arrayBuffers };
}

/**
 * `freshRecords` must give a new copy of the register each call, strings included: whatever
 * the engine keeps of it (ids, names, the records themselves) is then counted in its heap, not
 * hidden by sharing strings with the caller's copy.
 */
export function measureEngine(
  entry: EngineEntry,
  freshRecords: () => BenchRecord[],
  size: number,
  queries: readonly BenchQuery[],
  warmUp: readonly string[],
  options: MeasureOptions,
): EngineRun {
  if (entry.maxRecords !== undefined && size > entry.maxRecords) {
    return { engine: entry, status: 'skipped', reason: `not run above ${entry.maxRecords.toLocaleString('en-US')} records` };
  }
  const before = memory();
  let records: BenchRecord[] | null = freshRecords();
  const engine = entry.create();
  const started = performance.now();
  try {
    engine.build(records, new Deadline(options.buildLimitMs));
  } catch (error) {
    if (error instanceof DeadlineExceeded) return { engine: entry, status: 'did not finish', reason: error.message };
    if (error instanceof RangeError) return { engine: entry, status: 'did not finish', reason: `build failed: ${error.message}` };
    throw error;
  }
  const buildMs = performance.now() - started;
  records = null;
  // `engine` stays referenced below, so what the collector keeps now is the index.
  const after = memory();

  const perQueryMs = warmUpEngine(engine, warmUp, options);
  const planned = plan(queries, perQueryMs, options.queryBudgetMs);
  const outcomes = planned.map((query) => runQuery(engine, query));
  return {
    engine: entry,
    status: 'ok',
    buildMs,
    heapBytes: after.heap - before.heap + (after.arrayBuffers - before.arrayBuffers),
    arrayBufferBytes: after.arrayBuffers - before.arrayBuffers,
    outcomes,
    sampled: planned.length < queries.length ? { run: planned.length, of: queries.length, perQueryMs } : null,
    instance: engine,
  };
}

/** Runs warm-up queries (JIT, lazy tables); returns the mean time of one, to plan the real run. */
function warmUpEngine(engine: SearchEngine, warmUp: readonly string[], options: MeasureOptions): number {
  const started = performance.now();
  let count = 0;
  for (const text of warmUp) {
    engine.search(text, RESULT_LIMIT);
    count++;
    if (count >= options.warmUpQueries || performance.now() - started > options.warmUpMs) break;
  }
  return count === 0 ? 0 : (performance.now() - started) / count;
}

/**
 * All queries if they fit the budget; otherwise the first n of each category, which are a
 * random sample of it, since each category's targets were drawn at random.
 */
function plan(queries: readonly BenchQuery[], perQueryMs: number, budgetMs: number): readonly BenchQuery[] {
  if (perQueryMs * queries.length <= budgetMs) return queries;
  const categories = new Set(queries.map((query) => query.category));
  const perCategory = Math.max(1, Math.floor(budgetMs / perQueryMs / categories.size));
  const taken = new Map<string, number>();
  return queries.filter((query) => {
    const n = taken.get(query.category) ?? 0;
    taken.set(query.category, n + 1);
    return n < perCategory;
  });
}

function runQuery(engine: SearchEngine, query: BenchQuery): QueryOutcome {
  const started = performance.now();
  const ids = engine.search(query.text, RESULT_LIMIT);
  const ms = performance.now() - started;
  const index = ids.slice(0, RESULT_LIMIT).findIndex((id) => query.relevant.has(id));
  return { query, rank: index + 1, ms, first: ids[0] };
}
