// Drives one kiosk in Chromium against one served feed, from a fresh profile: the first install,
// cold starts three ways (reload, a new page, a restarted browser on the same profile), names
// typed key by key on the Names screen, and last a new version published, prepared in the
// background and switched to. Everything is timed inside the page by the probe.

import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { rmSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { CHROMIUM_ARGS } from '../../e2e/find-chromium.ts';
import { requireChromium } from '../bench-chromium.ts';
import { probeScript, summarizeLongTasks, type ColdTiming, type LongTaskSummary, type TapTiming } from './page-probe.ts';
import type { TypedName } from './typed-names.ts';

/** A quick visitor's pace between taps; the next tap waits for the last answer's frame too. */
const TAP_GAP_MS = 100;
/** A first install downloads, verifies and indexes the whole register. */
const FIRST_INSTALL_TIMEOUT_MS = 300_000;
const COLD_START_TIMEOUT_MS = 60_000;
/** Layout switches timed per name, with its results on screen: a full cycle, back where it was. */
const LAYOUT_TAPS_PER_NAME = 3;
const MEASURE_BUILD = 'eske:name-index:build';
const MEASURE_SHOW = 'eske:name-index:show';

export const COLD_STARTS = ['reload', 'new page', 'browser restart'] as const;
export type ColdStart = (typeof COLD_STARTS)[number];

export interface PageLoad extends ColdTiming {
  /** End of the `eske:name-index:show` measure, ms since navigation start. */
  showEndMs: number;
  showMs: number;
  /** The `eske:name-index:build` measure, on a load that built the index. */
  buildMs: number | null;
  /** Main-thread long tasks from navigation start to the known name's row painted. */
  longTasks: LongTaskSummary;
}

/** A new version installed while the previous one is on screen (after a reload), then switched to. */
export interface BackgroundPrepare {
  /** The `eske:name-index:build` measure of the new version. */
  buildMs: number;
  /** From the build's start to the new version's index ready in the search worker. */
  windowMs: number;
  /** Main-thread long tasks in that window: the build, storing it, the switch and loading it. */
  longTasks: LongTaskSummary;
}

export interface TypedResult {
  name: TypedName;
  taps: TapTiming[];
}

export interface SessionResult {
  firstInstall: PageLoad;
  coldStarts: Record<ColdStart, PageLoad[]>;
  typed: TypedResult[];
  /** `layout` taps: the keyboard changes, the engine is asked nothing. */
  layoutTaps: TapTiming[];
  backgroundPrepare: BackgroundPrepare;
}

export interface SessionOptions {
  url: string;
  profileDir: string;
  names: readonly TypedName[];
  coldRuns: number;
  /** Publishes a version above the served one, to the same feed. */
  publishNextVersion: () => void;
  log: (line: string) => void;
}

async function launch(profileDir: string, script: string): Promise<BrowserContext> {
  const found = requireChromium();
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: found.executablePath,
    args: CHROMIUM_ARGS,
    viewport: { width: 1920, height: 1080 },
    hasTouch: true,
  });
  await context.addInitScript({ content: script });
  return context;
}

/** A persistent context opens with a blank page: the kiosk's tab. */
async function firstPage(context: BrowserContext): Promise<Page> {
  return context.pages()[0] ?? (await context.newPage());
}

/** Waits for this page load's index and known name, and reads its milestones. */
async function pageLoad(page: Page, timeoutMs: number): Promise<PageLoad> {
  await page.waitForFunction(
    (show) => {
      const cold = window.__eskeKioskProbe?.cold;
      return (
        cold !== undefined && (cold.failed || (cold.namePaintedMs !== null && performance.getEntriesByName(show).length > 0))
      );
    },
    MEASURE_SHOW,
    { timeout: timeoutMs, polling: 100 },
  );
  const { longTasks, ...load } = await page.evaluate(
    ([show, build]) => {
      const showEntry = performance.getEntriesByName(show).at(-1);
      return {
        ...window.__eskeKioskProbe!.cold,
        showEndMs: showEntry ? showEntry.startTime + showEntry.duration : NaN,
        showMs: showEntry?.duration ?? NaN,
        buildMs: performance.getEntriesByName(build).at(-1)?.duration ?? null,
        longTasks: window.__eskeKioskProbe!.longTasks,
      };
    },
    [MEASURE_SHOW, MEASURE_BUILD] as const,
  );
  if (load.failed) throw new Error('the Names screen said the register is unavailable');
  return { ...load, longTasks: summarizeLongTasks(longTasks, 0, load.namePaintedMs ?? Infinity) };
}

/**
 * Publishes a new version and reloads: the kiosk shows the stored one, syncs, prepares the new
 * version's index in the background and switches to it at the next quiet moment (5 s after the
 * probe typed its name). The window runs from the build's start to the new index being ready.
 */
async function backgroundPrepare(page: Page, options: SessionOptions): Promise<BackgroundPrepare> {
  options.publishNextVersion();
  await page.reload({ waitUntil: 'commit' });
  await pageLoad(page, COLD_START_TIMEOUT_MS);
  await page.waitForFunction(
    ([show, build]) => performance.getEntriesByName(build).length > 0 && performance.getEntriesByName(show).length > 1,
    [MEASURE_SHOW, MEASURE_BUILD] as const,
    { timeout: FIRST_INSTALL_TIMEOUT_MS, polling: 100 },
  );
  // No named functions inside: tsx would wrap them in a `__name` the page does not have.
  const { build, shown, longTasks } = await page.evaluate(
    (names) => {
      const [shown, build] = names.map((name) => performance.getEntriesByName(name).at(-1)!);
      return {
        build: { startMs: build!.startTime, durationMs: build!.duration },
        shown: { startMs: shown!.startTime, durationMs: shown!.duration },
        longTasks: window.__eskeKioskProbe!.longTasks,
      };
    },
    [MEASURE_SHOW, MEASURE_BUILD] as const,
  );
  const endMs = shown.startMs + shown.durationMs;
  return {
    buildMs: build.durationMs,
    windowMs: endMs - build.startMs,
    longTasks: summarizeLongTasks(longTasks, build.startMs, endMs),
  };
}

/** The browser a session drives; a browser restart replaces its context. */
interface Kiosk {
  context: BrowserContext;
  page: Page;
}

async function coldStarts(kiosk: Kiosk, options: SessionOptions, script: string): Promise<Record<ColdStart, PageLoad[]>> {
  const runs: Record<ColdStart, PageLoad[]> = { reload: [], 'new page': [], 'browser restart': [] };
  for (let run = 0; run < options.coldRuns; run++) {
    await kiosk.page.reload({ waitUntil: 'commit' });
    runs.reload.push(await pageLoad(kiosk.page, COLD_START_TIMEOUT_MS));
  }
  for (let run = 0; run < options.coldRuns; run++) {
    // One kiosk at a time: two pages would share, and race for, one store.
    await kiosk.page.close();
    kiosk.page = await kiosk.context.newPage();
    await kiosk.page.goto(options.url, { waitUntil: 'commit' });
    runs['new page'].push(await pageLoad(kiosk.page, COLD_START_TIMEOUT_MS));
  }
  for (let run = 0; run < options.coldRuns; run++) {
    await kiosk.context.close();
    kiosk.context = await launch(options.profileDir, script);
    kiosk.page = await firstPage(kiosk.context);
    await kiosk.page.goto(options.url, { waitUntil: 'commit' });
    runs['browser restart'].push(await pageLoad(kiosk.page, COLD_START_TIMEOUT_MS));
  }
  return runs;
}

async function tap(page: Page, key: string, expectRecordId?: string): Promise<TapTiming> {
  const timing = await page.evaluate(([pressed, expected]) => window.__eskeKioskProbe!.tap(pressed, expected), [
    key,
    expectRecordId,
  ] as const);
  await sleep(TAP_GAP_MS);
  return timing;
}

async function typeNames(page: Page, names: readonly TypedName[]) {
  const typed: TypedResult[] = [];
  const layoutTaps: TapTiming[] = [];
  for (const name of names) {
    await tap(page, 'clear');
    for (let turns = 0; (await page.evaluate(() => window.__eskeKioskProbe!.layout())) !== name.layout; turns++) {
      if (turns >= 3) throw new Error(`no "${name.layout}" keyboard layout`);
      layoutTaps.push(await tap(page, 'layout'));
    }
    const taps: TapTiming[] = [];
    for (const key of name.keys) taps.push(await tap(page, key, name.recordId));
    typed.push({ name, taps });
    for (let turn = 0; turn < LAYOUT_TAPS_PER_NAME; turn++) layoutTaps.push(await tap(page, 'layout'));
  }
  return { typed, layoutTaps };
}

export async function runSession(options: SessionOptions): Promise<SessionResult> {
  const known = options.names.find((name) => name.layout === 'kk') ?? options.names[0]!;
  const script = probeScript({ coldName: { layout: known.layout, keys: known.keys, recordId: known.recordId } });
  rmSync(options.profileDir, { recursive: true, force: true });
  const context = await launch(options.profileDir, script);
  const kiosk: Kiosk = { context, page: await firstPage(context) };
  try {
    options.log('first install');
    await kiosk.page.goto(options.url, { waitUntil: 'commit' });
    const firstInstall = await pageLoad(kiosk.page, FIRST_INSTALL_TIMEOUT_MS);
    // Reloads below must come from the service worker, as a kiosk's do.
    await kiosk.page.evaluate(async () => void (await navigator.serviceWorker.ready));
    options.log(`cold starts, ${options.coldRuns} of each kind`);
    const coldRuns = await coldStarts(kiosk, options, script);
    options.log(`typing ${options.names.length} names`);
    const { typed, layoutTaps } = await typeNames(kiosk.page, options.names);
    options.log('a new version prepared in the background, then switched to');
    const prepared = await backgroundPrepare(kiosk.page, options);
    return { firstInstall, coldStarts: coldRuns, typed, layoutTaps, backgroundPrepare: prepared };
  } finally {
    await kiosk.context.close();
  }
}
