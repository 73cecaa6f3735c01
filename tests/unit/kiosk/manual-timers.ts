// A Timers (src/kiosk/app/timers.ts) that runs only when a test moves it on, so managers that
// wait for seconds are tested at once.

import type { Timers } from '../../../src/kiosk/app/timers.ts';

export class ManualTimers implements Timers {
  #nowMs = 0;
  #ids = 0;
  #pending: { id: number; dueMs: number; callback: () => void }[] = [];

  setTimeout(callback: () => void, delayMs: number): unknown {
    const id = ++this.#ids;
    this.#pending.push({ id, dueMs: this.#nowMs + delayMs, callback });
    return id;
  }

  clearTimeout(handle: unknown): void {
    this.#pending = this.#pending.filter((timer) => timer.id !== handle);
  }

  /** Moves on `ms`, running each timer due on the way in order. */
  advance(ms: number): void {
    const endMs = this.#nowMs + ms;
    for (;;) {
      const due = this.#pending.filter((timer) => timer.dueMs <= endMs).sort((a, b) => a.dueMs - b.dueMs)[0];
      if (!due) break;
      this.#pending = this.#pending.filter((timer) => timer !== due);
      this.#nowMs = due.dueMs;
      due.callback();
    }
    this.#nowMs = endMs;
  }

  get pendingCount(): number {
    return this.#pending.length;
  }
}
