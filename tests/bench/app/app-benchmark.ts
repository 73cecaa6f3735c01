// `npm run bench -- app`: the size of the app shell a kiosk loads (budget: 150 KB gzipped JS +
// CSS, fonts aside) and the time from a reload to the home screen with content, from the
// service worker (target: 1 s on a 2-core machine) and, in the same run, without it.

import path from 'node:path';
import { BenchUsageError, type Benchmark } from '../benchmark.ts';
import { percentile, textTable } from '../text-table.ts';
import { buildApp, PROJECT_DIR, runQuietly, startPreview } from '../vite-preview.ts';
import { measureAssets } from './app-size.ts';
import { measureReloads } from './reload-timing.ts';

const PORT = 4319;
const SHELL_BUDGET_GZIP_BYTES = 150 * 1024;
const RELOAD_TARGET_MS = 1000;
const FEED_DIR = path.join(PROJECT_DIR, '.eske/bench-feed');
const DIST_DIR = path.join(PROJECT_DIR, 'tests/.tmp/app-bench/dist');

const USAGE = `Usage: npm run bench -- app [--runs N]

Builds the demo feed and the app, serves them on port ${PORT}, and prints:
  - the app shell's JS and CSS, raw and gzipped, against the ${SHELL_BUDGET_GZIP_BYTES / 1024} KB budget;
  - reload to home-with-content times in Chromium, from the service worker and without it.

Options:
  --runs N   reloads per row (default 15)`;

const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const ms = (value: number) => value.toFixed(0);

export const appBenchmark: Benchmark = {
  name: 'app',
  summary: 'app shell size and reload-to-home time in Chromium',
  usage: USAGE,
  async run(args) {
    const runsFlag = args.indexOf('--runs');
    const runs = runsFlag === -1 ? 15 : Number(args[runsFlag + 1]);
    if (!Number.isInteger(runs) || runs < 1) throw new BenchUsageError('--runs takes a whole number');

    runQuietly('node_modules/.bin/tsx', [
      'src/curator/cli.ts',
      'build',
      'media',
      '--out',
      FEED_DIR,
      '--key',
      'media/DEMO-ONLY-signing-key.json',
    ]);
    buildApp(DIST_DIR);

    const assets = measureAssets(DIST_DIR);
    const shell = assets.filter((asset) => asset.kind === 'js' || asset.kind === 'css');
    const fonts = assets.filter((asset) => asset.kind === 'font');
    const sum = (list: typeof assets, key: 'bytes' | 'gzipBytes') => list.reduce((total, asset) => total + asset[key], 0);
    const shellGzip = sum(shell, 'gzipBytes');
    console.log('\nApp shell (dist/, gzip -9)\n');
    console.log(
      textTable(
        ['file', 'raw KB', 'gzip KB'],
        [
          ...shell.map((asset) => [asset.file, kb(asset.bytes), kb(asset.gzipBytes)]),
          ['JS + CSS total', kb(sum(shell, 'bytes')), kb(shellGzip)],
          [`fonts (${fonts.length} files, not in the budget)`, kb(sum(fonts, 'bytes')), kb(sum(fonts, 'gzipBytes'))],
        ],
        [false, true, true],
      ).join('\n'),
    );
    console.log(
      `\nbudget ${kb(SHELL_BUDGET_GZIP_BYTES)} KB gzipped: ${shellGzip <= SHELL_BUDGET_GZIP_BYTES ? 'within' : 'OVER'}`,
    );

    const server = await startPreview({ port: PORT, outDir: DIST_DIR, feedDir: FEED_DIR });
    try {
      const rows = await measureReloads(server.url, runs);
      console.log(`\nReload to home screen with content, Chromium headless, ${runs} runs each\n`);
      console.log(
        textTable(
          ['start', 'p50 ms', 'p95 ms', 'max ms'],
          rows.map((row) => {
            const sorted = [...row.samplesMs].sort((a, b) => a - b);
            return [row.name, ms(percentile(sorted, 0.5)), ms(percentile(sorted, 0.95)), ms(sorted.at(-1)!)];
          }),
          [false, true, true, true],
        ).join('\n'),
      );
      console.log(`\ntarget: reload from the service worker to home with content within ${RELOAD_TARGET_MS} ms`);
    } finally {
      server.stop();
    }
    return 0;
  },
};
