// Timers that fire only when a test advances its clock, for the managers that take Timers
// (the sync scheduler, the heartbeat), so schedules are checked without waiting.

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

  async advance(ms: number): Promise<void> {
    this.now += ms;
    for (const [handle, timer] of [...this.pending]) {
      if (timer.at > this.now) continue;
      this.pending.delete(handle);
      timer.callback();
    }
    await flushMicrotasks();
  }
}

export async function flushMicrotasks(): Promise<void> {
  for (let i = 0; i < 10; i++) await Promise.resolve();
}
