// Turns one engine's measured run into the numbers the tables print: latency percentiles,
// recall@10 and MRR overall, per category and per subcategory. Keeps no reference to the
// engine, so the index can be collected before the next engine is built.

import { percentile } from '../text-table.ts';
import type { EngineRun, QueryOutcome } from './measure.ts';

export interface Score {
  n: number;
  /** Share of queries with a relevant record in the top 10. */
  recall: number;
  /** Mean of 1/rank of the first relevant record, 0 where none is in the top 10. */
  mrr: number;
}

export interface EngineScore {
  name: string;
  status: EngineRun['status'];
  /** Why the engine was skipped or did not finish, or how it was sampled. */
  note: string;
  buildMs?: number;
  heapMb?: number;
  arrayBufferMb?: number;
  p50Ms?: number;
  p95Ms?: number;
  all?: Score;
  /** Keyed by category and by subcategory (e.g. "typo" and "typo/deletion"). */
  groups: Map<string, Score>;
}

const MB = 1024 * 1024;

export function scoreRun(run: EngineRun): EngineScore {
  if (run.status !== 'ok') return { name: run.engine.name, status: run.status, note: run.reason, groups: new Map() };
  const { outcomes } = run;
  const times = outcomes.map((outcome) => outcome.ms).sort((a, b) => a - b);
  const groups = new Map<string, QueryOutcome[]>();
  for (const outcome of outcomes) {
    for (const key of new Set([outcome.query.category, outcome.query.subcategory])) {
      const list = groups.get(key) ?? [];
      list.push(outcome);
      groups.set(key, list);
    }
  }
  const note = run.sampled
    ? `sampled ${run.sampled.run} of ${run.sampled.of} queries (~${(run.sampled.perQueryMs / 1000).toFixed(2)} s each)`
    : '';
  return {
    name: run.engine.name,
    status: 'ok',
    note,
    buildMs: run.buildMs,
    heapMb: run.heapBytes / MB,
    arrayBufferMb: run.arrayBufferBytes / MB,
    p50Ms: percentile(times, 0.5),
    p95Ms: percentile(times, 0.95),
    all: score(outcomes),
    groups: new Map([...groups].map(([key, list]) => [key, score(list)])),
  };
}

function score(outcomes: readonly QueryOutcome[]): Score {
  let found = 0;
  let reciprocal = 0;
  for (const { rank } of outcomes) {
    if (rank > 0) {
      found++;
      reciprocal += 1 / rank;
    }
  }
  const n = outcomes.length;
  return { n, recall: n === 0 ? 0 : found / n, mrr: n === 0 ? 0 : reciprocal / n };
}
