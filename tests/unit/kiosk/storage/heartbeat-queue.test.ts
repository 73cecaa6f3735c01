import { describe, expect, it } from 'vitest';
import {
  deleteHeartbeatEventsThrough,
  readHeartbeatCounters,
  readQueuedHeartbeatEvents,
  recordHeartbeatEvent,
  recordSyncSuccess,
} from '../../../../src/kiosk/storage/heartbeat-queue.ts';
import { writeMeta } from '../../../../src/kiosk/storage/eske-db.ts';
import { appendLog } from '../../../../src/kiosk/storage/technician-log.ts';
import { createTestDb } from './test-db.ts';

describe('recordSyncSuccess', () => {
  it('keeps the time of every successful sync, those that make no event too, and a failed one changes nothing', async () => {
    const { db } = createTestDb();
    await recordSyncSuccess(db, 1000);
    await recordHeartbeatEvent(db, { kind: 'sync', at: 2000, result: 'failed', version: null, code: 'network' });
    expect((await readHeartbeatCounters(db)).lastSyncSuccessAt).toBe(1000);
    await recordSyncSuccess(db, 3000);
    const counters = await readHeartbeatCounters(db);
    expect(counters.lastSyncSuccessAt).toBe(3000);
    expect(counters.events.sync).toBe(1);
  });
});

describe('recordHeartbeatEvent', () => {
  it('queues events in the order they happened and counts each kind', async () => {
    const { db } = createTestDb();
    await recordHeartbeatEvent(db, { kind: 'start', at: 1000 });
    await recordHeartbeatEvent(db, { kind: 'offline', at: 2000 });
    await recordHeartbeatEvent(db, { kind: 'online', at: 3000, offlineSeconds: 1 });
    const queued = await readQueuedHeartbeatEvents(db, Infinity);
    expect(queued.map((event) => event.kind)).toEqual(['start', 'offline', 'online']);
    expect(queued[0]!.seq).toBeLessThan(queued[1]!.seq);
    const counters = await readHeartbeatCounters(db);
    expect(counters.events).toEqual({ start: 1, reload: 0, sync: 0, offline: 1, online: 1, storage: 0 });
    expect(counters.lastEventAt).toEqual({ start: 1000, offline: 2000, online: 3000 });
  });

  it('counts a kind of event that totals stored before it existed lack from zero', async () => {
    const { db } = createTestDb();
    const events = { start: 2, reload: 0, sync: 1, offline: 0, online: 0 };
    await writeMeta(db, 'heartbeatCounters', { ...(await readHeartbeatCounters(db)), events: events as never });
    await recordHeartbeatEvent(db, { kind: 'storage', at: 1000, problem: 'evicted' });
    expect((await readHeartbeatCounters(db)).events).toEqual({ ...events, storage: 1 });
  });

  it('drops the oldest beyond the cap and counts them', async () => {
    const { db } = createTestDb();
    for (let at = 1; at <= 5; at++) await recordHeartbeatEvent(db, { kind: 'start', at }, 3);
    expect((await readQueuedHeartbeatEvents(db, Infinity)).map((event) => event.at)).toEqual([3, 4, 5]);
    const counters = await readHeartbeatCounters(db);
    expect(counters.droppedEvents).toBe(2);
    expect(counters.events.start).toBe(5);
  });

  it('leaves queue and totals as they were when the write fails', async () => {
    const test = createTestDb();
    await recordHeartbeatEvent(test.db, { kind: 'start', at: 1 });
    test.failWrites((table) => table === 'meta');
    await expect(recordHeartbeatEvent(test.db, { kind: 'offline', at: 2 })).rejects.toThrow();
    test.failWrites(null);
    expect(await readQueuedHeartbeatEvents(test.db, Infinity)).toHaveLength(1);
    expect((await readHeartbeatCounters(test.db)).events.offline).toBe(0);
  });
});

describe('readQueuedHeartbeatEvents and deleteHeartbeatEventsThrough', () => {
  it('reads the oldest first, and removes only the delivered ones', async () => {
    const { db } = createTestDb();
    for (let at = 1; at <= 4; at++) await recordHeartbeatEvent(db, { kind: 'start', at });
    const first = await readQueuedHeartbeatEvents(db, 2);
    expect(first.map((event) => event.at)).toEqual([1, 2]);
    await deleteHeartbeatEventsThrough(db, first.at(-1)!.seq);
    expect((await readQueuedHeartbeatEvents(db, Infinity)).map((event) => event.at)).toEqual([3, 4]);
  });
});

describe('appendLog and the heartbeat’s error count', () => {
  it('counts every error line, repeats too, and no warning', async () => {
    const { db } = createTestDb();
    await appendLog(db, 1, { level: 'error', code: 'network', message: 'sync: offline' });
    await appendLog(db, 2, { level: 'error', code: 'network', message: 'sync: offline' });
    await appendLog(db, 3, { level: 'warn', message: 'persistent storage refused' });
    expect((await readHeartbeatCounters(db)).errors).toBe(2);
  });
});
