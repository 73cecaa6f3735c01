// `npm run bench -- download`: the memory a kiosk uses while it downloads a 500 MB video
// (docs/design.md §5.2). The demo feed, its video testimony's recording replaced by a file of
// that size, is served from loopback; a fresh Chromium runs the kiosk's first sync, which
// streams the object into IndexedDB in chunks; then another fresh Chromium runs, on the same
// origin, the whole-buffer download the kiosk used before (read the body into one buffer,
// WebCrypto digest, one Blob stored), as the peer. Peak heap and resident memory of each.

import { mkdirSync, rmSync } from 'node:fs';
import { randomFillSync } from 'node:crypto';
import path from 'node:path';
import { expect } from '@playwright/test';
import type { Browser } from '@playwright/test';
import type { TestimoniesDoc } from '../../../src/feed/content-schema.ts';
import { objectPath, type ObjectEntry } from '../../../src/feed/manifest-schema.ts';
import { DEFAULT_SYNC_LIMITS } from '../../../src/kiosk/sync/sync-once.ts';
import { editDocument } from '../../e2e/edit-feed.ts';
import { readManifest } from '../../e2e/publish-feed.ts';
import { launchChromium, requireChromium } from '../bench-chromium.ts';
import { parseWholeFlags } from '../bench-flags.ts';
import type { Benchmark } from '../benchmark.ts';
import { textTable } from '../text-table.ts';
import { buildDemoFeed, PROJECT_DIR, serveApp } from '../vite-preview.ts';
import { MemorySampler, type MemoryPeaks } from './memory-sampler.ts';

const PORT = 4437;
const DEFAULTS = { megabytes: 500, port: PORT, interval: 100 };
const BENCH_DIR = path.join(PROJECT_DIR, 'tests/.tmp/download-bench');
const FEED_DIR = path.join(BENCH_DIR, 'feed');
const DIST_DIR = path.join(BENCH_DIR, 'dist');
const LARGE_VIDEO = 'files/large-video.mp4';
/** The first sync of 500 MB on a loaded 2-core machine takes minutes, not hours. */
const DOWNLOAD_TIMEOUT_MS = 30 * 60_000;

const USAGE = `Usage: npm run bench -- download [--megabytes N] [--port N] [--interval N]

Builds the demo feed with its video testimony's recording replaced by N MB of random bytes
(in tests/.tmp/download-bench/, never committed), serves it and the app on port ${PORT}, and in a
fresh headless Chromium each:
  - chunked: the kiosk's first sync, the object streamed into IndexedDB in ${DEFAULT_SYNC_LIMITS.chunkBytes / 2 ** 20} MiB chunks;
  - whole buffer: the download the kiosk did before, run in a page of the same origin.
Prints the peak JS heap, heap with ArrayBuffers, and resident memory (renderer, browser process,
all processes) of each, sampled every interval and, for resident memory, the kernel's peak.

Options:
  --megabytes N    size of the object (default ${DEFAULTS.megabytes})
  --port N         the port vite preview serves on (default ${PORT})
  --interval N     milliseconds between samples (default ${DEFAULTS.interval})`;

const mb = (bytes: number) => (bytes / 2 ** 20).toFixed(0);

interface Run {
  name: string;
  seconds: number;
  peaks: MemoryPeaks;
}

/** The demo feed with the video testimony's recording replaced by `megabytes` MB of random bytes. */
async function feedWithLargeVideo(megabytes: number): Promise<ObjectEntry> {
  rmSync(FEED_DIR, { recursive: true, force: true });
  mkdirSync(BENCH_DIR, { recursive: true });
  buildDemoFeed(FEED_DIR);
  const bytes = new Uint8Array(megabytes * 2 ** 20);
  // randomFillSync fills at most 2 GiB, and in pieces stays quick and cheap.
  for (let at = 0; at < bytes.length; at += 2 ** 26) randomFillSync(bytes, at, Math.min(2 ** 26, bytes.length - at));
  await editDocument<TestimoniesDoc>(
    'testimonies',
    [{ name: LARGE_VIDEO, type: 'video/mp4', bytes }],
    (document, sha256Of) => {
      const video = document.testimonies.find((testimony) => testimony.media?.kind === 'video');
      if (!video?.media) throw new Error('download bench: the demo exhibit has no video testimony');
      video.media = { ...video.media, object: sha256Of(LARGE_VIDEO) };
    },
    FEED_DIR,
  );
  return readManifest(FEED_DIR).objects.find((entry) => entry.name === LARGE_VIDEO)!;
}

async function measure(name: string, intervalMs: number, run: (browser: Browser) => Promise<void>): Promise<Run> {
  console.error(`download: ${name}`);
  const browser = await launchChromium(requireChromium());
  try {
    const page = await browser.newPage();
    const sampler = await MemorySampler.attach(browser, page);
    sampler.start(intervalMs);
    const started = performance.now();
    await run(browser).catch(async (error: unknown) => {
      await sampler.stop();
      throw error;
    });
    const seconds = (performance.now() - started) / 1000;
    return { name, seconds, peaks: await sampler.stop() };
  } finally {
    await browser.close();
  }
}

export const downloadBenchmark: Benchmark = {
  name: 'download',
  summary: 'memory while a kiosk downloads a 500 MB video: chunks into IndexedDB vs one buffer',
  usage: USAGE,
  async run(args) {
    const { megabytes, port, interval: intervalMs } = parseWholeFlags(args, DEFAULTS);
    console.error(`download: writing a feed with a ${megabytes} MB video`);
    const object = await feedWithLargeVideo(megabytes);
    const [server] = await serveApp(DIST_DIR, [{ port, feedDir: FEED_DIR }], (line) => console.error(`download: ${line}`));
    try {
      const chunked = await measure('chunked, the kiosk’s first sync', intervalMs, async (browser) => {
        const page = browser.contexts()[0]!.pages()[0]!;
        await page.goto(server.url);
        await expect(page.locator('html')).toHaveAttribute('data-content-version', '1', { timeout: DOWNLOAD_TIMEOUT_MS });
      });
      const whole = await measure('whole buffer, the download before chunks', intervalMs, async (browser) => {
        const page = browser.contexts()[0]!.pages()[0]!;
        // A page of the kiosk's origin that is not the kiosk, so no sync of its own runs beside this one.
        await page.goto(new URL('feed/manifest.json', server.url).href);
        const stored = await page.evaluate(wholeBufferDownload, {
          url: new URL(`feed/${objectPath(object)}`, server.url).href,
          type: object.type,
        });
        if (stored !== object.sha256) throw new Error(`download bench: the whole-buffer peer got SHA-256 ${stored}`);
      });

      console.log(`\nMemory while downloading a ${megabytes} MB object from loopback, headless Chromium, a fresh browser each\n`);
      console.log(
        textTable(
          [
            'download',
            'seconds',
            'JS heap MB',
            'heap + ArrayBuffers MB',
            'renderer RSS MB',
            'browser RSS MB',
            'all RSS MB',
            'samples',
          ],
          [chunked, whole].map(({ name, seconds, peaks }) => [
            name,
            seconds.toFixed(1),
            mb(peaks.heapBytes),
            mb(peaks.heapAndBuffersBytes),
            mb(peaks.rendererRssBytes),
            mb(peaks.browserRssBytes),
            mb(peaks.totalRssBytes),
            String(peaks.samples),
          ]),
          [false, true, true, true, true, true, true, true],
        ).join('\n'),
      );
      console.log(
        '\nPeaks. RSS of a process is the larger of the sampled VmRSS and the kernel’s VmHWM; "all" sums the sampled VmRSS.',
      );
      console.log(`The chunked row is the whole first sync (the demo's other objects and its name index too).`);
      return 0;
    } finally {
      server.stop();
    }
  },
};

/**
 * Runs in the page: the kiosk's download as it was before chunks (fetch-feed-file.ts read the body
 * into one buffer, verify-object.ts hashed it with WebCrypto, one Blob went to IndexedDB).
 */
async function wholeBufferDownload({ url, type }: { url: string; type: string }): Promise<string> {
  const response = await fetch(url, { cache: 'no-store' });
  const reader = response.body!.getReader();
  const pieces: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    pieces.push(value);
    total += value.length;
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const piece of pieces) {
    bytes.set(piece, offset);
    offset += piece.length;
  }
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  const sha256 = Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('');
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const opening = indexedDB.open('download-bench-peer', 1);
    opening.onupgradeneeded = () => opening.result.createObjectStore('objects', { keyPath: 'sha256' });
    opening.onsuccess = () => resolve(opening.result);
    opening.onerror = () => reject(opening.error);
  });
  await new Promise<void>((resolve, reject) => {
    const transaction = db.transaction('objects', 'readwrite');
    transaction.objectStore('objects').put({ sha256, blob: new Blob([bytes], { type }) });
    transaction.oncomplete = () => resolve();
    transaction.onerror = () => reject(transaction.error);
  });
  db.close();
  return sha256;
}
