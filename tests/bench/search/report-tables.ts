// Prints a size's results as plain-text tables: one row per engine with build time, heap,
// latency, recall and MRR; then recall per category and subcategory; then the issue's targets
// and whether Eske meets them. Printed, never asserted: timing belongs in benchmarks.

import { textTable } from '../text-table.ts';
import { QUERY_CATEGORIES } from './query-set.ts';
import type { EngineScore } from './score-run.ts';

// The issue's targets for Eske.
const TARGET_RECALL = 0.97;
const TARGET_P95_MS = { upTo300k: 8, upTo1m: 16 } as const;
const TARGET_HEAP_MB = 250;
const HEAP_TARGET_SIZE = 1_000_000;

export function formatSizeReport(size: number, scores: readonly EngineScore[], subcategories: readonly string[]): string {
  const lines = [`## ${size.toLocaleString('en-US')} records`, '', ...mainTable(scores), ''];
  const ran = scores.filter((score) => score.status === 'ok');
  const split = ran.map(
    (score) => `${score.name} ${fixed(score.heapMb! - score.arrayBufferMb!, 0)} + ${fixed(score.arrayBufferMb, 0)}`,
  );
  const notes = [
    `heap MB as JS heap + ArrayBuffers: ${split.join(', ')}`,
    ...scores
      .filter((score) => score.note !== '')
      .map((score) => `${score.name}: ${score.status === 'ok' ? '' : `${score.status} — `}${score.note}`),
  ];
  lines.push(...notes.map((note) => `  * ${note}`), '');
  lines.push(`Recall@10 by category (n = queries; sampled engines ran fewer)`, '', ...categoryTable(scores, subcategories), '');
  lines.push(
    ...targetLines(
      size,
      scores.find((score) => score.name === 'Eske'),
    ),
  );
  return lines.join('\n');
}

function mainTable(scores: readonly EngineScore[]): string[] {
  const header = ['engine', 'build s', 'heap MB', 'p50 ms', 'p95 ms', 'R@10 all', 'R@10 cross-script', 'R@10 typo', 'MRR'];
  const rows = scores.map((score) =>
    score.status !== 'ok'
      ? [score.name, score.status, '—', '—', '—', '—', '—', '—', '—']
      : [
          score.name,
          fixed(score.buildMs! / 1000, 1),
          fixed(score.heapMb!, 0),
          fixed(score.p50Ms!, 2),
          fixed(score.p95Ms!, 2),
          fixed(score.all!.recall, 3),
          fixed(score.groups.get('cross-script')?.recall, 3),
          fixed(score.groups.get('typo')?.recall, 3),
          fixed(score.all!.mrr, 3),
        ],
  );
  return textTable(header, rows, [false, true, true, true, true, true, true, true, true]);
}

function categoryTable(scores: readonly EngineScore[], subcategories: readonly string[]): string[] {
  const ran = scores.filter((score) => score.status === 'ok');
  const header = ['category', 'n', ...ran.map((score) => score.name)];
  const rows: string[][] = [];
  const reference = ran[0];
  for (const category of QUERY_CATEGORIES) {
    const keys = [category, ...subcategories.filter((sub) => sub.startsWith(`${category}/`))];
    for (const key of keys) {
      const label = key === category ? category : `  ${key.slice(category.length + 1)}`;
      const n = reference?.groups.get(key)?.n;
      if (n === undefined) continue;
      rows.push([label, String(n), ...ran.map((score) => fixed(score.groups.get(key)?.recall, 3))]);
    }
  }
  rows.push(['all', String(reference?.all?.n ?? 0), ...ran.map((score) => fixed(score.all?.recall, 3))]);
  return textTable(header, rows, [false, true, ...ran.map(() => true)]);
}

function targetLines(size: number, eske: EngineScore | undefined): string[] {
  const p95Target = size <= 300_000 ? TARGET_P95_MS.upTo300k : TARGET_P95_MS.upTo1m;
  const lines = [
    `Targets (printed, not asserted): recall@10 ≥ ${TARGET_RECALL} on cross-script and on typo queries; ` +
      `p95 ≤ ${TARGET_P95_MS.upTo300k} ms at 300,000 and ≤ ${TARGET_P95_MS.upTo1m} ms at 1,000,000; ` +
      `index heap ≤ ${TARGET_HEAP_MB} MB at 1,000,000.`,
  ];
  if (!eske || eske.status !== 'ok') return lines;
  const mark = (ok: boolean) => (ok ? 'met' : 'MISSED');
  const cross = eske.groups.get('cross-script')?.recall ?? 0;
  const typo = eske.groups.get('typo')?.recall ?? 0;
  const heap =
    size >= HEAP_TARGET_SIZE
      ? `heap ${fixed(eske.heapMb, 0)} MB ${mark(eske.heapMb! <= TARGET_HEAP_MB)}`
      : `heap ${fixed(eske.heapMb, 0)} MB (target is for 1,000,000)`;
  lines.push(
    `Eske at ${size.toLocaleString('en-US')}: cross-script ${fixed(cross, 3)} ${mark(cross >= TARGET_RECALL)}; ` +
      `typo ${fixed(typo, 3)} ${mark(typo >= TARGET_RECALL)}; ` +
      `p95 ${fixed(eske.p95Ms, 2)} ms vs ≤ ${p95Target} ms ${mark(eske.p95Ms! <= p95Target)}; ${heap}.`,
  );
  return lines;
}

function fixed(value: number | undefined, digits: number): string {
  return value === undefined || Number.isNaN(value) ? '—' : value.toFixed(digits);
}
