// `npm run bench -- ui`: the kiosk's touch interface in Chromium against the targets:
// swiping a timeline of 300 events at a median of at least 55 fps, beside a browser-native
// scroller of the same track as the peer; and tap to first audio, tap to full-screen image.
// Prints tables, never asserts.

import type { Browser, Page } from '@playwright/test';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { CHROMIUM_ARGS } from '../../e2e/find-chromium.ts';
import { launchChromium, requireChromium } from '../bench-chromium.ts';
import { parseWholeFlags } from '../bench-flags.ts';
import type { Benchmark } from '../benchmark.ts';
import { audioTestimonyIds, readFeedDocument } from '../feed-document.ts';
import { serveApp } from '../vite-preview.ts';
import { swipeEske, swipeNative } from './swipe-runs.ts';
import { tapToAudio, tapToImage } from './tap-runs.ts';
import { timelineFeed, UI_BENCH_DIR } from './timeline-feed.ts';
import { uiProbeScript } from './ui-probe.ts';
import { FPS_TARGET, swipeTable, tapTable, type SwipeRow } from './ui-tables.ts';

/** A port of its own: e2e 4317, app 4319, kiosk-search 4321–4322, `npm start` 4173. */
const PORT = 4433;
const DIST_DIR = path.join(UI_BENCH_DIR, 'dist');
const VIEWPORTS = [
  { label: 'landscape 1920×1080', width: 1920, height: 1080 },
  { label: 'portrait 1080×1920', width: 1080, height: 1920 },
] as const;
const FIRST_SYNC_TIMEOUT_MS = 120_000;
const DEFAULTS = { events: 300, swipes: 12, taps: 5, port: PORT };

const USAGE = `Usage: npm run bench -- ui [--events N] [--swipes N] [--taps N] [--port N]

Builds a feed of the demo exhibit with its timeline filled to N events by synthetic ones
(cached in tests/.tmp/ui-bench/), builds the app, serves both with vite preview on port ${PORT} (--port),
and drives the kiosk in headless Chromium (${CHROMIUM_ARGS.join(' ')}). Prints:
  - frames while swiping the timeline with CDP touch events (700 px flings), in
    landscape and portrait: median and 5th-percentile fps (requestAnimationFrame in the page)
    and dropped frames, for Eske's track and, as the peer, a browser-native baseline (the same
    track cloned into a plain overflow-x scroller), against the ${FPS_TARGET} fps median target;
  - tap to first audio (Play on a testimony, to its audio playing) and tap to full-screen image
    (an event's image, to the viewer's image decoded).

Options:
  --events N   events on the timeline (default ${DEFAULTS.events})
  --swipes N   swipes per track and orientation (default ${DEFAULTS.swipes})
  --taps N     taps of each kind (default ${DEFAULTS.taps})
  --port N     the port vite preview serves on (default ${PORT}), for checkouts side by side`;

const log = (line: string) => console.error(`ui: ${line}`);

function printSwipes(rows: readonly SwipeRow[], eventCount: number, swipes: number, browser: string): void {
  console.log(`\nSwiping the timeline of ${eventCount} events, ${swipes} swipes each (${browser}, headless)\n`);
  console.log(swipeTable(rows).join('\n'));
  console.log(`\ntarget: median ≥ ${FPS_TARGET} fps on Eske's track at ${eventCount} events`);
  console.log('fps from requestAnimationFrame in the page over each swipe and the 1.5 s after it. The native');
  console.log("scroller scrolls on the compositor, as Eske's glide does: rAF there shows the main thread free.");
}

async function openKiosk(browser: Browser, url: string, viewport: { width: number; height: number }): Promise<Page> {
  const context = await browser.newContext({ viewport, hasTouch: true });
  await context.addInitScript({ content: uiProbeScript() });
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForSelector('html[data-content-version] [data-nav="timeline"]', { timeout: FIRST_SYNC_TIMEOUT_MS });
  return page;
}

async function openTimeline(page: Page): Promise<void> {
  await page.locator('[data-nav="timeline"]').click();
  await page.locator('[data-testid="timeline-event"]').first().waitFor();
}

export const uiBenchmark: Benchmark = {
  name: 'ui',
  summary: 'timeline swipe fps at 300 events, tap to first audio, tap to full-screen image, in Chromium',
  usage: USAGE,
  async run(args) {
    const flags = parseWholeFlags(args, DEFAULTS);
    const started = performance.now();
    const feed = await timelineFeed(flags.events, log);
    const timeline = readFeedDocument(feed.feedDir, 'timeline');
    const audioTestimonies = audioTestimonyIds(feed.feedDir);
    const found = requireChromium();
    const [server] = await serveApp(DIST_DIR, [{ port: flags.port, feedDir: feed.feedDir }], log);
    const browser = await launchChromium(found).catch((error: unknown) => {
      server.stop();
      throw error;
    });
    const swipeRows: SwipeRow[] = [];
    let audio, image;
    try {
      for (const viewport of VIEWPORTS) {
        const page = await openKiosk(browser, server.url, viewport);
        await openTimeline(page);
        log(`${viewport.label}: ${flags.swipes} swipes on Eske's track, then on the native baseline`);
        const eske = await swipeEske(page, flags.swipes);
        const native = await swipeNative(page, flags.swipes);
        swipeRows.push({ label: `Eske track (translate3d), ${viewport.label}`, runs: eske });
        swipeRows.push({ label: `browser-native overflow-x scroll, ${viewport.label}`, runs: native });
        await page.context().close();
      }
      // Printed now: a tap run that fails must not lose the swipes.
      printSwipes(swipeRows, timeline.events.length, flags.swipes, found.label);
      log(`tap to first audio and tap to full-screen image, ${flags.taps} each`);
      const page = await openKiosk(browser, server.url, VIEWPORTS[0]);
      audio = await tapToAudio(page, audioTestimonies, flags.taps);
      const withImages = timeline.events.filter((event) => event.images.length > 0).map((event) => event.id);
      image = withImages.length > 0 ? await tapToImage(page, withImages, flags.taps) : null;
      await page.context().close();
    } finally {
      await browser.close();
      server.stop();
    }

    console.log(`\nTaps, ${flags.taps} runs each (first: audio playing / image decoded; shown: currentTime > 0 / next frame)\n`);
    console.log(
      tapTable([
        { label: 'tap to first audio (testimony Play)', outcomes: audio, absent: 'n/a (never played)' },
        { label: 'tap to full-screen image (event image)', outcomes: image, absent: 'n/a (no viewer yet)' },
      ]).join('\n'),
    );
    console.log(`\nwhole run: ${((performance.now() - started) / 1000).toFixed(0)} s`);
    return 0;
  },
};
