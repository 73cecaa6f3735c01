// Timers (src/kiosk/app/timers.ts) that fire only when a test advances its clock, for the managers
// that take Timers (the sync scheduler, the heartbeat, the attract loop), so schedules are checked
// without waiting.

import type { Timers } from '../../../src/kiosk/app/timers.ts';

export class ManualTimers implements Timers {
  now = 0;
  #next = 1;
  readonly pending = new Map<number, { at: number; callback: () => void }>();

  setTimeout(callback: () => void, delayMs: number): number {
    const handle = this.#next++;
    this.pending.set(handle, { at: this.now + delayMs, callback });
    return handle;
  }

  clearTimeout(handle: unknown): void {
    this.pending.delete(handle as number);
  }

  /** The delay of the one pending timer. */
  get delay(): number {
    const [timer, ...rest] = this.pending.values();
    if (!timer || rest.length > 0) throw new Error(`expected one pending timer, found ${this.pending.size}`);
    return timer.at - this.now;
  }

  /** Moves on `ms`, running each timer due on the way in the order they fall due, those they set included. */
  async advance(ms: number): Promise<void> {
    const end = this.now + ms;
    for (;;) {
      const due = [...this.pending].filter(([, timer]) => timer.at <= end).sort(([, a], [, b]) => a.at - b.at)[0];
      if (!due) break;
      const [handle, timer] = due;
      this.pending.delete(handle);
      this.now = timer.at;
      timer.callback();
    }
    this.now = end;
    await flushMicrotasks();
  }
}

export async function flushMicrotasks(): Promise<void> {
  for (let i = 0; i < 10; i++) await Promise.resolve();
}
