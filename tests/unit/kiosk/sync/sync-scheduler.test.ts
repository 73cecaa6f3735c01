import { describe, expect, it } from 'vitest';
import { FeedHttpError, SignatureError } from '../../../../src/feed/errors.ts';
import { FIRST_RETRY_DELAY_MS, MIN_RETRY_DELAY_MS, SyncScheduler } from '../../../../src/kiosk/sync/sync-scheduler.ts';
import { flushMicrotasks as flush, ManualTimers } from '../manual-timers.ts';
import type { SyncOutcome } from '../../../../src/kiosk/sync/sync-outcome.ts';
import { StorageFullError } from '../../../../src/kiosk/storage/storage-errors.ts';

const INTERVAL_MS = 600_000;
const failed: SyncOutcome = {
  kind: 'failed',
  error: new FeedHttpError('https://museum.example/feed/manifest.json', { code: 'http-status', status: 503, statusText: '' }),
};
const upToDate: SyncOutcome = { kind: 'up-to-date', version: 1 };

/** A sync whose outcomes the test decides, one call at a time. */
function scriptedSync(...outcomes: SyncOutcome[]) {
  const calls: AbortSignal[] = [];
  const runSync = (signal: AbortSignal) => {
    calls.push(signal);
    return Promise.resolve(outcomes.shift() ?? upToDate);
  };
  return { calls, runSync };
}

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((done) => (resolve = done));
  return { promise, resolve };
}

describe('SyncScheduler', () => {
  describe('#start', () => {
    it('syncs at once, then after each interval', async () => {
      const timers = new ManualTimers();
      const { calls, runSync } = scriptedSync();
      const scheduler = new SyncScheduler({ runSync, intervalMs: INTERVAL_MS, timers });
      scheduler.start();
      await flush();
      expect(calls).toHaveLength(1);
      expect(timers.delay).toBe(INTERVAL_MS);
      await timers.advance(INTERVAL_MS - 1);
      expect(calls).toHaveLength(1);
      await timers.advance(1);
      expect(calls).toHaveLength(2);
    });

    it('does nothing when called a second time', async () => {
      const timers = new ManualTimers();
      const { calls, runSync } = scriptedSync();
      const scheduler = new SyncScheduler({ runSync, intervalMs: INTERVAL_MS, timers });
      scheduler.start();
      scheduler.start();
      await flush();
      expect(calls).toHaveLength(1);
      expect(timers.pending.size).toBe(1);
    });
  });

  describe('when syncs fail', () => {
    it('retries after delays drawn below a ceiling that doubles from 5 s up to the interval', async () => {
      const timers = new ManualTimers();
      const { runSync } = scriptedSync(...Array.from({ length: 12 }, () => failed));
      const scheduler = new SyncScheduler({ runSync, intervalMs: INTERVAL_MS, timers, random: () => 0.999_999 });
      scheduler.start();
      await flush();
      const delays: number[] = [];
      for (let i = 0; i < 12; i++) {
        delays.push(timers.delay);
        await timers.advance(timers.delay);
      }
      const ceilings = delays.map((_, i) => Math.min(INTERVAL_MS, FIRST_RETRY_DELAY_MS * 2 ** i));
      delays.forEach((delay, i) => {
        expect(delay).toBeLessThan(ceilings[i]!);
        expect(delay).toBeGreaterThanOrEqual(ceilings[i]! - 1);
      });
      expect(delays.at(-1)).toBeLessThan(INTERVAL_MS);
    });

    it('draws the delay uniformly between the floor and the ceiling (full jitter)', () => {
      const draws = [0, 0.25, 0.5];
      const scheduler = new SyncScheduler({
        runSync: scriptedSync().runSync,
        intervalMs: INTERVAL_MS,
        random: () => draws.shift()!,
      });
      expect(scheduler.delayAfter(3)).toBe(MIN_RETRY_DELAY_MS);
      expect(scheduler.delayAfter(3)).toBe(0.25 * 4 * FIRST_RETRY_DELAY_MS);
      expect(scheduler.delayAfter(3)).toBe(0.5 * 4 * FIRST_RETRY_DELAY_MS);
    });

    it('goes back to the regular interval after a success', async () => {
      const timers = new ManualTimers();
      const { runSync } = scriptedSync(failed, failed, upToDate, failed);
      const scheduler = new SyncScheduler({ runSync, intervalMs: INTERVAL_MS, timers, random: () => 0.5 });
      scheduler.start();
      await flush();
      expect(timers.delay).toBe(FIRST_RETRY_DELAY_MS / 2);
      await timers.advance(timers.delay);
      expect(timers.delay).toBe(FIRST_RETRY_DELAY_MS);
      await timers.advance(timers.delay);
      expect(timers.delay).toBe(INTERVAL_MS);
      await timers.advance(timers.delay);
      expect(timers.delay).toBe(FIRST_RETRY_DELAY_MS / 2);
    });

    it('waits the regular interval after a rejected feed, which only the curator can fix', async () => {
      const timers = new ManualTimers();
      const { runSync } = scriptedSync({ kind: 'rejected', error: new SignatureError('invalid', 'test') });
      new SyncScheduler({ runSync, intervalMs: INTERVAL_MS, timers }).start();
      await flush();
      expect(timers.delay).toBe(INTERVAL_MS);
    });

    it('waits the regular interval after a full store, which a retry in seconds would meet again', async () => {
      const timers = new ManualTimers();
      const full = new StorageFullError({ version: 2, neededBytes: 10, availableBytes: 5, freeBytes: 5, at: 0 });
      const { runSync } = scriptedSync({ kind: 'failed', error: full }, failed);
      new SyncScheduler({ runSync, intervalMs: INTERVAL_MS, timers, random: () => 0.5 }).start();
      await flush();
      expect(timers.delay).toBe(INTERVAL_MS);
      // A failure after it is the first in a row, not the second.
      await timers.advance(timers.delay);
      expect(timers.delay).toBe(FIRST_RETRY_DELAY_MS / 2);
    });

    it('treats a throwing sync as a failure and keeps the schedule', async () => {
      const timers = new ManualTimers();
      const scheduler = new SyncScheduler({
        runSync: () => Promise.reject(new Error('boom')),
        intervalMs: INTERVAL_MS,
        timers,
        random: () => 0.5,
      });
      expect(await scheduler.syncNow()).toMatchObject({ kind: 'failed', error: { message: 'boom' } });
      expect(timers.delay).toBe(FIRST_RETRY_DELAY_MS / 2);
    });
  });

  describe('#syncNow', () => {
    it('joins the sync already running instead of starting a second', async () => {
      const timers = new ManualTimers();
      const gate = deferred<SyncOutcome>();
      let calls = 0;
      const scheduler = new SyncScheduler({
        runSync: () => {
          calls++;
          return gate.promise;
        },
        intervalMs: INTERVAL_MS,
        timers,
      });
      scheduler.start();
      const forced = scheduler.syncNow();
      expect(scheduler.running).toBe(true);
      expect(calls).toBe(1);
      gate.resolve({ kind: 'installed', version: 4 });
      expect(await forced).toEqual({ kind: 'installed', version: 4 });
      expect(scheduler.running).toBe(false);
      expect(timers.pending.size).toBe(1);
    });

    it('joins with a technician’s forced sync too', async () => {
      const gate = deferred<SyncOutcome>();
      const modes: string[] = [];
      const scheduler = new SyncScheduler({
        runSync: (_signal, mode) => {
          modes.push(mode);
          return gate.promise;
        },
        intervalMs: INTERVAL_MS,
        timers: new ManualTimers(),
      });
      scheduler.start();
      const forced = scheduler.syncNow('forced');
      gate.resolve(upToDate);
      expect(await forced).toEqual(upToDate);
      expect(modes).toEqual(['regular']);
    });

    it('starts a re-download only after the regular sync running has ended, never beside it', async () => {
      const timers = new ManualTimers();
      const gate = deferred<SyncOutcome>();
      const modes: string[] = [];
      const scheduler = new SyncScheduler({
        runSync: (_signal, mode) => {
          modes.push(mode);
          return mode === 'regular' ? gate.promise : Promise.resolve(upToDate);
        },
        intervalMs: INTERVAL_MS,
        timers,
      });
      scheduler.start();
      const redownload = scheduler.syncNow('redownload');
      await flush();
      expect(modes).toEqual(['regular']);
      gate.resolve(upToDate);
      expect(await redownload).toEqual(upToDate);
      expect(modes).toEqual(['regular', 'redownload']);
      expect(scheduler.running).toBe(false);
    });

    it('replaces the pending timer with a fresh schedule', async () => {
      const timers = new ManualTimers();
      const { calls, runSync } = scriptedSync();
      const scheduler = new SyncScheduler({ runSync, intervalMs: INTERVAL_MS, timers });
      scheduler.start();
      await flush();
      await timers.advance(INTERVAL_MS / 2);
      await scheduler.syncNow();
      expect(calls).toHaveLength(2);
      expect(timers.delay).toBe(INTERVAL_MS);
    });
  });

  describe('#stop', () => {
    it('cancels the next sync', async () => {
      const timers = new ManualTimers();
      const { calls, runSync } = scriptedSync();
      const scheduler = new SyncScheduler({ runSync, intervalMs: INTERVAL_MS, timers });
      scheduler.start();
      await flush();
      void scheduler.stop();
      expect(timers.pending.size).toBe(0);
      await timers.advance(10 * INTERVAL_MS);
      expect(calls).toHaveLength(1);
      expect(await scheduler.syncNow()).toEqual({ kind: 'aborted' });
      expect(calls).toHaveLength(1);
    });

    it('aborts the running sync and schedules nothing after it', async () => {
      const timers = new ManualTimers();
      const gate = deferred<SyncOutcome>();
      let signal: AbortSignal | undefined;
      const scheduler = new SyncScheduler({
        runSync: (given) => {
          signal = given;
          return gate.promise;
        },
        intervalMs: INTERVAL_MS,
        timers,
      });
      const running = scheduler.syncNow();
      void scheduler.stop();
      expect(signal?.aborted).toBe(true);
      gate.resolve(failed);
      await running;
      expect(timers.pending.size).toBe(0);
    });
    it('resolves only once the sync it aborted has ended', async () => {
      const gate = deferred<SyncOutcome>();
      const scheduler = new SyncScheduler({ runSync: () => gate.promise, intervalMs: INTERVAL_MS, timers: new ManualTimers() });
      void scheduler.syncNow();
      let stopped = false;
      const stopping = scheduler.stop().then(() => (stopped = true));
      await flush();
      expect(stopped).toBe(false);
      gate.resolve(upToDate);
      await stopping;
      expect(scheduler.running).toBe(false);
    });

    it('ends a sync it stopped as aborted: no failure counted, no listener told', async () => {
      const timers = new ManualTimers();
      const scheduler = new SyncScheduler({
        runSync: (signal) =>
          new Promise((_, reject) => signal.addEventListener('abort', () => reject(new DOMException('stopped', 'AbortError')))),
        intervalMs: INTERVAL_MS,
        timers,
      });
      const seen: SyncOutcome[] = [];
      scheduler.onOutcome((outcome) => seen.push(outcome));
      const running = scheduler.syncNow();
      void scheduler.stop();
      expect(await running).toEqual({ kind: 'aborted' });
      expect(seen).toEqual([]);
      expect(timers.pending.size).toBe(0);
    });
  });

  describe('#setIntervalMs', () => {
    it('moves the waiting sync to a random point within the new interval, then keeps the new interval', async () => {
      const timers = new ManualTimers();
      const { calls, runSync } = scriptedSync();
      const scheduler = new SyncScheduler({ runSync, intervalMs: INTERVAL_MS, timers, random: () => 0.25 });
      scheduler.start();
      await flush();
      scheduler.setIntervalMs(4 * INTERVAL_MS);
      expect(timers.delay).toBe(INTERVAL_MS);
      await timers.advance(INTERVAL_MS);
      expect(calls).toHaveLength(2);
      expect(timers.delay).toBe(4 * INTERVAL_MS);
    });

    it('keeps a retry after a failure where it is', async () => {
      const timers = new ManualTimers();
      const { runSync } = scriptedSync(failed);
      const scheduler = new SyncScheduler({ runSync, intervalMs: INTERVAL_MS, timers, random: () => 0.5 });
      scheduler.start();
      await flush();
      scheduler.setIntervalMs(4 * INTERVAL_MS);
      expect(timers.delay).toBe(FIRST_RETRY_DELAY_MS / 2);
    });
  });

  describe('#onOutcome', () => {
    it('tells listeners each outcome until they unsubscribe', async () => {
      const { runSync } = scriptedSync({ kind: 'installed', version: 2 }, upToDate);
      const scheduler = new SyncScheduler({ runSync, intervalMs: INTERVAL_MS, timers: new ManualTimers() });
      const seen: SyncOutcome[] = [];
      const unsubscribe = scheduler.onOutcome((outcome) => seen.push(outcome));
      await scheduler.syncNow();
      unsubscribe();
      await scheduler.syncNow();
      expect(seen).toEqual([{ kind: 'installed', version: 2 }]);
    });

    it('keeps the schedule when a listener throws', async () => {
      const timers = new ManualTimers();
      const scheduler = new SyncScheduler({ runSync: scriptedSync().runSync, intervalMs: INTERVAL_MS, timers });
      scheduler.onOutcome(() => {
        throw new Error('listener bug');
      });
      expect(await scheduler.syncNow()).toEqual(upToDate);
      expect(timers.delay).toBe(INTERVAL_MS);
    });
  });
});
