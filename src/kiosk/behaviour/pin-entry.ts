// The technician PIN typed on on-screen digits. After a few wrong tries it locks for a minute,
// so a curious visitor who found the corner cannot try all 10,000 four-digit PINs. No DOM.

export const MAX_PIN_DIGITS = 8;
export const PIN_ATTEMPTS_BEFORE_LOCK = 5;
export const PIN_LOCK_MS = 60_000;
/** The PIN of the demo kiosk-config (README); the panel warns while it is in use. */
export const DEMO_TECHNICIAN_PIN = '2468';

export type PinOutcome = 'accepted' | 'wrong' | 'locked';

export class PinEntry {
  digits = '';
  #failures = 0;
  #lockedUntilMs = 0;

  constructor(readonly pin: string) {}

  press(digit: string): void {
    if (/^\d$/.test(digit) && this.digits.length < MAX_PIN_DIGITS) this.digits += digit;
  }

  backspace(): void {
    this.digits = this.digits.slice(0, -1);
  }

  isLocked(nowMs: number): boolean {
    return nowMs < this.#lockedUntilMs;
  }

  /** Checks the digits typed so far and clears them. */
  submit(nowMs: number): PinOutcome {
    const typed = this.digits;
    this.digits = '';
    if (this.isLocked(nowMs)) return 'locked';
    if (typed === this.pin) {
      this.#failures = 0;
      return 'accepted';
    }
    this.#failures += 1;
    if (this.#failures >= PIN_ATTEMPTS_BEFORE_LOCK) {
      this.#failures = 0;
      this.#lockedUntilMs = nowMs + PIN_LOCK_MS;
      return 'locked';
    }
    return 'wrong';
  }
}
