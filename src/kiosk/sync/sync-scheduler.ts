// docs/design.md §5.4: sync at start, then every `syncIntervalSeconds`; after a failure retry sooner,
// with exponential backoff and full jitter so a museum's kiosks do not hammer a host that just
// came back all at once. Never two syncs at once: a force sync joins the running one, and a
// re-download waits for it. DOM-free: timers and randomness are injected so tests drive time.

import { browserTimers, type Timers } from '../app/timers.ts';
import type { SyncMode } from './sync-once.ts';
import { outcomeOfError, retriesSoon, type SyncOutcome } from './sync-outcome.ts';

/** First retry after a failure; each further failure doubles it, up to the sync interval. */
export const FIRST_RETRY_DELAY_MS = 5_000;
/** Full jitter can draw 0; this floor keeps a dead host from being asked in a tight loop. */
export const MIN_RETRY_DELAY_MS = 1_000;

export interface SyncSchedulerOptions {
  /** One sync (syncOnce bound to its target and dependencies); aborted by stop(). */
  runSync: (signal: AbortSignal, mode: SyncMode) => Promise<SyncOutcome>;
  intervalMs: number;
  firstRetryDelayMs?: number;
  /** In [0, 1), as Math.random. */
  random?: () => number;
  timers?: Timers;
}

export type OutcomeListener = (outcome: SyncOutcome) => void;

export class SyncScheduler {
  readonly #options: Required<SyncSchedulerOptions>;
  readonly #stopController = new AbortController();
  readonly #listeners = new Set<OutcomeListener>();
  #running: Promise<SyncOutcome> | null = null;
  #timer: unknown = null;
  #nextSyncAt: number | null = null;
  #failures = 0;
  #started = false;

  constructor(options: SyncSchedulerOptions) {
    this.#options = {
      ...options,
      firstRetryDelayMs: options.firstRetryDelayMs ?? FIRST_RETRY_DELAY_MS,
      random: options.random ?? Math.random,
      timers: options.timers ?? browserTimers,
    };
  }

  /** Syncs now, then keeps to the schedule until stop(). Calling it again does nothing. */
  start(): void {
    if (this.#started || this.#stopped) return;
    this.#started = true;
    void this.syncNow();
  }

  /**
   * A sync now (`forced`: the technician's): starts one, or joins the one running. A re-download
   * joins no other sync: it starts once the running one has ended. Resolves, never rejects.
   */
  syncNow(mode: SyncMode = 'regular'): Promise<SyncOutcome> {
    if (this.#running) return mode === 'redownload' ? this.#running.then(() => this.syncNow(mode)) : this.#running;
    if (this.#stopped) return Promise.resolve({ kind: 'aborted' });
    this.#cancelTimer();
    const running = this.#run(mode);
    this.#running = running;
    return running;
  }

  /**
   * Final: cancels the next sync and aborts the running one, which ends `aborted`. Resolves once
   * that one has ended, so nothing it would still write can land after (a content reset waits).
   */
  async stop(): Promise<void> {
    this.#cancelTimer();
    this.#stopController.abort();
    await this.#running;
  }

  /**
   * Calls `listener` after every sync that ran to its end (e.g. to apply an installed version at
   * the next idle moment); not after one that stop() aborted.
   */
  onOutcome(listener: OutcomeListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /**
   * A new regular interval (closed hours stretch it, docs/design.md §6.2). A regular sync already
   * waiting moves to a point drawn at random within the new interval, so kiosks that change
   * together at opening time do not then all sync in the same minute; a retry keeps its time.
   */
  setIntervalMs(intervalMs: number): void {
    if (intervalMs === this.#options.intervalMs) return;
    this.#options.intervalMs = intervalMs;
    if (this.#timer === null || this.#failures > 0) return;
    this.#cancelTimer();
    const delayMs = Math.max(MIN_RETRY_DELAY_MS, Math.floor(this.#options.random() * intervalMs));
    this.#nextSyncAt = Date.now() + delayMs;
    this.#timer = this.#options.timers.setTimeout(() => void this.syncNow(), delayMs);
  }

  /** ms since the epoch of the next scheduled sync, for the technician panel; null while none is. */
  get nextSyncAt(): number | null {
    return this.#timer === null ? null : this.#nextSyncAt;
  }

  get running(): boolean {
    return this.#running !== null;
  }

  /** The wait before the next sync after `failures` failures in a row (0: the regular interval). */
  delayAfter(failures: number): number {
    const { intervalMs, firstRetryDelayMs, random } = this.#options;
    if (failures === 0) return intervalMs;
    const ceilingMs = Math.min(intervalMs, firstRetryDelayMs * 2 ** (failures - 1));
    return Math.max(MIN_RETRY_DELAY_MS, Math.floor(random() * ceilingMs));
  }

  get #stopped(): boolean {
    return this.#stopController.signal.aborted;
  }

  async #run(mode: SyncMode): Promise<SyncOutcome> {
    let outcome: SyncOutcome;
    try {
      outcome = await this.#options.runSync(this.#stopController.signal, mode);
    } catch (error) {
      outcome = outcomeOfError(error, this.#stopController.signal);
    }
    this.#running = null;
    // stop() ended it: no failure to count, no next sync, and nothing new for the listeners.
    if (outcome.kind === 'aborted') return outcome;
    // A rejected feed will be rejected again until the curator publishes, a full store stays full
    // until space is freed: no quick retry for either.
    this.#failures = retriesSoon(outcome) ? this.#failures + 1 : 0;
    if (!this.#stopped) {
      const delayMs = this.delayAfter(this.#failures);
      this.#nextSyncAt = Date.now() + delayMs;
      this.#timer = this.#options.timers.setTimeout(() => void this.syncNow(), delayMs);
    }
    for (const listener of this.#listeners) {
      try {
        listener(outcome);
      } catch {
        // A listener's bug must not stop the schedule.
      }
    }
    return outcome;
  }

  #cancelTimer(): void {
    if (this.#timer !== null) this.#options.timers.clearTimeout(this.#timer);
    this.#timer = null;
  }
}
