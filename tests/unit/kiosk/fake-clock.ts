// A kiosk's clocks for unit tests: a wall clock that can be set like a kiosk's, a monotonic clock
// that cannot, and Timers on the monotonic one, moved by the test instead of waited for.

import type { Timers } from '../../../src/kiosk/app/timers.ts';

export class FakeClock {
  wall: number;
  monotonic = 0;
  #timers: { dueAt: number; callback: () => void; id: number }[] = [];
  #ids = 0;

  constructor(wall: number) {
    this.wall = wall;
  }

  readonly timers: Timers = {
    setTimeout: (callback: () => void, delayMs: number) => {
      const id = ++this.#ids;
      this.#timers.push({ dueAt: this.monotonic + delayMs, callback, id });
      return id;
    },
    clearTimeout: (id: unknown) => {
      this.#timers = this.#timers.filter((timer) => timer.id !== id);
    },
  };

  /** Time passes, each timer firing when it is due. */
  advance(ms: number): void {
    const end = this.monotonic + ms;
    for (;;) {
      const due = this.#timers.filter((timer) => timer.dueAt <= end).sort((a, b) => a.dueAt - b.dueAt)[0];
      if (!due) break;
      this.#timers = this.#timers.filter((timer) => timer !== due);
      // A timer held up by a blocked thread fires late, when the thread runs again.
      const at = Math.max(due.dueAt, this.monotonic);
      this.wall += at - this.monotonic;
      this.monotonic = at;
      due.callback();
    }
    this.wall += end - this.monotonic;
    this.monotonic = end;
  }

  /** The thread is blocked for `ms`: time passes and no timer fires; the late ones fire after. */
  block(ms: number): void {
    this.wall += ms;
    this.monotonic += ms;
    this.advance(0);
  }
}
