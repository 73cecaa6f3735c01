// The hidden gesture that opens the technician PIN prompt (docs/design.md §6): five taps within three
// seconds in an invisible corner. A visitor leaning on the screen rarely taps the same corner
// five times that fast. No DOM, clock passed in.

export const TECHNICIAN_TAPS = 5;
export const TECHNICIAN_TAP_WINDOW_MS = 3000;

export class TapGesture {
  #tapsMs: number[] = [];

  constructor(
    readonly taps = TECHNICIAN_TAPS,
    readonly windowMs = TECHNICIAN_TAP_WINDOW_MS,
  ) {}

  /** Records a tap; true when it completes the gesture (which then starts over). */
  tap(nowMs: number): boolean {
    this.#tapsMs = [...this.#tapsMs.filter((at) => nowMs - at < this.windowMs), nowMs];
    if (this.#tapsMs.length < this.taps) return false;
    this.#tapsMs = [];
    return true;
  }
}
