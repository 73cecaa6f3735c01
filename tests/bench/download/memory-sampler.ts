// What the download benchmark reads off Chromium while a page downloads: the page's JS heap and
// the ArrayBuffers outside it (DevTools Runtime.getHeapUsage), and the resident memory of each of
// the browser's processes (their ids from DevTools SystemInfo.getProcessInfo, their memory from
// /proc: VmRSS now, VmHWM the kernel's own peak). Linux only, as the benchmarks are.

import { readFileSync } from 'node:fs';
import type { Browser, CDPSession, Page } from '@playwright/test';

export interface MemoryPeaks {
  /** The page's JS heap in use. */
  heapBytes: number;
  /** The heap and the ArrayBuffers' backing stores together, where a downloaded buffer would sit. */
  heapAndBuffersBytes: number;
  /** The largest resident set of a renderer process, sampled and by the kernel's high-water mark. */
  rendererRssBytes: number;
  /** The browser process (Chromium keeps Blob data there before it goes to disk). */
  browserRssBytes: number;
  /** Every process of the browser at once. */
  totalRssBytes: number;
  samples: number;
}

interface Process {
  type: string;
  id: number;
}

/** Bytes of a /proc/<pid>/status field given in kB; 0 once the process is gone. */
function statusBytes(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  try {
    const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

export class MemorySampler {
  readonly #page: CDPSession;
  readonly #browser: CDPSession;
  readonly #peaks: MemoryPeaks = {
    heapBytes: 0,
    heapAndBuffersBytes: 0,
    rendererRssBytes: 0,
    browserRssBytes: 0,
    totalRssBytes: 0,
    samples: 0,
  };
  #processes: Process[] = [];
  #timer: ReturnType<typeof setInterval> | undefined;
  #sampling: Promise<void> = Promise.resolve();

  private constructor(page: CDPSession, browser: CDPSession) {
    this.#page = page;
    this.#browser = browser;
  }

  static async attach(browser: Browser, page: Page): Promise<MemorySampler> {
    return new MemorySampler(await page.context().newCDPSession(page), await browser.newBrowserCDPSession());
  }

  /** Samples every `intervalMs` until `stop`; one sample at a time, so a busy page delays rather than piles them up. */
  start(intervalMs: number): void {
    this.#timer = setInterval(() => {
      this.#sampling = this.#sampling.then(() => this.#sample()).catch(() => undefined);
    }, intervalMs);
  }

  async stop(): Promise<MemoryPeaks> {
    clearInterval(this.#timer);
    await this.#sampling;
    await this.#sample();
    // The kernel's high-water marks catch what fell between two samples.
    for (const process of this.#processes) {
      const peak = statusBytes(process.id, 'VmHWM');
      if (process.type === 'renderer') this.#peaks.rendererRssBytes = Math.max(this.#peaks.rendererRssBytes, peak);
      if (process.type === 'browser') this.#peaks.browserRssBytes = Math.max(this.#peaks.browserRssBytes, peak);
    }
    await this.#page.detach();
    await this.#browser.detach();
    return { ...this.#peaks };
  }

  async #sample(): Promise<void> {
    const { processInfo } = await this.#browser.send('SystemInfo.getProcessInfo');
    this.#processes = processInfo.map(({ type, id }) => ({ type, id }));
    let total = 0;
    for (const process of this.#processes) {
      const rss = statusBytes(process.id, 'VmRSS');
      total += rss;
      if (process.type === 'renderer') this.#peaks.rendererRssBytes = Math.max(this.#peaks.rendererRssBytes, rss);
      if (process.type === 'browser') this.#peaks.browserRssBytes = Math.max(this.#peaks.browserRssBytes, rss);
    }
    this.#peaks.totalRssBytes = Math.max(this.#peaks.totalRssBytes, total);
    const heap = await this.#page.send('Runtime.getHeapUsage');
    this.#peaks.heapBytes = Math.max(this.#peaks.heapBytes, heap.usedSize);
    this.#peaks.heapAndBuffersBytes = Math.max(this.#peaks.heapAndBuffersBytes, heap.usedSize + heap.backingStorageSize);
    this.#peaks.samples++;
  }
}
