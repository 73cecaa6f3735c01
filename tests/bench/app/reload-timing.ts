// Times a kiosk start in Chromium: from navigation to the home screen showing installed
// content, reloading from the service worker, against the same app with service workers
// blocked (network and HTTP cache only) in the same run.

import type { BrowserContext } from '@playwright/test';
import { launchChromium } from '../bench-chromium.ts';

export interface TimingRow {
  name: string;
  samplesMs: number[];
}

const HOME_WITH_CONTENT = 'html[data-content-version] [data-screen="home"]';

async function timeReloads(context: BrowserContext, url: string, runs: number): Promise<number[]> {
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForSelector(HOME_WITH_CONTENT, { timeout: 60_000 });
  const samples: number[] = [];
  for (let run = 0; run < runs; run++) {
    await page.reload({ waitUntil: 'commit' });
    await page.waitForSelector(HOME_WITH_CONTENT, { timeout: 30_000 });
    // Milliseconds since this navigation started, read in the page itself.
    samples.push(await page.evaluate(() => performance.now()));
  }
  await page.close();
  return samples;
}

export async function measureReloads(url: string, runs: number): Promise<TimingRow[]> {
  const browser = await launchChromium();
  try {
    const withWorker = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
    const warm = await withWorker.newPage();
    await warm.goto(url);
    await warm.waitForSelector(HOME_WITH_CONTENT, { timeout: 60_000 });
    await warm.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await warm.close();
    const serviceWorker = await timeReloads(withWorker, url, runs);
    await withWorker.close();

    const blocked = await browser.newContext({ viewport: { width: 1920, height: 1080 }, serviceWorkers: 'block' });
    const network = await timeReloads(blocked, url, runs);
    await blocked.close();
    return [
      { name: 'Eske, reload from the service worker', samplesMs: serviceWorker },
      { name: 'Eske, reload without service worker (network + HTTP cache)', samplesMs: network },
    ];
  } finally {
    await browser.close();
  }
}
