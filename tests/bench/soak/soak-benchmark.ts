// `npm run bench -- soak`: a kiosk left running through 10,000 visits (search a name, open a
// record, play and pause a testimony, the idle reset, and now and then a Remembrance Day roll),
// in Chromium with the page clock, reporting JS heap (page and search worker) and DOM nodes at the
// start and the end against the same kiosk freshly reloaded. Target: growth under 10 % from the end of warm-up to
// the end. Prints, never asserts. The kiosk runs with the watchdog's stall and nightly reloads
// off: the page clock's jumps over the idle time look like a blocked main thread to it, and any
// reload would start a new page, so the bench would measure its last reload, not 10,000 visits.

import type { Page } from '@playwright/test';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { IDLE_WARNING_MS } from '../../../src/kiosk/behaviour/idle-timer.ts';
import { launchChromium, requireChromium } from '../bench-chromium.ts';
import { parseWholeFlags } from '../bench-flags.ts';
import type { Benchmark } from '../benchmark.ts';
import { audioTestimonyIds } from '../feed-document.ts';
import { textTable } from '../text-table.ts';
import { PROJECT_DIR, buildDemoFeed, serveApp } from '../vite-preview.ts';
import { pageMetrics, type PageMetrics } from './page-metrics.ts';
import { soakDriverScript } from './soak-driver.ts';

/** A port of its own: e2e 4317, app 4319, kiosk-search 4321–4322, ui 4433, `npm start` 4173. */
const PORT = 4435;
const SOAK_DIR = path.join(PROJECT_DIR, 'tests/.tmp/soak-bench');
const FEED_DIR = path.join(SOAK_DIR, 'feed');
const DIST_DIR = path.join(SOAK_DIR, 'dist');
const KIOSK_CONFIG_DIR = path.join(SOAK_DIR, 'kiosk-config');
/** The demo kiosk-config under its own id, served from KIOSK_CONFIG_DIR (see soakKioskConfig). */
const KIOSK_ID = 'soak';
const GROWTH_TARGET = 0.1;
const DEFAULTS = { visits: 10_000, every: 2_000, roll: 1_000, port: PORT };
/** An ordinary open day in Almaty (the demo kiosk's zone), and the Remembrance Day that follows it. */
const OPEN_DAY = new Date('2027-03-01T10:00:00+05:00');
const REMEMBRANCE_DAY = new Date('2027-05-31T10:00:00+05:00');
/** The schedule looks at the clock once a minute and whenever it jumps (docs/design.md §6.2). */
const SCHEDULE_TICK_MS = 61_000;
/** How long the roll runs each time. */
const ROLL_MS = 120_000;
/**
 * Warm-up: the first visits load the lazy chunks (the record and testimony pages, the player's
 * Howler, Markdown, the QR encoder, the attract screen) and fill the caches (search shards, the
 * browser's compiled code), so the heap after visit 1 is not yet the kiosk's working size. By
 * visit 100 every query and testimony of the cycle has come round several times; a long run's
 * 1 % lets the optimising compiler settle too. The first Remembrance roll comes just before the
 * warm-up's last visit, because it loads the roll's chunk and the candle's resources once for the
 * page's life. Growth is judged from here to the end.
 */
const warmUpVisit = (visits: number) => Math.max(100, Math.ceil(visits / 100));
/** Surnames and name parts the demo register holds in several spellings. */
const QUERIES = ['жандосбаев', 'байтемир', 'ахмет', 'сейфулл', 'иван', 'нұрм', 'кенже', 'есен'];
const HOME_OR_ATTRACT = '[data-screen="home"], [data-screen="attract"]';

const USAGE = `Usage: npm run bench -- soak [--visits N] [--every N] [--roll N] [--port N]

Builds the demo feed and the app, serves them on port ${PORT}, and runs one kiosk page in headless
Chromium through N visits (default ${DEFAULTS.visits}): each ends the attract loop if it shows, types a name
on the on-screen keyboard, opens a result, plays and pauses a testimony, and leaves, so the idle
reset brings the kiosk back (the page clock runs the idle time at once; the watchdog's stall and
nightly reloads are off, or they would reload the page the bench measures). Before every --roll-th
visit (default ${DEFAULTS.roll}) and before the warm-up's last visit the clock jumps to Remembrance Day, the register rolls for ${ROLL_MS / 60_000} minutes,
and the clock jumps back. JS heap (the page's and its name-search worker's), DOM nodes and
listeners are read after garbage collection after the first visit, after warm-up (visit 100 or
1 % of the visits, whichever is more), every --every visits (default ${DEFAULTS.every}) and at the end, then on
the same kiosk reloaded (the baseline). Target: heaps and nodes grow under ${GROWTH_TARGET * 100} %
from warm-up to the end; the growth from the first visit is printed too.`;

const log = (line: string) => console.error(`soak: ${line}`);
const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(2);
const percent = (from: number, to: number) => `${to >= from ? '+' : ''}${(((to - from) / from) * 100).toFixed(1)} %`;

interface Sample {
  label: string;
  metrics: PageMetrics;
  /** The sample taken at the end of warm-up, where the target is measured from. */
  warmUp?: boolean;
}

/**
 * The demo kiosk-config with the watchdog's stall and nightly reloads off, written where the
 * bench's preview serves kiosk configs; returns its idle time in ms. Its other triggers stay:
 * a reload they cause fails the run (see run).
 */
function soakKioskConfig(): number {
  const config = JSON.parse(readFileSync(path.join(PROJECT_DIR, 'kiosk-config/default.json'), 'utf8')) as {
    idleSeconds: number;
    watchdog?: Record<string, unknown>;
  };
  const soak = { ...config, $schema: undefined, watchdog: { ...config.watchdog, stallSeconds: null, nightlyReloadAt: null } };
  mkdirSync(KIOSK_CONFIG_DIR, { recursive: true });
  writeFileSync(path.join(KIOSK_CONFIG_DIR, `${KIOSK_ID}.json`), JSON.stringify(soak, null, 2));
  return config.idleSeconds * 1000;
}

/** Resolves true when the visit began in the attract loop (where the idle reset leads). */
async function visitAndLeave(page: Page, index: number, audioTestimonies: readonly string[], idle: number): Promise<boolean> {
  const query = QUERIES[index % QUERIES.length]!;
  const fromAttract = await page.evaluate((visit) => window.__eskeSoak!.visit(visit), { index, query, audioTestimonies });
  // Two jumps, not a run through every timer: the countdown comes, then the reset (runFor would cost seconds a visit).
  await page.clock.fastForward(idle - IDLE_WARNING_MS / 2);
  await page.clock.fastForward(IDLE_WARNING_MS);
  // A locator, not waitForSelector: an element handle would keep each old screen alive in the page.
  await page.locator(HOME_OR_ATTRACT).first().waitFor({ timeout: 10_000 });
  if ((await page.locator('[data-testid="search-input"]').count()) > 0)
    throw new Error(`soak: visit ${index} left a search on screen after the idle reset`);
  return fromAttract;
}

/** Remembrance Day for a while, then back to the day it was: the display comes and goes. */
async function rollRemembrance(page: Page): Promise<void> {
  const before = await page.evaluate(() => Date.now());
  await page.clock.setSystemTime(REMEMBRANCE_DAY);
  await page.clock.runFor(SCHEDULE_TICK_MS);
  await page.locator('[data-screen="remembrance"] [data-testid="remembrance-name"]').first().waitFor({ timeout: 10_000 });
  await page.clock.runFor(ROLL_MS);
  await page.clock.setSystemTime(before + SCHEDULE_TICK_MS);
  await page.clock.runFor(SCHEDULE_TICK_MS);
  await page.locator('[data-screen="remembrance"]').waitFor({ state: 'detached', timeout: 10_000 });
}

interface Run {
  visits: number;
  rolls: number;
  /** Visits that began by ending the attract loop: all but the first, when the idle reset leads into it. */
  fromAttract: number;
}

function printSamples(samples: readonly Sample[], baseline: Sample, { visits, rolls, fromAttract }: Run): void {
  const rows = [...samples, baseline].map(({ label, metrics }) => [
    label,
    mb(metrics.heapBytes),
    mb(metrics.workerHeapBytes),
    String(metrics.domNodes),
    String(metrics.listeners),
  ]);
  console.log(`\nOne kiosk page through ${visits} visits and ${rolls} Remembrance rolls (after garbage collection)`);
  console.log(`${fromAttract} of the visits began in the attract loop (the first follows the page's start)`);
  console.log(
    `the watchdog's stall and nightly reloads were off, and the page never reloaded (see the top of soak-benchmark.ts)\n`,
  );
  console.log(
    textTable(['kiosk', 'JS heap MB', 'worker heap MB', 'DOM nodes', 'listeners'], rows, [false, true, true, true, true]).join(
      '\n',
    ),
  );
  const first = samples[0]!;
  const warm = samples.find((sample) => sample.warmUp) ?? first;
  const end = samples.at(-1)!.metrics;
  const growth = (from: PageMetrics) =>
    `heap ${percent(from.heapBytes, end.heapBytes)}, worker heap ${percent(from.workerHeapBytes, end.workerHeapBytes)}, DOM nodes ${percent(from.domNodes, end.domNodes)}, ` +
    `listeners ${percent(from.listeners, end.listeners)}`;
  const within = (from: number, to: number) => (to - from) / from < GROWTH_TARGET;
  const verdict =
    within(warm.metrics.heapBytes, end.heapBytes) &&
    within(warm.metrics.workerHeapBytes, end.workerHeapBytes) &&
    within(warm.metrics.domNodes, end.domNodes);
  console.log(
    `\n${warm === first ? 'visit 1 (too few visits for a warm-up)' : 'warm-up'} → end: ${growth(warm.metrics)}; ` +
      `target under +${GROWTH_TARGET * 100} %: ${verdict ? 'within' : 'OVER'}`,
  );
  if (warm !== first) console.log(`visit 1 → end: ${growth(first.metrics)} (warm-up included: lazy chunks, caches)`);
  console.log(
    `end against a fresh reload: heap ${percent(baseline.metrics.heapBytes, end.heapBytes)}, DOM nodes ${percent(baseline.metrics.domNodes, end.domNodes)}`,
  );
}

export const soakBenchmark: Benchmark = {
  name: 'soak',
  summary: '10,000 visits on one kiosk page: JS heap and DOM nodes at start and end, in Chromium',
  usage: USAGE,
  async run(args) {
    const flags = parseWholeFlags(args, DEFAULTS);
    const started = performance.now();
    buildDemoFeed(FEED_DIR);
    const audioTestimonies = audioTestimonyIds(FEED_DIR);
    const idle = soakKioskConfig();
    const found = requireChromium();
    const [server] = await serveApp(DIST_DIR, [{ port: flags.port, feedDir: FEED_DIR, kioskConfigDir: KIOSK_CONFIG_DIR }], log);
    const browser = await launchChromium(found).catch((error: unknown) => {
      server.stop();
      throw error;
    });
    const samples: Sample[] = [];
    let rolls = 0;
    let fromAttract = 0;
    let baseline: Sample;
    try {
      const context = await browser.newContext({ viewport: { width: 1920, height: 1080 }, hasTouch: true });
      await context.addInitScript({ content: soakDriverScript() });
      const page = await context.newPage();
      await page.clock.install({ time: OPEN_DAY });
      await page.goto(`${server.url}?kiosk=${KIOSK_ID}`);
      await page.locator('html[data-content-version] [data-nav="names"]').waitFor({ timeout: 120_000 });
      let reloads = 0;
      page.on('load', () => reloads++);
      const warmUp = warmUpVisit(flags.visits);
      const visitsStarted = performance.now();
      for (let visit = 1; visit <= flags.visits; visit++) {
        // The roll comes before the visit, so every sample is taken where the idle reset leaves the
        // kiosk (the attract loop); after a roll the kiosk shows Home, which has more nodes and listeners.
        if (visit % flags.roll === 0 || visit === warmUp) {
          await rollRemembrance(page);
          rolls++;
        }
        if (await visitAndLeave(page, visit, audioTestimonies, idle)) fromAttract++;
        // A new page has a new heap: the figures would no longer be one kiosk's.
        if (reloads > 0) throw new Error(`soak: the kiosk reloaded itself by visit ${visit} (the technician log says why)`);
        const atWarmUp = visit === warmUp && warmUp < flags.visits;
        if (visit === 1 || atWarmUp || visit % flags.every === 0 || visit === flags.visits) {
          samples.push({
            label: visit === 1 ? 'after visit 1' : atWarmUp ? `after visit ${visit} (end of warm-up)` : `after visit ${visit}`,
            metrics: await pageMetrics(page),
            warmUp: atWarmUp,
          });
          const perVisit = (performance.now() - visitsStarted) / visit;
          const { heapBytes, workerHeapBytes } = samples.at(-1)!.metrics;
          log(
            `visit ${visit}: ${mb(heapBytes)} MB heap, ${mb(workerHeapBytes)} MB worker heap, ${perVisit.toFixed(0)} ms a visit`,
          );
        }
      }
      await page.reload();
      await page.locator('html[data-content-version] [data-nav="names"]').waitFor({ timeout: 60_000 });
      baseline = { label: 'the same kiosk reloaded (baseline)', metrics: await pageMetrics(page) };
      await context.close();
    } finally {
      await browser.close();
      server.stop();
    }
    printSamples(samples, baseline, { visits: flags.visits, rolls, fromAttract });
    console.log(`\nwhole run: ${((performance.now() - started) / 1000).toFixed(0)} s (${found.label}, headless)`);
    return 0;
  },
};
