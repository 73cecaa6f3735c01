// The way into the technician panel (docs/design.md §6.1): the hidden corner gesture opens a PIN
// prompt, and the right PIN opens the panel. The gesture and the PIN rules live in behaviour/;
// this instance holds what the prompt shows and keeps the lock across reloads.

import { verifyPin } from '../../feed/pin-hash.ts';
import { PinEntry, plainPinCheck, type PinLockState, type PinOutcome } from '../behaviour/pin-entry.ts';
import { TapGesture } from '../behaviour/tap-gesture.ts';

/** From kiosk-config: a hash (`technicianPinHash`), or a plain PIN the panel warns about. */
export interface TechnicianSecret {
  pin?: string | undefined;
  pinHash?: string | undefined;
}

/** Where the lock state outlives a reload (localStorage in the app). */
export interface PinLockMemory {
  read: () => PinLockState | null;
  write: (state: PinLockState) => void;
}

const NO_MEMORY: PinLockMemory = { read: () => null, write: () => {} };

class TechnicianAccess {
  promptOpen = $state(false);
  /** How many digits are typed; the prompt shows dots, never the digits. */
  typedCount = $state(0);
  lastOutcome = $state<Exclude<PinOutcome, 'accepted'> | null>(null);
  /** While locked: whole minutes until the next try, for the prompt's message. */
  lockMinutes = $state(0);
  #gesture = new TapGesture();
  #entry = new PinEntry(() => Promise.resolve(false));
  /** A plain PIN is checked once it has its length, as on a door keypad; a hashed one on Enter. */
  #autoSubmitLength: number | null = null;
  #memory: PinLockMemory = NO_MEMORY;
  #onUnlock: () => void = () => {};

  configure(secret: TechnicianSecret, onUnlock: () => void, memory: PinLockMemory = NO_MEMORY): void {
    const hash = secret.pinHash;
    const check = hash ? (typed: string) => verifyPin(typed, hash) : plainPinCheck(secret.pin ?? '');
    this.#memory = memory;
    this.#entry = new PinEntry(check, memory.read() ?? undefined);
    this.#autoSubmitLength = hash ? null : (secret.pin?.length ?? null);
    this.#onUnlock = onUnlock;
  }

  cornerTap(nowMs: number = Date.now()): void {
    if (this.#gesture.tap(nowMs)) this.#open();
  }

  async press(digit: string, nowMs: number = Date.now()): Promise<void> {
    this.#entry.press(digit);
    this.#sync();
    if (this.#entry.digits.length === this.#autoSubmitLength) await this.submit(nowMs);
  }

  backspace(): void {
    this.#entry.backspace();
    this.#sync();
  }

  async submit(nowMs: number = Date.now()): Promise<void> {
    const submitted = this.#entry.submit(nowMs);
    this.#sync();
    const outcome = await submitted;
    this.#memory.write(this.#entry.lockState);
    if (outcome === 'accepted') {
      this.close();
      this.#onUnlock();
    } else {
      this.#showOutcome(outcome, nowMs);
    }
  }

  close(): void {
    while (this.#entry.digits !== '') this.#entry.backspace();
    this.promptOpen = false;
    this.lastOutcome = null;
    this.#sync();
  }

  #open(): void {
    this.promptOpen = true;
    const nowMs = Date.now();
    this.lastOutcome = null;
    if (this.#entry.isLocked(nowMs)) this.#showOutcome('locked', nowMs);
  }

  #showOutcome(outcome: Exclude<PinOutcome, 'accepted'>, nowMs: number): void {
    this.lastOutcome = outcome;
    this.lockMinutes = Math.max(1, Math.ceil((this.#entry.lockState.lockedUntilMs - nowMs) / 60_000));
  }

  #sync(): void {
    this.typedCount = this.#entry.digits.length;
  }
}

export const technicianAccess = new TechnicianAccess();

/** localStorage: survives reloads; a browser that refuses it keeps the lock for this page only. */
export const localPinLockMemory: PinLockMemory = {
  read: () => {
    try {
      const value: unknown = JSON.parse(window.localStorage.getItem('eske.pin-lock') ?? 'null');
      if (typeof value !== 'object' || value === null) return null;
      const { failures, lockedUntilMs } = value as Record<string, unknown>;
      return typeof failures === 'number' && typeof lockedUntilMs === 'number' ? { failures, lockedUntilMs } : null;
    } catch {
      return null;
    }
  },
  write: (state) => {
    try {
      window.localStorage.setItem('eske.pin-lock', JSON.stringify(state));
    } catch {
      // Private mode or a full quota: the lock holds until the page reloads.
    }
  },
};
