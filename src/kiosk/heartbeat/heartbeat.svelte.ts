// The heartbeat (docs/design.md §6.5): reports to the museum's monitor every `intervalSeconds`,
// and soon after something a monitor should hear of (a sync's result changed, the network came
// back). Events wait in IndexedDB until a request carrying them was answered, and go in order.
// No storms: a failed send waits for the next beat, never retries in a loop; an early beat is
// drawn at random within a few seconds, so a museum's kiosks that regain the network together
// do not report together; closed hours change nothing here (the monitor still hears the kiosk).
// DOM-free: sending, the status, timers and randomness are injected.

import { heartbeatOrigin, type HeartbeatConfig, type HeartbeatFormat } from '../../feed/heartbeat-schema.ts';
import { browserTimers, type Timers } from '../app/timers.ts';
import type { EskeDb } from '../storage/eske-db.ts';
import {
  deleteHeartbeatEventsThrough,
  readHeartbeatCounters,
  readQueuedHeartbeatEvents,
  recordHeartbeatEvent,
  recordSyncSuccess,
} from '../storage/heartbeat-queue.ts';
import { HEARTBEAT_FORMATTERS } from './heartbeat-formats.ts';
import type { HeartbeatRequest } from './heartbeat-request.ts';
import type { HeartbeatEvent, HeartbeatStatus } from './heartbeat-status.ts';

/** An early beat comes at a random point within this, after the last one at the soonest by MIN_BEAT_GAP_MS. */
export const EARLY_BEAT_SPREAD_MS = 10_000;
/** Two beats never closer than this, whatever happens. */
export const MIN_BEAT_GAP_MS = 5_000;
/** Requests one beat may make to empty the queue; the rest waits for the next beat. */
export const MAX_REQUESTS_PER_BEAT = 10;

/** `sent`: the monitor answered (with `no-cors` the page may not read how); `unreachable`: no answer. */
export interface HeartbeatResult {
  at: number;
  outcome: 'sent' | 'unreachable';
  /** Queued events the beat delivered. */
  delivered: number;
}

export interface HeartbeatDependencies {
  config: HeartbeatConfig;
  db: EskeDb;
  /** Resolves once a server answered, whatever its status; rejects when none did. */
  send: (request: HeartbeatRequest) => Promise<void>;
  /** The status now, without the totals the heartbeat reads from the store itself. */
  readStatus: () => Promise<Omit<HeartbeatStatus, 'counters'>>;
  /** A beat or an event that could not be stored: reported, never thrown at a visitor. */
  onError: (error: unknown) => void;
  timers?: Timers;
  /** In [0, 1), as Math.random. */
  random?: () => number;
  now?: () => number;
}

export class Heartbeat {
  /** What the technician panel shows: the monitor's kind and origin, null without a heartbeat. */
  target = $state.raw<{ format: HeartbeatFormat; origin: string } | null>(null);
  lastResult = $state.raw<HeartbeatResult | null>(null);
  #dependencies: Required<HeartbeatDependencies> | null = null;
  #timer: unknown = null;
  #timerAt = 0;
  #lastBeatAt = Number.NEGATIVE_INFINITY;
  #running: Promise<void> | null = null;
  /** An early beat was asked for while one ran, which may have read the queue before the event. */
  #earlyAfterRunning = false;

  /** Queues `firstEvents` (the start, say), then beats at once, and once per interval after that. */
  async start(dependencies: HeartbeatDependencies, firstEvents: readonly HeartbeatEvent[] = []): Promise<void> {
    this.#dependencies = {
      timers: browserTimers,
      random: Math.random,
      now: Date.now,
      ...dependencies,
    };
    this.target = { format: dependencies.config.format, origin: heartbeatOrigin(dependencies.config) };
    for (const event of firstEvents) await this.record(event);
    this.#schedule(0);
  }

  stop(): void {
    this.#cancelTimer();
    this.#dependencies = null;
  }

  /** Queues `event`; with `early`, asks for a beat within EARLY_BEAT_SPREAD_MS instead of at the interval. */
  async record(event: HeartbeatEvent, options: { early?: boolean } = {}): Promise<void> {
    const dependencies = this.#dependencies;
    if (!dependencies) return;
    try {
      await recordHeartbeatEvent(dependencies.db, event);
    } catch (error) {
      dependencies.onError(error);
      return;
    }
    if (options.early) this.#scheduleEarly();
  }

  /** A sync ended installed or up to date: `eske_last_sync_success_timestamp_seconds` and its kin. */
  async syncSucceeded(at: number): Promise<void> {
    const dependencies = this.#dependencies;
    if (!dependencies) return;
    await recordSyncSuccess(dependencies.db, at).catch(dependencies.onError);
  }

  /** One beat now (joining one under way): status and queued events, in as many requests as the format needs. */
  beat(): Promise<void> {
    if (this.#running) return this.#running;
    const running = this.#beat();
    this.#running = running;
    void running.finally(() => {
      if (this.#running === running) this.#running = null;
    });
    return running;
  }

  async #beat(): Promise<void> {
    const dependencies = this.#dependencies;
    if (!dependencies) return;
    this.#cancelTimer();
    const { config, db, now } = dependencies;
    const formatter = HEARTBEAT_FORMATTERS[config.format];
    this.#lastBeatAt = now();
    let delivered = 0;
    let outcome: HeartbeatResult['outcome'] = 'sent';
    try {
      for (let request = 0; request < MAX_REQUESTS_PER_BEAT; request++) {
        const [counters, status, events] = await Promise.all([
          readHeartbeatCounters(db),
          dependencies.readStatus(),
          readQueuedHeartbeatEvents(db, formatter.eventsPerRequest),
        ]);
        try {
          await dependencies.send(formatter.request(config.url, { ...status, counters }, events));
        } catch {
          outcome = 'unreachable';
          break;
        }
        const last = events.at(-1);
        if (!last) break;
        await deleteHeartbeatEventsThrough(db, last.seq);
        delivered += events.length;
        if (events.length < formatter.eventsPerRequest) break;
      }
    } catch (error) {
      dependencies.onError(error);
    }
    this.lastResult = { at: now(), outcome, delivered };
    this.#running = null;
    if (this.#dependencies !== dependencies) return;
    this.#schedule(config.intervalSeconds * 1000);
    if (this.#earlyAfterRunning) {
      this.#earlyAfterRunning = false;
      this.#scheduleEarly();
    }
  }

  #scheduleEarly(): void {
    const dependencies = this.#dependencies;
    if (!dependencies) return;
    if (this.#running) {
      this.#earlyAfterRunning = true;
      return;
    }
    const now = dependencies.now();
    const delayMs = Math.max(Math.floor(dependencies.random() * EARLY_BEAT_SPREAD_MS), this.#lastBeatAt + MIN_BEAT_GAP_MS - now);
    // A beat already due sooner stays as it is.
    if (this.#timer !== null && this.#timerAt <= now + delayMs) return;
    this.#schedule(delayMs);
  }

  #schedule(delayMs: number): void {
    const dependencies = this.#dependencies;
    if (!dependencies) return;
    this.#cancelTimer();
    this.#timerAt = dependencies.now() + delayMs;
    this.#timer = dependencies.timers.setTimeout(() => {
      this.#timer = null;
      void this.beat();
    }, delayMs);
  }

  #cancelTimer(): void {
    if (this.#timer !== null) this.#dependencies?.timers.clearTimeout(this.#timer);
    this.#timer = null;
  }
}

export const heartbeat = new Heartbeat();
