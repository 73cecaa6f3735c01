// The kiosk's watchdog (docs/design.md §6.6): ticks once a second and decides when the page
// reloads itself: at once after a stall, and for repeated errors, a heap that stays high or the
// nightly reload only while nobody uses the kiosk; never sooner than the least time after its
// last reload, so a cause that comes back at every start cannot loop. It only decides: the
// reload (log, remember, location.reload), the clocks and the timers are injected. No DOM.

import type { WatchdogSettings } from '../../feed/watchdog-schema.ts';
import { minutesOfTime } from '../../feed/schedule-schema.ts';
import { browserTimers, type Timers } from '../app/timers.ts';
import { ErrorRate } from './error-rate.ts';
import { MemoryTrend } from './memory-trend.ts';
import { nightlyReloadDue } from './nightly-reload.ts';
import type { ReloadReason } from './reload-reason.ts';
import { StallDetector } from './stall-detector.ts';

/** Often enough that a stall's length reads to the second, rarely enough to cost nothing. */
export const TICK_MS = 1000;
/** The heap changes over hours, not seconds; a reading costs little but says nothing more often. */
export const HEAP_READING_MS = 5 * 60 * 1000;

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const MB = 1024 * 1024;

export interface WatchdogOptions {
  settings: WatchdogSettings;
  timeZone: string;
  /** The watchdog's last reload (wall clock), remembered from an earlier page; null: none. */
  lastReloadAt: number | null;
  /** A visitor is using the kiosk or something plays: nothing but a stall reloads now. */
  isVisiting: () => boolean;
  reload: (reason: ReloadReason) => void;
  /** A stall came too soon after the last reload and is let go: the technician should hear of it. */
  onHeld?: (reason: ReloadReason, lastReloadAt: number) => void;
  /** Chromium's performance.memory.usedJSHeapSize; null where the browser gives none. */
  readHeapBytes?: () => number | null;
  /** The page is hidden, so the browser throttles its timers: gaps then are no stalls. */
  isHidden?: () => boolean;
  now?: () => number;
  /** A clock the wall clock's corrections do not move (performance.now). */
  monotonic?: () => number;
  timers?: Timers;
}

export class Watchdog {
  readonly #options: WatchdogOptions;
  readonly #stall: StallDetector | null;
  readonly #errors: ErrorRate | null;
  readonly #heap: MemoryTrend | null;
  readonly #nightlyMinutes: number | null;
  readonly #pageStartedAt: number;
  #timer: unknown = null;
  #nextHeapReadingAt = 0;

  constructor(options: WatchdogOptions) {
    this.#options = options;
    const settings = options.settings;
    this.#stall = settings.stallSeconds === null ? null : new StallDetector(settings.stallSeconds * 1000);
    this.#errors =
      settings.errorLimit === null ? null : new ErrorRate(settings.errorLimit, settings.errorWindowMinutes * MINUTE_MS);
    this.#heap =
      settings.memoryLimitMB === null ? null : new MemoryTrend(settings.memoryLimitMB * MB, settings.memoryHours * HOUR_MS);
    this.#nightlyMinutes = settings.nightlyReloadAt === null ? null : minutesOfTime(settings.nightlyReloadAt);
    this.#pageStartedAt = this.#now();
  }

  /** Ticks until the returned stop is called or the watchdog reloads. */
  start(): () => void {
    this.stop();
    this.#nextHeapReadingAt = this.#monotonic();
    this.#tick();
    return () => this.stop();
  }

  stop(): void {
    if (this.#timer !== null) this.#timers().clearTimeout(this.#timer);
    this.#timer = null;
  }

  /** An error reached the visitor (docs/design.md §6: the handleError funnel). */
  noticeError(): void {
    this.#errors?.record(this.#monotonic());
  }

  #tick(): void {
    const reason = this.#decide();
    if (reason) {
      this.stop();
      this.#options.reload(reason);
      return;
    }
    this.#timer = this.#timers().setTimeout(() => this.#tick(), TICK_MS);
  }

  #decide(): ReloadReason | null {
    const monotonic = this.#monotonic();
    const heldBy = this.#recentReload();
    const stall = this.#stallOf(monotonic);
    if (stall) {
      if (heldBy === null) return stall;
      // A stall is over by the time it is seen, so one held back is let go, not kept for later.
      this.#options.onHeld?.(stall, heldBy);
    }
    this.#readHeap(monotonic);
    const waiting = this.#waitingReason(monotonic);
    return waiting && heldBy === null && !this.#options.isVisiting() ? waiting : null;
  }

  #stallOf(monotonic: number): ReloadReason | null {
    if (!this.#stall) return null;
    if (this.#options.isHidden?.()) {
      this.#stall.reset();
      return null;
    }
    const stallMs = this.#stall.tick(monotonic);
    return stallMs === null ? null : { kind: 'stall', stallMs };
  }

  /** What waits for nobody to be using the kiosk, most pressing first. */
  #waitingReason(monotonic: number): ReloadReason | null {
    const settings = this.#options.settings;
    if (this.#errors?.isOverLimit(monotonic))
      return { kind: 'errors', count: this.#errors.count(monotonic), windowMinutes: settings.errorWindowMinutes };
    if (this.#heap?.isOverLimit(monotonic))
      return {
        kind: 'memory',
        usedBytes: this.#heap.lastUsedBytes,
        limitMB: this.#heap.limitBytes / MB,
        hours: settings.memoryHours,
      };
    if (
      this.#nightlyMinutes !== null &&
      nightlyReloadDue(this.#now(), this.#pageStartedAt, this.#nightlyMinutes, this.#options.timeZone)
    )
      return { kind: 'nightly', at: settings.nightlyReloadAt! };
    return null;
  }

  #readHeap(monotonic: number): void {
    if (!this.#heap || monotonic < this.#nextHeapReadingAt) return;
    this.#nextHeapReadingAt = monotonic + HEAP_READING_MS;
    const usedBytes = this.#options.readHeapBytes?.() ?? null;
    if (usedBytes !== null) this.#heap.reading(monotonic, usedBytes);
  }

  /**
   * The last reload while it is too recent for another, else null. A wall clock set back since
   * then cannot tell how long ago it was, and lets a reload happen.
   */
  #recentReload(): number | null {
    const last = this.#options.lastReloadAt;
    if (last === null) return null;
    const elapsedMs = this.#now() - last;
    return elapsedMs >= 0 && elapsedMs < this.#options.settings.minMinutesBetweenReloads * MINUTE_MS ? last : null;
  }

  #now(): number {
    return (this.#options.now ?? Date.now)();
  }

  #monotonic(): number {
    return (this.#options.monotonic ?? (() => performance.now()))();
  }

  #timers(): Timers {
    return this.#options.timers ?? browserTimers;
  }
}
