// Sees the kiosk's recordings from outside: Howler's audio is in no document, so each media
// element the page loads or plays is remembered, and the latest one holding a stored recording
// (a blob: URL) is read back.

import type { Page } from '@playwright/test';

export interface MediaState {
  currentTime: number;
  playbackRate: number;
  paused: boolean;
}

/** Call before the page loads. */
export async function watchMedia(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen: HTMLMediaElement[] = [];
    const keep = (element: HTMLMediaElement) => {
      if (!seen.includes(element)) seen.push(element);
    };
    const { load, play } = HTMLMediaElement.prototype;
    HTMLMediaElement.prototype.load = function (this: HTMLMediaElement) {
      keep(this);
      load.call(this);
    };
    HTMLMediaElement.prototype.play = function (this: HTMLMediaElement) {
      keep(this);
      return play.call(this);
    };
    (window as unknown as { eskeMedia: () => MediaState | null }).eskeMedia = () => {
      const element = seen.filter((candidate) => candidate.src.startsWith('blob:')).at(-1);
      return element ? { currentTime: element.currentTime, playbackRate: element.playbackRate, paused: element.paused } : null;
    };
  });
}

/** The latest recording, null when none is loaded (a stopped player lets its blob URL go). */
export async function media(page: Page): Promise<MediaState | null> {
  return page.evaluate(() => (window as unknown as { eskeMedia: () => MediaState | null }).eskeMedia());
}
