// Kills the kiosk at chosen moments of a sync, for the fault tests, with nothing closed or flushed
// first: its page's renderer crashes (CDP Page.crash), and the browser with the store it keeps
// lives on for the reopened page; or the whole browser crashes (CDP Browser.crash) over a profile
// on disk, which a new browser then opens. For the moments of the switch (docs/design.md §5.3), an
// init script watches the page's IndexedDB for the write of the active pointer, and keeps that
// transaction busy until the kiosk is dead, or waits for its commit.

import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { E2E_BASE_URL } from './e2e-paths.ts';
import { CHROMIUM_ARGS, findChromium } from './find-chromium.ts';
import { cutFeed } from './network-cut.ts';

/** A browser of its own over `userDataDir`, as a kiosk PC's, at the test server's address. */
export function launchKioskBrowser(userDataDir: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(userDataDir, {
    executablePath: findChromium()?.executablePath,
    args: CHROMIUM_ARGS,
    baseURL: E2E_BASE_URL,
    viewport: { width: 1920, height: 1080 },
    hasTouch: true,
    serviceWorkers: 'block',
  });
}

/** The whole browser process crashes; resolves once Playwright has seen it go. */
export async function crashBrowser(page: Page): Promise<void> {
  const context = page.context();
  const closed = new Promise<void>((resolve) => context.once('close', () => resolve()));
  const cdp = await context.newCDPSession(page);
  void cdp.send('Browser.crash').catch(() => undefined);
  await closed;
}

export async function crashPage(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  const crashed = page.waitForEvent('crash');
  // The renderer dies before it could answer.
  void cdp.send('Page.crash').catch(() => undefined);
  await crashed;
}

/** `inside`: the switch's transaction has written the pointer and not committed; `committed`: it has. */
export type SwitchMoment = 'inside' | 'committed';

/** Before the page loads. `dead` resolves once `kill` ended the kiosk at that moment of the switch to `version`. */
export async function crashAtSwitch(
  page: Page,
  version: number,
  moment: SwitchMoment,
  kill: (page: Page) => Promise<void> = crashPage,
): Promise<{ dead: Promise<void> }> {
  let died!: () => void;
  const dead = new Promise<void>((resolve) => (died = resolve));
  await page.exposeFunction('__eskeAtSwitch', () => void kill(page).then(died));
  await page.addInitScript(
    ({ version, moment }) => {
      const put = IDBObjectStore.prototype.put;
      const atSwitch = () => (window as unknown as { __eskeAtSwitch: () => void }).__eskeAtSwitch();
      IDBObjectStore.prototype.put = function (this: IDBObjectStore, value: unknown, key?: IDBValidKey) {
        const request = put.call(this, value, key);
        const store = request.source as IDBObjectStore;
        const row = value as { key?: unknown; value?: unknown } | null;
        if (store.name === 'meta' && row?.key === 'activeVersion' && row.value === version) {
          if (moment === 'committed') {
            request.transaction?.addEventListener('complete', atSwitch);
          } else {
            // One read after another, for ever: a transaction with a request pending cannot commit.
            const spin = () => (store.get('activeVersion').onsuccess = spin);
            request.addEventListener('success', () => {
              spin();
              atSwitch();
            });
          }
        }
        return request;
      };
    },
    { version, moment },
  );
  return { dead };
}

/** A new page of the same browser, with the feed unreachable until `restore`, so that the store is read as the kill left it. */
export async function reopen(
  context: BrowserContext,
): Promise<{ page: Page; objectRequests: string[]; restore: () => Promise<void> }> {
  const restore = await cutFeed(context);
  const page = await context.newPage();
  const objectRequests: string[] = [];
  page.on('request', (request) => {
    const { pathname } = new URL(request.url());
    if (pathname.startsWith('/feed/objects/')) objectRequests.push(pathname.slice('/feed/'.length));
  });
  await page.goto('/');
  return { page, objectRequests, restore };
}
