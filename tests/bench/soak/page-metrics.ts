// What the soak benchmark reads off the kiosk page between visits, through the DevTools protocol
// after two full garbage collections: live JS heap, DOM nodes and event listeners, so what is
// counted is what the page still holds, not garbage waiting to be collected; and the heap of the
// page's workers (the name-search engine), which has a heap of its own that the page's omits.

import type { Browser, CDPSession, Page } from '@playwright/test';

export interface PageMetrics {
  heapBytes: number;
  domNodes: number;
  listeners: number;
  /** Every dedicated worker's live heap, summed: the bench's page is the browser's only page. */
  workerHeapBytes: number;
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
    const browser = page.context().browser();
    if (!browser) throw new Error('soak: the page has no browser to reach its workers through');
    return {
      heapBytes: read('JSHeapUsedSize'),
      domNodes: read('Nodes'),
      listeners: read('JSEventListeners'),
      workerHeapBytes: await workerHeapBytes(browser),
    };
  } finally {
    await session.detach();
  }
}

/**
 * Playwright opens no CDP session on a worker, so the browser's session attaches to each and
 * speaks to it through Target messages: a full collection, then the heap in use.
 */
async function workerHeapBytes(browser: Browser): Promise<number> {
  const session = await browser.newBrowserCDPSession();
  try {
    const { targetInfos } = await session.send('Target.getTargets');
    let nextId = 1;
    const waiting = new Map<number, (result: unknown) => void>();
    session.on('Target.receivedMessageFromTarget', ({ message }) => {
      const reply = JSON.parse(message) as { id?: number; result?: unknown };
      if (reply.id !== undefined) waiting.get(reply.id)?.(reply.result);
    });
    let total = 0;
    for (const target of targetInfos.filter((info) => info.type === 'worker')) {
      const { sessionId } = await session.send('Target.attachToTarget', { targetId: target.targetId, flatten: false });
      const call = (method: string) =>
        new Promise<unknown>((resolve) => {
          const id = nextId++;
          waiting.set(id, resolve);
          void session.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method }) });
        });
      await call('HeapProfiler.collectGarbage');
      total += ((await call('Runtime.getHeapUsage')) as { usedSize: number }).usedSize;
      await session.send('Target.detachFromTarget', { sessionId });
    }
    return total;
  } finally {
    await session.detach();
  }
}
