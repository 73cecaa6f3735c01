// Writes up, for the engine's author, the queries Eske missed (no right answer in the top 10):
// how many per subcategory, then the worst ones — those whose answer is not even in a deeper
// list — with the query, how it was made, the name expected and what ranked first instead;
// and the slowest queries, which is where the p95 comes from.

import { describeRecord, recordById, type BenchRecord } from './bench-register.ts';
import type { EngineRun, QueryOutcome } from './measure.ts';

/** How many misses are written out in full. */
export const WORST_MISSES = 15;
/** How deep a missed query is searched again to tell "ranked 14th" from "not found at all". */
const DEEP_LIMIT = 200;
/** How many of the slowest queries are listed. */
const SLOWEST = 10;

export function formatMisses(size: number, run: Extract<EngineRun, { status: 'ok' }>, records: readonly BenchRecord[]): string {
  const misses = run.outcomes.filter((outcome) => outcome.rank === 0);
  const lines = [
    `## ${size.toLocaleString('en-US')} records: ${run.engine.name} missed ${misses.length} of ${run.outcomes.length} queries`,
    '',
    ...slowest(run.outcomes),
  ];
  if (misses.length === 0) return lines.join('\n');

  const bySubcategory = new Map<string, number>();
  for (const miss of misses) bySubcategory.set(miss.query.subcategory, (bySubcategory.get(miss.query.subcategory) ?? 0) + 1);
  lines.push('Misses by subcategory:');
  for (const [subcategory, count] of [...bySubcategory].sort((a, b) => b[1] - a[1])) lines.push(`  ${subcategory}: ${count}`);
  lines.push('');

  const ranked = misses.map((miss) => ({ miss, deepRank: deepRank(run, miss) }));
  lines.push(
    `The ${Math.min(WORST_MISSES, ranked.length)} worst (answer not in the top ${DEEP_LIMIT} first, then the deepest), spread over subcategories:`,
    '',
  );
  worstFirst(ranked)
    .slice(0, WORST_MISSES)
    .forEach(({ miss, deepRank }, i) => {
      const { query } = miss;
      const target = records[query.target]!;
      const first = miss.first === undefined ? undefined : recordById(records, miss.first);
      lines.push(
        `${String(i + 1).padStart(2)}. "${query.text}"  [${query.subcategory}; ${query.detail}]`,
        `    expected: ${describeRecord(target)} (${target.id}; ${query.relevant.size} record(s) of this name)`,
        `    answer at: ${deepRank === 0 ? `not in the top ${DEEP_LIMIT}` : `rank ${deepRank}`}`,
        `    first:    ${first ? `${describeRecord(first)} (${first.id})` : 'no results'}`,
        '',
      );
    });
  return lines.join('\n');
}

function slowest(outcomes: readonly QueryOutcome[]): string[] {
  const sorted = [...outcomes].sort((a, b) => b.ms - a.ms).slice(0, SLOWEST);
  return [
    `Slowest ${sorted.length} queries:`,
    ...sorted.map(
      (outcome) => `  ${outcome.ms.toFixed(1).padStart(6)} ms  "${outcome.query.text}"  [${outcome.query.subcategory}]`,
    ),
    '',
  ];
}

function deepRank(run: Extract<EngineRun, { status: 'ok' }>, miss: QueryOutcome): number {
  const ids = run.instance.search(miss.query.text, DEEP_LIMIT);
  return ids.findIndex((id) => miss.query.relevant.has(id)) + 1;
}

/** Not found at all before found deep, deeper before shallower; then one per subcategory in turn. */
function worstFirst<T extends { miss: QueryOutcome; deepRank: number }>(items: readonly T[]): T[] {
  const severity = (item: T) => (item.deepRank === 0 ? Infinity : item.deepRank);
  const sorted = [...items].sort((a, b) => severity(b) - severity(a));
  const queues = new Map<string, T[]>();
  for (const item of sorted) {
    const queue = queues.get(item.miss.query.subcategory) ?? [];
    queue.push(item);
    queues.set(item.miss.query.subcategory, queue);
  }
  const out: T[] = [];
  while (out.length < items.length) {
    for (const queue of queues.values()) {
      const next = queue.shift();
      if (next) out.push(next);
    }
  }
  return out;
}
