// The browser's side of the timeline's motion: its frame clock, and the visitor's wish for less
// motion (docs/design.md §7), read at each move so a changed setting counts at once.

import type { FrameClock } from './timeline-view.svelte.ts';

export const browserFrameClock: FrameClock = {
  now: () => performance.now(),
  request: (callback) => requestAnimationFrame(callback),
  cancel: (handle) => cancelAnimationFrame(handle),
};

export function prefersReducedMotion(): boolean {
  return matchMedia('(prefers-reduced-motion: reduce)').matches;
}
