// The way into the technician panel (docs/design.md §6): the hidden corner gesture opens a PIN prompt,
// and the right PIN opens the panel. The gesture and the PIN rules live in behaviour/; this
// instance holds what the prompt shows.

import { PinEntry, type PinOutcome } from '../behaviour/pin-entry.ts';
import { TapGesture } from '../behaviour/tap-gesture.ts';

class TechnicianAccess {
  promptOpen = $state(false);
  /** How many digits are typed; the prompt shows dots, never the digits. */
  typedCount = $state(0);
  lastOutcome = $state<Exclude<PinOutcome, 'accepted'> | null>(null);
  #gesture = new TapGesture();
  #entry = new PinEntry('');
  #onUnlock: () => void = () => {};

  configure(pin: string, onUnlock: () => void): void {
    this.#entry = new PinEntry(pin);
    this.#onUnlock = onUnlock;
  }

  cornerTap(nowMs: number = Date.now()): void {
    if (this.#gesture.tap(nowMs)) this.#open();
  }

  /** A digit; the PIN is checked as soon as it has the PIN's length, as on a door keypad. */
  press(digit: string, nowMs: number = Date.now()): void {
    this.#entry.press(digit);
    this.#sync();
    if (this.#entry.digits.length === this.#entry.pin.length) this.submit(nowMs);
  }

  backspace(): void {
    this.#entry.backspace();
    this.#sync();
  }

  submit(nowMs: number = Date.now()): void {
    const outcome = this.#entry.submit(nowMs);
    this.#sync();
    if (outcome === 'accepted') {
      this.close();
      this.#onUnlock();
    } else {
      this.lastOutcome = outcome;
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
    this.lastOutcome = null;
  }

  #sync(): void {
    this.typedCount = this.#entry.digits.length;
  }
}

export const technicianAccess = new TechnicianAccess();
