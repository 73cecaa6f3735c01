// `npm run bench -- import`: how long the register import takes for 300,000 rows, phase by phase
// (read into the spool, check every row as feed validate does, write names/), on the same files
// as its peers in the same run: csv-parse alone reading each CSV (iconv-lite decoding it), and
// exceljs's streaming reader alone reading the workbook. The difference is what Eske adds. Each
// phase is timed in CPU seconds, which a busy shared machine stretches far less than the wall
// clock; the wall-clock totals are printed beside them.

import { parse } from 'csv-parse';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { createReadStream } from 'node:fs';
import { mkdir, mkdtemp, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { ImportSession } from '../../../src/curator/import/import-session.ts';
import { BenchUsageError, type Benchmark } from '../benchmark.ts';
import { textTable } from '../text-table.ts';
import { BENCH_FILE_KINDS, benchFile, type BenchFileKind } from './import-files.ts';

const DEFAULTS = { rows: 300_000, seed: 1, runs: 1 };
const FILES_DIR = 'tests/.tmp/bench-import';

const USAGE = `Usage: npm run bench -- import [options]

Writes the synthetic register as a spreadsheet export three ways (CSV UTF-8 with commas,
Windows-1251 with semicolons, .xlsx; kept in ${FILES_DIR} for the next run), imports each
into a scratch content folder, and prints the seconds of each phase beside the peer that
only reads the same file: csv-parse (with iconv-lite) for the CSVs, exceljs for the workbook.

Options:
  --rows N    rows of names (default ${DEFAULTS.rows})
  --seed S    register seed (default ${DEFAULTS.seed})
  --runs N    runs of each, the median is shown (default ${DEFAULTS.runs})
  --kinds K   any of ${BENCH_FILE_KINDS.join(', ')} (default all)

Example:
  npm run bench -- import --rows 20000 --runs 3`;

interface Phases {
  read: number;
  check: number;
  write: number;
  /** Wall-clock seconds of the three. */
  wall: number;
}

/** The process's CPU seconds so far (its threads' user and system time: parsing, GC, file I/O). */
function cpuSeconds(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
}

interface Timed {
  cpu: number;
  wall: number;
}

export const importBenchmark: Benchmark = {
  name: 'import',
  summary: 'register import: 300,000 rows (CSV UTF-8, CSV Windows-1251, .xlsx) against csv-parse and exceljs reading alone',
  usage: USAGE,
  async run(args) {
    const options = parseOptions(args);
    // The machine's load says how far the seconds can be trusted: on a shared machine they vary.
    const load = os
      .loadavg()
      .map((each) => each.toFixed(1))
      .join(' ');
    console.log(
      `import: ${options.rows.toLocaleString('en-US')} rows, seed ${options.seed}, median of ${options.runs} run(s), ` +
        `Node ${process.version}, ${os.cpus().length} cores, load ${load}`,
    );
    const rows: string[][] = [];
    for (const kind of options.kinds) {
      const file = await benchFile(FILES_DIR, kind, options.rows, options.seed);
      const megabytes = (await stat(file)).size / 1e6;
      const peers = await repeat(options.runs, () => timeRead(file, kind));
      const peer = median(peers.map((each) => each.cpu));
      const eske = await repeat(options.runs, () => timeImport(file, options.rows));
      const phase = (key: keyof Phases) => median(eske.map((each) => each[key]));
      const total = phase('read') + phase('check') + phase('write');
      rows.push([
        kind,
        megabytes.toFixed(1),
        seconds(peer),
        seconds(phase('read')),
        seconds(phase('check')),
        seconds(phase('write')),
        seconds(total),
        Math.round(options.rows / total).toLocaleString('en-US'),
        `${(total / peer).toFixed(1)}×`,
        `${seconds(median(peers.map((each) => each.wall)))} / ${seconds(phase('wall'))}`,
      ]);
    }
    const header = [
      'file',
      'MB',
      'peer reads (CPU s)',
      'Eske read',
      'check',
      'write',
      'Eske total',
      'rows per CPU s',
      'total ÷ peer',
      'wall s: peer / Eske',
    ];
    for (const line of textTable(header, rows, [false, ...header.slice(1).map(() => true)])) console.log(line);
    console.log(
      'CPU seconds; peer: csv-parse alone (iconv-lite decoding) for a CSV, exceljs streaming reader alone for the .xlsx',
    );
    return 0;
  },
};

/** The peer: the same library reading the same file to its end, counting rows and nothing else. */
async function timeRead(file: string, kind: BenchFileKind): Promise<Timed> {
  const started = performance.now();
  const cpuStarted = cpuSeconds();
  let count = 0;
  if (kind === 'xlsx') {
    const workbook = new ExcelJS.stream.xlsx.WorkbookReader(file, {
      worksheets: 'emit',
      sharedStrings: 'cache',
      styles: 'cache',
    });
    for await (const sheet of workbook) for await (const row of sheet) count += row.number > 0 ? 1 : 0;
  } else {
    const encoding = kind === 'utf-8-csv' ? 'utf-8' : 'windows-1251';
    const parser = createReadStream(file)
      .pipe(iconv.decodeStream(encoding))
      .pipe(parse({ delimiter: kind === 'utf-8-csv' ? ',' : ';', relax_column_count: true }));
    for await (const row of parser as AsyncIterable<string[]>) count += row.length > 0 ? 1 : 0;
  }
  if (count === 0) throw new Error(`${file}: the peer read no rows`);
  return { cpu: cpuSeconds() - cpuStarted, wall: (performance.now() - started) / 1000 };
}

async function timeImport(file: string, rows: number): Promise<Phases> {
  await mkdir(FILES_DIR, { recursive: true });
  const scratch = await mkdtemp(path.join(FILES_DIR, 'content-'));
  try {
    await mkdir(path.join(scratch, 'names'));
    const started = performance.now();
    const cpuStarted = cpuSeconds();
    let checkingFrom: number | null = null;
    const session = await ImportSession.open({
      contentDir: scratch,
      sourcePath: file,
      fileName: path.basename(file),
      workDir: path.join(scratch, 'work'),
      onProgress: ({ phase }) => {
        if (phase === 'checking') checkingFrom ??= cpuSeconds();
      },
    });
    const checked = cpuSeconds();
    if (session.analysis?.counts.rows !== rows)
      throw new Error(`${file}: imported ${session.analysis?.counts.rows} rows, not ${rows}`);
    await session.write();
    const written = cpuSeconds();
    const wall = (performance.now() - started) / 1000;
    await session.dispose();
    return { read: checkingFrom! - cpuStarted, check: checked - checkingFrom!, write: written - checked, wall };
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

async function repeat<T>(runs: number, task: () => Promise<T>): Promise<T[]> {
  const results: T[] = [];
  for (let run = 0; run < runs; run++) results.push(await task());
  return results;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function seconds(value: number): string {
  return value.toFixed(1);
}

function parseOptions(args: readonly string[]) {
  let values;
  try {
    values = parseArgs({
      args: [...args],
      options: { rows: { type: 'string' }, seed: { type: 'string' }, runs: { type: 'string' }, kinds: { type: 'string' } },
      strict: true,
    }).values;
  } catch (error) {
    throw new BenchUsageError(error instanceof Error ? error.message : String(error));
  }
  const whole = (name: 'rows' | 'seed' | 'runs', min: number) => {
    const text = values[name];
    if (text === undefined) return DEFAULTS[name];
    if (!/^\d+$/.test(text) || Number(text) < min)
      throw new BenchUsageError(`--${name} takes a whole number from ${min}, not "${text}"`);
    return Number(text);
  };
  const kinds = (values.kinds?.split(',') ?? [...BENCH_FILE_KINDS]).map((kind) => {
    const known = BENCH_FILE_KINDS.find((each) => each === kind.trim());
    if (!known) throw new BenchUsageError(`--kinds takes ${BENCH_FILE_KINDS.join(', ')}, not "${kind}"`);
    return known;
  });
  return { rows: whole('rows', 1), seed: whole('seed', 0), runs: whole('runs', 1), kinds };
}
