// What the soak benchmark reads off the kiosk page between visits, through the DevTools protocol
// after two full garbage collections: live JS heap, DOM nodes and event listeners, so what is
// counted is what the page still holds, not garbage waiting to be collected.

import type { CDPSession, Page } from '@playwright/test';

export interface PageMetrics {
  heapBytes: number;
  domNodes: number;
  listeners: number;
}

export async function pageMetrics(page: Page): Promise<PageMetrics> {
  const session: CDPSession = await page.context().newCDPSession(page);
  try {
    await session.send('Performance.enable');
    await session.send('HeapProfiler.collectGarbage');
    await session.send('HeapProfiler.collectGarbage');
    const { metrics } = await session.send('Performance.getMetrics');
    const read = (name: string) => {
      const found = metrics.find((metric) => metric.name === name);
      if (!found) throw new Error(`Chromium reported no ${name}`);
      return found.value;
    };
    return { heapBytes: read('JSHeapUsedSize'), domNodes: read('Nodes'), listeners: read('JSEventListeners') };
  } finally {
    await session.detach();
  }
}
