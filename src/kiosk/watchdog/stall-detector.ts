// Tells a stalled main thread from its timer ticks (docs/design.md §6.6): a page cannot watch
// itself while it is blocked, but when it runs again the gap since its last tick says how long
// it was held. Monotonic time only, so a wall-clock correction is no stall. No DOM.

export class StallDetector {
  #lastTickMs: number | null = null;

  constructor(readonly stallMs: number) {}

  /** A tick at `monotonicMs`; returns the gap since the last tick when it reached `stallMs`, else null. */
  tick(monotonicMs: number): number | null {
    const last = this.#lastTickMs;
    this.#lastTickMs = monotonicMs;
    if (last === null) return null;
    const gapMs = monotonicMs - last;
    return gapMs >= this.stallMs ? gapMs : null;
  }

  /** Forget the last tick: a hidden page's timers are throttled by the browser, which is no stall. */
  reset(): void {
    this.#lastTickMs = null;
  }
}
