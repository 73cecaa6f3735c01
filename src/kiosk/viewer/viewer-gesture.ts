// What one finger does on the full-screen image viewer (docs/design.md §6: pinch zoom stays
// locked, so a second finger is ignored): a drag, a swipe to the next or previous image, or a
// double tap. Times come with the events. No DOM.

import type { Point } from './viewer-geometry.ts';

/** A finger that moves less than this between down and up tapped; it did not drag. */
export const TAP_SLOP_PX = 12;
/** Two taps this close in time and place are a double tap. */
export const DOUBLE_TAP_MS = 350;
export const DOUBLE_TAP_SLOP_PX = 40;
/** A horizontal drag at least this long is a swipe to the neighbouring image. */
export const SWIPE_MIN_PX = 80;

export type GestureEnd =
  | { kind: 'none' }
  | { kind: 'double-tap'; at: Point }
  /** +1: to the next image (the finger moved left), -1: to the previous one. */
  | { kind: 'swipe'; direction: 1 | -1 };

interface Tap {
  at: Point;
  timeMs: number;
}

export class ViewerGesture {
  #pointer: number | null = null;
  #start: Point = { x: 0, y: 0 };
  #last: Point = { x: 0, y: 0 };
  #lastTap: Tap | null = null;

  /** How far the finger is from where it went down. */
  get offset(): Point {
    return { x: this.#last.x - this.#start.x, y: this.#last.y - this.#start.y };
  }

  get active(): boolean {
    return this.#pointer !== null;
  }

  /** False for a second finger while one is down: it is neither a pinch nor a new gesture. */
  down(pointer: number, at: Point): boolean {
    if (this.#pointer !== null) return false;
    this.#pointer = pointer;
    this.#start = at;
    this.#last = at;
    return true;
  }

  /** The movement since the last event of this finger, or null for another finger. */
  move(pointer: number, at: Point): Point | null {
    if (pointer !== this.#pointer) return null;
    const delta = { x: at.x - this.#last.x, y: at.y - this.#last.y };
    this.#last = at;
    return delta;
  }

  up(pointer: number, at: Point, timeMs: number): GestureEnd {
    if (pointer !== this.#pointer) return { kind: 'none' };
    this.#pointer = null;
    this.#last = at;
    const { x: dx, y: dy } = this.offset;
    if (Math.hypot(dx, dy) <= TAP_SLOP_PX) return this.#tap({ at, timeMs });
    this.#lastTap = null;
    if (Math.abs(dx) >= SWIPE_MIN_PX && Math.abs(dx) > Math.abs(dy)) return { kind: 'swipe', direction: dx < 0 ? 1 : -1 };
    return { kind: 'none' };
  }

  /** The browser took the finger (a system gesture): whatever it was doing ends without effect. */
  cancel(pointer: number): void {
    if (pointer !== this.#pointer) return;
    this.#pointer = null;
    this.#last = this.#start;
    this.#lastTap = null;
  }

  #tap(tap: Tap): GestureEnd {
    const previous = this.#lastTap;
    const isDouble =
      previous !== null &&
      tap.timeMs - previous.timeMs <= DOUBLE_TAP_MS &&
      Math.hypot(tap.at.x - previous.at.x, tap.at.y - previous.at.y) <= DOUBLE_TAP_SLOP_PX;
    this.#lastTap = isDouble ? null : tap;
    return isDouble ? { kind: 'double-tap', at: tap.at } : { kind: 'none' };
  }
}
