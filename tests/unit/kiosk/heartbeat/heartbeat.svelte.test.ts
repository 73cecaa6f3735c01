import { describe, expect, it } from 'vitest';
import type { HeartbeatConfig } from '../../../../src/feed/heartbeat-schema.ts';
import type { HeartbeatDocument } from '../../../../src/kiosk/heartbeat/format-json.ts';
import { EARLY_BEAT_SPREAD_MS, Heartbeat, MIN_BEAT_GAP_MS } from '../../../../src/kiosk/heartbeat/heartbeat.svelte.ts';
import type { HeartbeatRequest } from '../../../../src/kiosk/heartbeat/heartbeat-request.ts';
import type { HeartbeatEvent } from '../../../../src/kiosk/heartbeat/heartbeat-status.ts';
import { readQueuedHeartbeatEvents, recordHeartbeatEvent } from '../../../../src/kiosk/storage/heartbeat-queue.ts';
import { ManualTimers } from '../manual-timers.ts';
import { createTestDb } from '../storage/test-db.ts';
import { statusFixture } from './status-fixture.ts';

const INTERVAL_SECONDS = 60;

function setUp(format: HeartbeatConfig['format'] = 'json', random = () => 0.5) {
  const { db } = createTestDb();
  const timers = new ManualTimers();
  const sent: HeartbeatRequest[] = [];
  const errors: unknown[] = [];
  const monitor = { reachable: true };
  const heartbeat = new Heartbeat();
  const start = (firstEvents: HeartbeatEvent[] = []) =>
    heartbeat.start(
      {
        config: { url: 'http://127.0.0.1:9091', format, intervalSeconds: INTERVAL_SECONDS },
        db,
        send: async (request) => {
          if (!monitor.reachable) throw new TypeError('Failed to fetch');
          sent.push(request);
        },
        // The fixture's own counters are overwritten by the store's.
        readStatus: async () => statusFixture(),
        onError: (error) => errors.push(error),
        timers,
        random,
        now: () => timers.now,
      },
      firstEvents,
    );
  /** The beat a timer started, run to its end. */
  const fire = async (ms: number) => {
    await timers.advance(ms);
    await heartbeat.beat();
  };
  const posted = () => sent.map((request) => JSON.parse(request.body!) as HeartbeatDocument);
  return { db, timers, sent, errors, monitor, heartbeat, start, fire, posted };
}

describe('Heartbeat', () => {
  describe('#start', () => {
    it('beats at once, then once per interval', async () => {
      const { timers, sent, start, fire, heartbeat } = setUp();
      await start();
      expect(timers.delay).toBe(0);
      await fire(0);
      expect(sent).toHaveLength(1);
      expect(timers.delay).toBe(INTERVAL_SECONDS * 1000);
      await fire(INTERVAL_SECONDS * 1000);
      expect(sent).toHaveLength(2);
      expect(heartbeat.lastResult).toEqual({ at: INTERVAL_SECONDS * 1000, outcome: 'sent', delivered: 0 });
    });

    it('queues the first events before the first beat, which carries them', async () => {
      const { start, fire, posted } = setUp();
      await start([
        { kind: 'reload', at: 1, reason: 'app-update' },
        { kind: 'offline', at: 1 },
      ]);
      await fire(0);
      expect(posted()[0]!.events.map((event) => event.kind)).toEqual(['reload', 'offline']);
    });

    it('names the monitor and its origin for the technician panel', async () => {
      const { start, heartbeat } = setUp('pushgateway');
      await start();
      expect(heartbeat.target).toEqual({ format: 'pushgateway', origin: 'http://127.0.0.1:9091' });
    });
  });

  describe('#beat', () => {
    it('posts queued events in order, fifty a request, and removes what was delivered', async () => {
      const { db, start, fire, posted, heartbeat } = setUp();
      for (let at = 1; at <= 60; at++) await recordHeartbeatEvent(db, { kind: 'start', at });
      await start();
      await fire(0);
      expect(posted().map((document) => document.events.map((event) => event.at))).toEqual([
        Array.from({ length: 50 }, (_, i) => i + 1),
        Array.from({ length: 10 }, (_, i) => i + 51),
      ]);
      expect(heartbeat.lastResult?.delivered).toBe(60);
      expect(await readQueuedHeartbeatEvents(db, Infinity)).toEqual([]);
      await fire(INTERVAL_SECONDS * 1000);
      expect(posted().at(-1)?.events).toEqual([]);
    });

    it('keeps the events when the monitor is out of reach, and tries again only at the next interval', async () => {
      const { db, timers, sent, monitor, start, fire, posted, heartbeat } = setUp();
      await recordHeartbeatEvent(db, { kind: 'offline', at: 1 });
      monitor.reachable = false;
      await start();
      await fire(0);
      expect(heartbeat.lastResult).toMatchObject({ outcome: 'unreachable', delivered: 0 });
      expect(timers.delay).toBe(INTERVAL_SECONDS * 1000);
      monitor.reachable = true;
      await fire(INTERVAL_SECONDS * 1000);
      expect(sent).toHaveLength(1);
      expect(posted()[0]!.events.map((event) => event.kind)).toEqual(['offline']);
    });

    it('pushes the events as counters to the Pushgateway in one request and empties the queue', async () => {
      const { db, sent, start, fire } = setUp('pushgateway');
      for (let at = 1; at <= 3; at++) await recordHeartbeatEvent(db, { kind: 'reload', at: at * 1000, reason: 'technician' });
      await start();
      await fire(0);
      expect(sent).toHaveLength(1);
      expect(sent[0]!.body).toContain('\neske_events_total{event="reload"} 3\n');
      expect(sent[0]!.body).toContain('\neske_last_event_timestamp_seconds{event="reload"} 3\n');
      expect(await readQueuedHeartbeatEvents(db, Infinity)).toEqual([]);
    });
  });

  describe('#record', () => {
    it('asks for an early beat at a random point within the spread', async () => {
      const { timers, start, fire, heartbeat } = setUp('json', () => 0.9);
      await start();
      await fire(0);
      timers.now += MIN_BEAT_GAP_MS;
      await heartbeat.record({ kind: 'online', at: timers.now, offlineSeconds: 30 }, { early: true });
      expect(timers.delay).toBe(Math.floor(0.9 * EARLY_BEAT_SPREAD_MS));
    });

    it('never brings two beats closer than the minimum gap', async () => {
      const { timers, start, fire, heartbeat } = setUp('json', () => 0);
      await start();
      await fire(0);
      await heartbeat.record({ kind: 'online', at: 0, offlineSeconds: 1 }, { early: true });
      expect(timers.delay).toBe(MIN_BEAT_GAP_MS);
    });

    it('leaves the regular beat in place without early, and the event waits for it', async () => {
      const { timers, start, fire, posted, heartbeat } = setUp();
      await start();
      await fire(0);
      await heartbeat.record({ kind: 'offline', at: 5 });
      expect(timers.delay).toBe(INTERVAL_SECONDS * 1000);
      await fire(INTERVAL_SECONDS * 1000);
      expect(
        posted()
          .at(-1)!
          .events.map((event) => event.kind),
      ).toEqual(['offline']);
    });

    it('records nothing before start', async () => {
      const { db, heartbeat } = setUp();
      await heartbeat.record({ kind: 'start', at: 1 });
      expect(await readQueuedHeartbeatEvents(db, Infinity)).toEqual([]);
    });
  });

  describe('#stop', () => {
    it('cancels the next beat', async () => {
      const { timers, start, fire, heartbeat } = setUp();
      await start();
      await fire(0);
      heartbeat.stop();
      expect(timers.pending.size).toBe(0);
    });
  });
});
