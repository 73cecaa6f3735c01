// Decides when a kiosk is unattended (docs/design.md §6): after `idleMs` without a touch it expires
// once, with a "still there?" warning before. Also answers "is it quiet?" for changes that must
// never happen under a visitor's finger (new content, app updates). No DOM, clock passed in.

/** The "still there?" prompt shows for the last 10 s, a comfortable time to reach the screen. */
export const IDLE_WARNING_MS = 10_000;
/**
 * A finger held longer than this is taken as a lost `pointerup` (a cable knocked, a browser
 * that dropped the event), so a stuck count cannot keep the kiosk from ever resetting.
 */
export const STUCK_FINGER_MS = 120_000;

export type IdlePhase =
  | { kind: 'active' }
  | { kind: 'warning'; secondsLeft: number }
  /** Returned once per idle period: the caller resets the kiosk. */
  | { kind: 'expired' }
  /** Already reset; waiting for the next visitor. */
  | { kind: 'resting' };

export class IdleTimer {
  readonly #idleMs: number;
  readonly #warningMs: number;
  #lastActivityMs: number;
  #fingersDown = 0;
  #resting = false;

  constructor(idleMs: number, nowMs: number) {
    this.#idleMs = idleMs;
    // Never warn for more than half the timeout, so a short timeout is not all countdown.
    this.#warningMs = Math.min(IDLE_WARNING_MS, idleMs / 2);
    this.#lastActivityMs = nowMs;
  }

  /** Any touch, key or wheel: a visitor is here. */
  activity(nowMs: number): void {
    this.#lastActivityMs = nowMs;
    this.#resting = false;
  }

  fingerDown(nowMs: number): void {
    this.#fingersDown += 1;
    this.activity(nowMs);
  }

  fingerUp(nowMs: number): void {
    this.#fingersDown = Math.max(0, this.#fingersDown - 1);
    this.activity(nowMs);
  }

  /** A finger is on the screen (and has not been there suspiciously long). */
  isTouching(nowMs: number): boolean {
    return this.#fingersDown > 0 && nowMs - this.#lastActivityMs < STUCK_FINGER_MS;
  }

  /** No finger down and no activity for `quietMs`. */
  isQuiet(nowMs: number, quietMs: number): boolean {
    return !this.isTouching(nowMs) && nowMs - this.#lastActivityMs >= quietMs;
  }

  /** Where the idle period stands; `expired` comes exactly once until the next activity. */
  tick(nowMs: number): IdlePhase {
    if (this.#resting) return { kind: 'resting' };
    if (this.isTouching(nowMs)) return { kind: 'active' };
    const leftMs = this.#lastActivityMs + this.#idleMs - nowMs;
    if (leftMs <= 0) {
      this.#resting = true;
      return { kind: 'expired' };
    }
    if (leftMs <= this.#warningMs) return { kind: 'warning', secondsLeft: Math.ceil(leftMs / 1000) };
    return { kind: 'active' };
  }
}
