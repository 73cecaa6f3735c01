// The feed host's network cut, for the fault tests: wholly, or after a share of the bytes a sync needs:
// objects go whole, in the order the kiosk asks for them, until the next would pass the cut;
// that one gets only its bytes up to the cut, and every request after (the manifest too) fails as
// with no network, until `restore`. Counts object requests per path.

import type { BrowserContext, Page, Route } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { E2E_FEED_DIR } from './e2e-paths.ts';

/** The feed unreachable for every page of `context`, until the returned function is called. */
export async function cutFeed(context: BrowserContext): Promise<() => Promise<void>> {
  const cut = (route: Route) => route.abort('internetdisconnected');
  await context.route('**/feed/**', cut);
  return () => context.unroute('**/feed/**', cut);
}

export class NetworkCut {
  /** Feed paths of the objects sent whole before the cut. */
  readonly served = new Set<string>();
  /** The object the cut fell in, if it fell in one. */
  truncated: string | null = null;
  /** Every object request, by feed path, in order. */
  readonly requests: string[] = [];
  #sentBytes = 0;
  #cut = false;
  #restored = false;

  constructor(readonly cutBytes: number) {}

  async attach(page: Page): Promise<void> {
    await page.route('**/feed/**', (route) => this.#handle(route));
  }

  /** The network is back: every request passes from now on. */
  restore(): void {
    this.#restored = true;
  }

  get cut(): boolean {
    return this.#cut;
  }

  async #handle(route: Route): Promise<void> {
    const feedPath = new URL(route.request().url()).pathname.slice('/feed/'.length);
    const isObject = feedPath.startsWith('objects/');
    if (isObject) this.requests.push(feedPath);
    if (this.#restored || (!this.#cut && !isObject)) return route.continue();
    if (this.#cut) return route.abort('internetdisconnected');
    const body = readFileSync(path.join(E2E_FEED_DIR, feedPath));
    if (this.#sentBytes + body.length <= this.cutBytes) {
      this.#sentBytes += body.length;
      this.served.add(feedPath);
      return route.fulfill({ body, contentType: 'application/octet-stream' });
    }
    this.#cut = true;
    this.truncated = feedPath;
    // The length the host announced, and the bytes that came before the cut. (Chromium ends the
    // body there without an error: the kiosk's size check is what refuses it.)
    return route.fulfill({
      body: body.subarray(0, this.cutBytes - this.#sentBytes),
      headers: { 'content-type': 'application/octet-stream', 'content-length': String(body.length) },
    });
  }
}
