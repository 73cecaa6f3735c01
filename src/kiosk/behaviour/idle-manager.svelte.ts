// Watches the screen for visitors (docs/design.md §6) and drives IdleTimer from real events and a
// clock: shows the "still there?" countdown when a visitor left something to reset, calls
// `onExpire` to reset the kiosk and begin the attract loop, and tells others (content switch, app
// update) whether it is quiet. Touches are read on window in the capture phase, so no screen can
// swallow them.

import { IdleTimer } from './idle-timer.ts';

/** A pause this long with no finger down counts as an idle moment for content switches (docs/design.md §5.3). */
export const QUIET_MS = 5000;
const TICK_MS = 250;

export interface IdleManagerOptions {
  idleSeconds: number;
  onExpire: () => void;
  /** Every tick, for work that waits for a quiet moment. */
  onTick?: () => void;
  /**
   * Something the visitor started is still going (a testimony playing): someone listening
   * without touching is not gone, so the kiosk does not reset under them.
   */
  isEngaged?: () => boolean;
  /**
   * A visitor left something an idle reset would undo (visitor-state.ts). Without it the prompt
   * is not shown: an untouched kiosk has nobody to ask.
   */
  hasVisitorState?: () => boolean;
  /** The first touch after start or after a reset: a visit begins (counted for the panel). */
  onVisit?: () => void;
  now?: () => number;
}

class IdleManager {
  /** True while the countdown prompt is up; only a tap on the prompt closes it. */
  warning = $state(false);
  secondsLeft = $state(0);
  #timer: IdleTimer | null = null;
  #now: () => number = Date.now;

  /** Starts watching; returns a function that stops it. */
  start(options: IdleManagerOptions, target: Window = window): () => void {
    this.#now = options.now ?? Date.now;
    const timer = new IdleTimer(options.idleSeconds * 1000, this.#now());
    this.#timer = timer;
    let visiting = false;
    const down = () => {
      timer.fingerDown(this.#now());
      if (visiting) return;
      visiting = true;
      options.onVisit?.();
    };
    const up = () => timer.fingerUp(this.#now());
    const activity = () => timer.activity(this.#now());
    const listeners: [string, () => void][] = [
      ['pointerdown', down],
      ['pointerup', up],
      ['pointercancel', up],
      ['keydown', activity],
      ['wheel', activity],
    ];
    for (const [type, listener] of listeners) target.addEventListener(type, listener, { capture: true, passive: true });

    const interval = setInterval(() => {
      if (options.isEngaged?.()) timer.activity(this.#now());
      const phase = timer.tick(this.#now());
      if (phase.kind === 'warning' && (this.warning || (options.hasVisitorState?.() ?? true))) {
        // The prompt stays up after a touch until it is tapped, so the tap that answers it
        // cannot fall through to a button that appears underneath.
        this.warning = true;
        this.secondsLeft = phase.secondsLeft;
      } else if (phase.kind === 'expired') {
        this.warning = false;
        visiting = false;
        options.onExpire();
      }
      options.onTick?.();
    }, TICK_MS);

    return () => {
      clearInterval(interval);
      for (const [type, listener] of listeners) target.removeEventListener(type, listener, { capture: true });
      this.#timer = null;
    };
  }

  /** The visitor answered the prompt. */
  dismissWarning(): void {
    this.#timer?.activity(this.#now());
    this.warning = false;
  }

  /** No finger down and no touch for `quietMs`: a change will not land under a visitor's hand. */
  isQuiet(quietMs: number = QUIET_MS): boolean {
    return this.#timer?.isQuiet(this.#now(), quietMs) ?? true;
  }
}

export const idleManager = new IdleManager();
