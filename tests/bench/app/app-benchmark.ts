// `npm run bench -- app`: the size of the app shell a kiosk loads for its first paint (budget:
// 150 KB gzipped JS + CSS, fonts and the chunks loaded after the first screen aside) and the time from a reload to the home screen with content, from the
// service worker (target: 1 s on a 2-core machine) and, in the same run, without it.

import path from 'node:path';
import { parseWholeFlags } from '../bench-flags.ts';
import type { Benchmark } from '../benchmark.ts';
import { percentile, textTable } from '../text-table.ts';
import { PROJECT_DIR, buildDemoFeed, serveApp } from '../vite-preview.ts';
import { measureAssets } from './app-size.ts';
import { measureReloads } from './reload-timing.ts';

const PORT = 4319;
const SHELL_BUDGET_GZIP_BYTES = 150 * 1024;
const RELOAD_TARGET_MS = 1000;
const DEFAULTS = { runs: 15, port: PORT };
const FEED_DIR = path.join(PROJECT_DIR, '.eske/bench-feed');
const DIST_DIR = path.join(PROJECT_DIR, 'tests/.tmp/app-bench/dist');

const USAGE = `Usage: npm run bench -- app [--runs N] [--port N]

Builds the demo feed and the app, serves them on port ${PORT}, and prints:
  - the first paint's JS and CSS, raw and gzipped, against the ${SHELL_BUDGET_GZIP_BYTES / 1024} KB budget, and the
    chunks loaded after it;
  - reload to home-with-content times in Chromium, from the service worker and without it.

Options:
  --runs N   reloads per row (default ${DEFAULTS.runs})
  --port N   the port vite preview serves on (default ${PORT})`;

const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const ms = (value: number) => value.toFixed(0);

export const appBenchmark: Benchmark = {
  name: 'app',
  summary: 'app shell size and reload-to-home time in Chromium',
  usage: USAGE,
  async run(args) {
    const { runs, port } = parseWholeFlags(args, DEFAULTS);

    buildDemoFeed(FEED_DIR);
    const [server] = await serveApp(DIST_DIR, [{ port, feedDir: FEED_DIR }], (line) => console.error(`app: ${line}`));
    try {
      const assets = measureAssets(DIST_DIR);
      const code = assets.filter((asset) => asset.kind === 'js' || asset.kind === 'css');
      const shell = code.filter((asset) => asset.firstPaint);
      const later = code.filter((asset) => !asset.firstPaint);
      const fonts = assets.filter((asset) => asset.kind === 'font');
      const sum = (list: typeof assets, key: 'bytes' | 'gzipBytes') => list.reduce((total, asset) => total + asset[key], 0);
      const shellGzip = sum(shell, 'gzipBytes');
      console.log('\nApp shell (dist/, gzip -9): what the first paint loads, then the chunks loaded after it\n');
      console.log(
        textTable(
          ['file', 'raw KB', 'gzip KB'],
          [
            ...shell.map((asset) => [asset.file, kb(asset.bytes), kb(asset.gzipBytes)]),
            ['first paint, JS + CSS', kb(sum(shell, 'bytes')), kb(shellGzip)],
            [
              `later chunks (${later.length} files, precached, not in the budget)`,
              kb(sum(later, 'bytes')),
              kb(sum(later, 'gzipBytes')),
            ],
            ['all JS + CSS', kb(sum(code, 'bytes')), kb(sum(code, 'gzipBytes'))],
            [`fonts (${fonts.length} files, not in the budget)`, kb(sum(fonts, 'bytes')), kb(sum(fonts, 'gzipBytes'))],
          ],
          [false, true, true],
        ).join('\n'),
      );
      console.log(
        `\nbudget ${kb(SHELL_BUDGET_GZIP_BYTES)} KB gzipped for the first paint: ${shellGzip <= SHELL_BUDGET_GZIP_BYTES ? 'within' : 'OVER'}`,
      );

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
