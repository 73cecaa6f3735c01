// The attract loop between visitors (docs/design.md §6): after an idle reset, the exhibit's attract
// slides follow one another, each for SLIDE_MS, round and round, until a touch starts a visit.
// Which slide shows and when it changes live here; the screen only draws them. Timers are
// injected, so tests drive it without waiting.

import { browserTimers, type Timers } from '../app/timers.ts';

/** Long enough to read a slide's two or three lines slowly, short enough that passers-by see several. */
export const SLIDE_MS = 9_000;

export class AttractLoop {
  active = $state(false);
  /** The slide on show, from 0. */
  index = $state(0);
  /** The slide it replaced, kept under it while the new one fades in; null for the first. */
  previous = $state<number | null>(null);

  readonly #timers: Timers;
  #slideCount: () => number = () => 0;
  #timer: unknown = null;

  constructor(timers: Timers = browserTimers) {
    this.#timers = timers;
  }

  /**
   * Begins at the first slide; already running, it runs on. `slideCount` is read at each change,
   * so content that switches meanwhile is followed; an exhibit without slides has no loop.
   */
  start(slideCount: () => number): void {
    this.#slideCount = slideCount;
    if (this.active || slideCount() === 0) return;
    this.active = true;
    this.index = 0;
    this.previous = null;
    this.#schedule();
  }

  /** A visitor touched the screen. */
  stop(): void {
    if (this.#timer !== null) this.#timers.clearTimeout(this.#timer);
    this.#timer = null;
    this.active = false;
    this.previous = null;
  }

  #schedule(): void {
    this.#timer = this.#timers.setTimeout(() => this.#advance(), SLIDE_MS);
  }

  #advance(): void {
    const count = this.#slideCount();
    if (count === 0) return this.stop();
    const next = (this.index + 1) % count;
    // One slide left (or new content with one): nothing to change to, and nothing to fade.
    this.previous = next === this.index ? null : this.index;
    this.index = next;
    this.#schedule();
  }
}

export const attractLoop = new AttractLoop();
