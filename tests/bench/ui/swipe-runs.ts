// Swipes along the timeline in Chromium with touch events (CDP Input.dispatchTouchEvent: a
// finger down, moves every 16 ms, lifted while moving, so it flings), and records the page's
// frames over each swipe and the glide after it. (Input.synthesizeScrollGesture with touch
// moves no native scroller in headless Chromium, so it could not drive the peer.) The same swipes run
// over Eske's track and over a browser-native baseline: the same track, cloned, in a plain
// overflow-x scroller the browser scrolls itself. Measures, never asserts.

import type { CDPSession, Page } from '@playwright/test';
import { setTimeout as sleep } from 'node:timers/promises';

/** A brisk visitor's swipe: 700 px in 20 moves 16 ms apart, about 2,000 px/s. */
const SWIPE_PX = 700;
const SWIPE_MOVES = 20;
const MOVE_INTERVAL_MS = 16;
/** Frames recorded after the finger lifts: a glide of Eske's (τ = 325 ms) is at rest by then. */
const GLIDE_MS = 1500;
const TRACK = '[data-testid="timeline-track"]';
const NATIVE_MARKER = 'native-scroller';
const NATIVE = `[data-bench="${NATIVE_MARKER}"]`;

export interface SwipeRun {
  /** Frame timestamps (ms) from the gesture's start to GLIDE_MS after it ended. */
  frames: number[];
  /** How far the content moved, in px. */
  movedPx: number;
}

/** Where the swiped content is: the track's offset, or the native scroller's scrollLeft. */
async function position(page: Page, native: boolean): Promise<number> {
  return page.evaluate(
    ([selector, isNative]) => {
      const element = document.querySelector(selector)!;
      if (isNative) return element.scrollLeft;
      const layer = element.firstElementChild!;
      return -new DOMMatrix(getComputedStyle(layer).transform).m41;
    },
    [native ? NATIVE : TRACK, native] as const,
  );
}

async function swipeOnce(page: Page, cdp: CDPSession, native: boolean, forward: boolean): Promise<SwipeRun> {
  const box = (await page.locator(native ? NATIVE : TRACK).boundingBox())!;
  const before = await position(page, native);
  const start = { x: box.x + box.width * (forward ? 0.7 : 0.3), y: box.y + box.height * 0.6 };
  // Forward is a finger moving left.
  const step = (forward ? -SWIPE_PX : SWIPE_PX) / SWIPE_MOVES;
  await page.evaluate(() => window.__eskeUiProbe!.startFrames());
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [start] });
  for (let move = 1; move <= SWIPE_MOVES; move++) {
    await sleep(MOVE_INTERVAL_MS);
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: start.x + step * move, y: start.y }] });
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await sleep(GLIDE_MS);
  const frames = await page.evaluate(() => window.__eskeUiProbe!.stopFrames());
  return { frames, movedPx: Math.abs((await position(page, native)) - before) };
}

/** `count` swipes forward along the track, turning back at its end. */
async function swipeAlong(page: Page, native: boolean, count: number): Promise<SwipeRun[]> {
  const cdp = await page.context().newCDPSession(page);
  const runs: SwipeRun[] = [];
  let forward = true;
  try {
    for (let swipe = 0; swipe < count; swipe++) {
      const run = await swipeOnce(page, cdp, native, forward);
      runs.push(run);
      if (run.movedPx < 1) forward = !forward;
    }
  } finally {
    await cdp.detach();
  }
  return runs;
}

/** Swipes Eske's track, which must be on screen. */
export function swipeEske(page: Page, count: number): Promise<SwipeRun[]> {
  return swipeAlong(page, false, count);
}

/**
 * Swaps Eske's track for the browser-native baseline and swipes that: a clone of the track
 * (its bands, scale and every card, with the thumbnails Eske's swipes loaded) without the
 * transform, in a scroller laid where the track was, which the browser scrolls and flings on
 * its own. The kiosk app underneath stays as it is.
 */
export async function swipeNative(page: Page, count: number): Promise<SwipeRun[]> {
  await page.evaluate(
    ([track, marker]) => {
      const original = document.querySelector<HTMLElement>(track)!;
      const box = original.getBoundingClientRect();
      const scroller = original.cloneNode(true) as HTMLElement;
      scroller.removeAttribute('data-testid');
      scroller.setAttribute('data-bench', marker);
      Object.assign(scroller.style, {
        position: 'fixed',
        left: `${box.left}px`,
        top: `${box.top}px`,
        width: `${box.width}px`,
        height: `${box.height}px`,
        overflowX: 'auto',
        overflowY: 'hidden',
        touchAction: 'pan-x',
        overscrollBehavior: 'contain',
        zIndex: '10',
      });
      const layer = scroller.firstElementChild as HTMLElement;
      layer.style.transform = 'none';
      layer.style.willChange = 'auto';
      original.style.visibility = 'hidden';
      document.body.append(scroller);
    },
    [TRACK, NATIVE_MARKER] as const,
  );
  return swipeAlong(page, true, count);
}
