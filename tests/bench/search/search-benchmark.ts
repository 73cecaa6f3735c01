// `npm run bench -- search`: every engine on the same synthetic registers and the same queries,
// one engine at a time (built, measured, dropped), one table per register size, and Eske's
// worst misses written to tests/.tmp for the engine's author.

import { spawnSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { BenchUsageError, type Benchmark } from '../benchmark.ts';
import { generateBenchRegister, type BenchRecord } from './bench-register.ts';
import { ENGINES } from './engines/engine-table.ts';
import { measureEngine, type MeasureOptions } from './measure.ts';
import { formatMisses } from './misses-report.ts';
import { buildQuerySet, buildWarmUpQueries, QUERY_CATEGORIES } from './query-set.ts';
import { formatSizeReport } from './report-tables.ts';
import { scoreRun, type EngineScore } from './score-run.ts';

const DEFAULTS = {
  sizes: [300_000, 1_000_000],
  queriesPerCategory: 300,
  engines: Object.keys(ENGINES),
  /** The register generator's own default seed. */
  seed: 1,
  querySeed: 2024,
  /** The issue: a peer whose queries would take more than ~3 minutes runs a sample. */
  queryBudgetS: 180,
  buildLimitS: 600,
};
/** Warm-up: a fifth of the real mix, from another stream, cut short for slow engines. */
const WARM_UP_PER_CATEGORY = 20;
const WARM_UP_MS = 10_000;
const MISSES_FILE = 'tests/.tmp/bench-search-misses.txt';

const USAGE = `Usage: npm run bench -- search [options]

Builds each engine over synthetic registers (the curator's generator) and runs the same
queries on each: exact, prefix, cross-script, typo, and cross-script with a typo, each with
its known answer. Prints one table per size, and writes Eske's worst misses to
${MISSES_FILE}.

Options:
  --sizes N,N         register sizes (default ${DEFAULTS.sizes.join(',')})
  --queries N         queries per category (default ${DEFAULTS.queriesPerCategory})
  --engines A,B       any of ${Object.keys(ENGINES).join(', ')} (default all)
  --seed S            register seed (default ${DEFAULTS.seed})
  --query-seed S      query-set seed; another seed gives a held-out set (default ${DEFAULTS.querySeed})
  --query-budget S    seconds of queries per engine and size before it is sampled (default ${DEFAULTS.queryBudgetS})
  --build-limit S     seconds a build may take before it counts as not finished (default ${DEFAULTS.buildLimitS})

Examples:
  npm run bench -- search --sizes 20000 --queries 100
  npm run bench -- search --engines eske,minisearch --sizes 300000`;

interface SearchBenchOptions {
  sizes: number[];
  queriesPerCategory: number;
  engines: string[];
  seed: number;
  querySeed: number;
  measure: MeasureOptions;
}

export const searchBenchmark: Benchmark = {
  name: 'search',
  summary: 'name search: Eske against MiniSearch, FlexSearch and Fuse.js (build, heap, latency, recall@10, MRR)',
  usage: USAGE,
  async run(args) {
    const options = parseOptions(args);
    console.log(header(options));
    const misses: string[] = [];
    for (const size of options.sizes) {
      const { report, missesText } = runSize(size, options);
      console.log(report);
      if (missesText) misses.push(missesText);
    }
    await mkdir(path.dirname(MISSES_FILE), { recursive: true });
    await writeFile(MISSES_FILE, `Eske's misses (npm run bench -- search)\n\n${misses.join('\n\n')}\n`);
    console.log(`\nEske's worst misses: ${MISSES_FILE}`);
    return 0;
  },
};

function runSize(size: number, options: SearchBenchOptions): { report: string; missesText: string | null } {
  const label = `[${size.toLocaleString('en-US')}]`;
  progress(`${label} generating the register…`);
  const register = generateBenchRegister(size, options.seed);
  const queries = buildQuerySet(register, { perCategory: options.queriesPerCategory, seed: options.querySeed });
  const warmUp = buildWarmUpQueries(register, WARM_UP_PER_CATEGORY, options.querySeed + 1);
  const { records } = register;
  // Only the records stay: the truths were needed for the queries, not by any engine.
  register.truths.length = 0;
  register.identities.length = 0;
  // Each engine builds from its own parse, so the strings it keeps count in its heap.
  const json = JSON.stringify(records);
  const freshRecords = (): BenchRecord[] => JSON.parse(json) as BenchRecord[];
  const subcategories = [...new Set(queries.map((query) => query.subcategory))].sort();

  const scores: EngineScore[] = [];
  let missesText: string | null = null;
  for (const key of options.engines) {
    const entry = ENGINES[key]!;
    progress(`${label} ${entry.name}: building and querying…`);
    const run = measureEngine(entry, freshRecords, size, queries, warmUp, options.measure);
    const score = scoreRun(run);
    scores.push(score);
    progress(`${label} ${entry.name}: ${summaryLine(score)}`);
    if (key === 'eske' && run.status === 'ok') missesText = formatMisses(size, run, records);
  }
  return { report: `\n${formatSizeReport(size, scores, subcategories)}`, missesText };
}

function header(options: SearchBenchOptions): string {
  const cpus = os.cpus();
  const lines = [
    '# Name search benchmark',
    '',
    `Node ${process.version}, ${cpus.length} × ${cpus[0]?.model ?? 'unknown CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GB RAM; ${engineVersion()}.`,
    `Register seed ${options.seed}, query seed ${options.querySeed}; ${options.queriesPerCategory} queries per category ` +
      `(${QUERY_CATEGORIES.join(', ')}); recall@10 = a record of the target's name in the top 10; MRR by the first such rank.`,
    'heap MB = JS heap + ArrayBuffers held after the build (gc before and after); p50/p95 = one query, after a warm-up.',
    '',
    'Engines:',
    ...options.engines.map((key) => `  ${ENGINES[key]!.name}: ${ENGINES[key]!.setup}`),
  ];
  return lines.join('\n');
}

/** The commit the engine was measured at, so runs can be compared over time. */
function engineVersion(): string {
  const git = (...args: string[]) => spawnSync('git', args, { encoding: 'utf8' });
  const head = git('rev-parse', '--short', 'HEAD');
  if (head.status !== 0) return 'commit unknown';
  const dirty = git('status', '--porcelain', '--', 'src/search').stdout.trim() !== '';
  return `commit ${head.stdout.trim()}${dirty ? ' with uncommitted changes in src/search' : ''}`;
}

function summaryLine(score: EngineScore): string {
  if (score.status !== 'ok') return `${score.status} (${score.note})`;
  return `built in ${(score.buildMs! / 1000).toFixed(1)} s, ${score.heapMb!.toFixed(0)} MB, p95 ${score.p95Ms!.toFixed(2)} ms, recall@10 ${score.all!.recall.toFixed(3)}`;
}

function progress(message: string): void {
  process.stderr.write(`${new Date().toISOString().slice(11, 19)} ${message}\n`);
}

function parseOptions(args: readonly string[]): SearchBenchOptions {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...args],
      options: {
        sizes: { type: 'string' },
        queries: { type: 'string' },
        engines: { type: 'string' },
        seed: { type: 'string' },
        'query-seed': { type: 'string' },
        'query-budget': { type: 'string' },
        'build-limit': { type: 'string' },
      },
      strict: true,
    }));
  } catch (error) {
    throw new BenchUsageError(error instanceof Error ? error.message : String(error));
  }
  const engines =
    values.engines === undefined ? DEFAULTS.engines : values.engines.split(',').map((name) => name.trim().toLowerCase());
  for (const engine of engines) {
    if (!(engine in ENGINES))
      throw new BenchUsageError(`--engines: unknown engine "${engine}" (known: ${Object.keys(ENGINES).join(', ')})`);
  }
  return {
    sizes: values.sizes === undefined ? DEFAULTS.sizes : values.sizes.split(',').map((size) => whole('--sizes', size, 1)),
    queriesPerCategory: values.queries === undefined ? DEFAULTS.queriesPerCategory : whole('--queries', values.queries, 1),
    engines,
    seed: values.seed === undefined ? DEFAULTS.seed : whole('--seed', values.seed, 0),
    querySeed: values['query-seed'] === undefined ? DEFAULTS.querySeed : whole('--query-seed', values['query-seed'], 0),
    measure: {
      queryBudgetMs:
        1000 *
        (values['query-budget'] === undefined ? DEFAULTS.queryBudgetS : whole('--query-budget', values['query-budget'], 1)),
      buildLimitMs:
        1000 * (values['build-limit'] === undefined ? DEFAULTS.buildLimitS : whole('--build-limit', values['build-limit'], 1)),
      warmUpQueries: WARM_UP_PER_CATEGORY * QUERY_CATEGORIES.length,
      warmUpMs: WARM_UP_MS,
    },
  };
}

function whole(flag: string, text: string, min: number): number {
  const value = Number(text.replaceAll('_', ''));
  if (!Number.isSafeInteger(value) || value < min) throw new BenchUsageError(`${flag}: "${text}" is not a whole number ≥ ${min}`);
  return value;
}
