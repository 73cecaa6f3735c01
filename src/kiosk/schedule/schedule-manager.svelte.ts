// Keeps the scheduled mode on screen (docs/design.md §6.2): evaluates the schedule at start, at
// every minute boundary, and after the wall clock jumps (a kiosk without a real-time clock boots
// in 2000 and corrects itself later), so the right mode shows within a minute of the clock being
// right. Decides which scheduled screen shows: a visitor keeps their visit, the technician's
// preview shows one mode for a short while. The clock and timers are injected for tests.

import type { Schedule } from '../../feed/schedule-schema.ts';
import { browserTimers, type Timers } from '../app/timers.ts';
import { evaluateSchedule, type ModeChange, type ScheduledMode, type ScheduleState } from './evaluate-schedule.ts';

const MINUTE_MS = 60_000;
/** Past the minute boundary, so the evaluation reads the new minute even on a timer that fires a little early. */
const TICK_AFTER_BOUNDARY_MS = 20;
/** Wall clock and monotonic clock may part by timer lateness and NTP slewing; more than this is a jump. */
export const CLOCK_JUMP_MS = 5_000;
/** How long the technician's preview of a mode shows unless touched. */
export const PREVIEW_MS = 15_000;

export interface ScheduleManagerOptions {
  schedule: Schedule;
  timeZone: string;
  /** True while a visitor is using the kiosk: a scheduled screen that begins then waits for their idle reset. */
  isVisitActive: () => boolean;
  /** After each change of the scheduled mode (not of the preview). */
  onModeChange?: (state: ScheduleState, previous: ScheduledMode) => void;
  /** The wall clock moved `deltaMs` more than the time that passed (negative: it went back). */
  onClockJump?: (deltaMs: number) => void;
  now?: () => number;
  /** A clock the wall clock's corrections do not move (performance.now). */
  monotonic?: () => number;
  timers?: Timers;
}

class ScheduleManager {
  mode = $state<ScheduledMode>('open');
  next = $state.raw<ModeChange | null>(null);
  /** The wall-clock instant of the latest evaluation, for texts such as "opens tomorrow". */
  checkedAt = $state(0);
  /** The mode a technician previews, over whatever is scheduled. */
  preview = $state<ScheduledMode | null>(null);
  /**
   * A visitor took over from Remembrance, or was mid-visit when Remembrance or closed hours began:
   * the scheduled screen waits for their idle reset. A minute of silence does not wait.
   */
  visiting = $state(false);
  /** What the screen shows: a scheduled screen, or 'open' for the exhibit. */
  shown = $derived<ScheduledMode>(this.preview ?? (this.mode === 'silence' || !this.visiting ? this.mode : 'open'));

  #options: ScheduleManagerOptions | null = null;
  #timer: unknown = null;
  #previewTimer: unknown = null;
  #last: { wall: number; monotonic: number } | null = null;

  /** Evaluates now and keeps evaluating until the returned stop is called. */
  start(options: ScheduleManagerOptions): () => void {
    this.stop();
    this.#options = options;
    this.#last = null;
    this.#apply(evaluateSchedule(this.#now(), options.timeZone, options.schedule), true);
    this.#schedule();
    return () => this.stop();
  }

  stop(): void {
    if (this.#timer !== null) this.#timers().clearTimeout(this.#timer);
    this.#timer = null;
    this.endPreview();
    this.#options = null;
  }

  /** A visitor touched the Remembrance display to search: the exhibit is theirs until the idle reset. */
  visitorTakesOver(): void {
    this.visiting = true;
  }

  /** The idle reset: the next scheduled screen may show. */
  endVisit(): void {
    this.visiting = false;
  }

  startPreview(mode: ScheduledMode): void {
    this.endPreview();
    this.preview = mode;
    this.#previewTimer = this.#timers().setTimeout(() => this.endPreview(), PREVIEW_MS);
  }

  endPreview(): void {
    if (this.#previewTimer !== null) this.#timers().clearTimeout(this.#previewTimer);
    this.#previewTimer = null;
    this.preview = null;
  }

  #tick(): void {
    const options = this.#options;
    if (!options) return;
    this.#apply(evaluateSchedule(this.#now(), options.timeZone, options.schedule), false);
    this.#schedule();
  }

  /** The next tick at the next minute boundary: every change of mode falls on one. */
  #schedule(): void {
    const wall = this.#now();
    this.#last = { wall, monotonic: this.#monotonic() };
    const delayMs = MINUTE_MS - (((wall % MINUTE_MS) + MINUTE_MS) % MINUTE_MS) + TICK_AFTER_BOUNDARY_MS;
    this.#timer = this.#timers().setTimeout(() => this.#tick(), Math.min(MINUTE_MS, delayMs));
  }

  #apply(state: ScheduleState, first: boolean): void {
    const options = this.#options!;
    this.#noticeJump(options);
    const previous = this.mode;
    this.checkedAt = this.#now();
    this.next = state.next;
    if (!first && state.mode === previous) return;
    this.mode = state.mode;
    // Remembrance or closed hours beginning during a visit wait for it to end; at start nobody is on a visit.
    if (state.mode === 'remembrance' || state.mode === 'closed') this.visiting = !first && options.isVisitActive();
    if (!first || state.mode !== 'open') options.onModeChange?.(state, previous);
  }

  #noticeJump(options: ScheduleManagerOptions): void {
    const last = this.#last;
    if (!last) return;
    const driftMs = this.#now() - last.wall - (this.#monotonic() - last.monotonic);
    if (Math.abs(driftMs) > CLOCK_JUMP_MS) options.onClockJump?.(driftMs);
  }

  #now(): number {
    return (this.#options?.now ?? Date.now)();
  }

  #monotonic(): number {
    return (this.#options?.monotonic ?? (() => performance.now()))();
  }

  #timers(): Timers {
    return this.#options?.timers ?? browserTimers;
  }
}

export const scheduleManager = new ScheduleManager();
