// The technician PIN typed on on-screen digits. Wrong tries lock the prompt for a delay that
// doubles with every further wrong try, so a curious visitor who found the corner cannot try
// all 10,000 four-digit PINs; the lock state is plain data, so it can outlive a reload. No DOM.

export const MAX_PIN_DIGITS = 8;
export const PIN_ATTEMPTS_BEFORE_LOCK = 5;
export const PIN_LOCK_MS = 60_000;
/** The longest lock: a technician who forgot the PIN waits at most this long per try. */
export const PIN_MAX_LOCK_MS = 3_600_000;
/** The PIN of the demo kiosk-config (README); the panel warns while it is in use. */
export const DEMO_TECHNICIAN_PIN = '2468';

export type PinOutcome = 'accepted' | 'wrong' | 'locked';

/** Whether typed digits are the PIN: a plain comparison, or a check against a PBKDF2 hash. */
export type PinCheck = (typed: string) => Promise<boolean>;

export interface PinLockState {
  /** Wrong tries since the last right one. */
  failures: number;
  /** ms since the epoch; 0 when not locked. */
  lockedUntilMs: number;
}

/** The lock after the `failures`-th wrong try in a row: none at first, then 1, 2, 4… minutes. */
export function lockMsAfter(failures: number): number {
  if (failures < PIN_ATTEMPTS_BEFORE_LOCK) return 0;
  return Math.min(PIN_MAX_LOCK_MS, PIN_LOCK_MS * 2 ** (failures - PIN_ATTEMPTS_BEFORE_LOCK));
}

export class PinEntry {
  digits = '';
  #state: PinLockState;

  constructor(
    readonly check: PinCheck,
    state: PinLockState = { failures: 0, lockedUntilMs: 0 },
  ) {
    this.#state = { ...state };
  }

  get lockState(): PinLockState {
    return { ...this.#state };
  }

  press(digit: string): void {
    if (/^\d$/.test(digit) && this.digits.length < MAX_PIN_DIGITS) this.digits += digit;
  }

  backspace(): void {
    this.digits = this.digits.slice(0, -1);
  }

  isLocked(nowMs: number): boolean {
    return nowMs < this.#state.lockedUntilMs;
  }

  /** Checks the digits typed so far and clears them. */
  async submit(nowMs: number): Promise<PinOutcome> {
    const typed = this.digits;
    this.digits = '';
    if (this.isLocked(nowMs)) return 'locked';
    if (await this.check(typed)) {
      this.#state = { failures: 0, lockedUntilMs: 0 };
      return 'accepted';
    }
    const failures = this.#state.failures + 1;
    const lockMs = lockMsAfter(failures);
    this.#state = { failures, lockedUntilMs: lockMs > 0 ? nowMs + lockMs : 0 };
    return lockMs > 0 ? 'locked' : 'wrong';
  }
}

/** The check for a plain `technicianPin`, compared as typed. */
export function plainPinCheck(pin: string): PinCheck {
  return (typed) => Promise.resolve(typed === pin);
}
