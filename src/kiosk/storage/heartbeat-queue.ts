// The heartbeat's queue and totals in IndexedDB (docs/design.md §6.5): events wait here, in the
// order they happened, until a heartbeat delivered them, so a kiosk offline for a day reports
// that day when it is back, and a reload loses nothing. Capped: the oldest go first, counted. No DOM.

import {
  emptyCounters,
  type HeartbeatCounters,
  type HeartbeatEvent,
  type QueuedHeartbeatEvent,
} from '../heartbeat/heartbeat-status.ts';
import { readMeta, type EskeDb } from './eske-db.ts';

/** A week of a kiosk losing its network every half hour; an event is under a hundred bytes. */
export const MAX_QUEUED_HEARTBEAT_EVENTS = 500;

/** Kinds of event added since the totals were stored count from zero. */
export async function readHeartbeatCounters(db: EskeDb): Promise<HeartbeatCounters> {
  const empty = emptyCounters();
  const stored = await readMeta(db, 'heartbeatCounters');
  return { ...empty, ...stored, events: { ...empty.events, ...stored?.events } };
}

/** Queues `event` and counts it in the same transaction, so totals and queue never disagree. */
export async function recordHeartbeatEvent(
  db: EskeDb,
  event: HeartbeatEvent,
  maxQueued: number = MAX_QUEUED_HEARTBEAT_EVENTS,
): Promise<void> {
  await db.transaction('rw', db.heartbeatEvents, db.meta, async () => {
    const counters = await readHeartbeatCounters(db);
    counters.events = { ...counters.events, [event.kind]: counters.events[event.kind] + 1 };
    counters.lastEventAt = { ...counters.lastEventAt, [event.kind]: event.at };
    await db.heartbeatEvents.add(event as QueuedHeartbeatEvent);
    const excess = (await db.heartbeatEvents.count()) - maxQueued;
    if (excess > 0) {
      await db.heartbeatEvents.bulkDelete(await db.heartbeatEvents.orderBy('seq').limit(excess).primaryKeys());
      counters.droppedEvents += excess;
    }
    await db.meta.put({ key: 'heartbeatCounters', value: counters });
  });
}

/**
 * A sync ended installed or up to date at `at`. Every one counts, not only those that make an
 * event: a kiosk whose feed is up to date every 15 minutes reports no event, but a fresh success.
 */
export async function recordSyncSuccess(db: EskeDb, at: number): Promise<void> {
  await db.transaction('rw', db.meta, async () => {
    const counters = await readHeartbeatCounters(db);
    await db.meta.put({ key: 'heartbeatCounters', value: { ...counters, lastSyncSuccessAt: at } });
  });
}

/** Called by the technician log inside its own transaction, which must include `meta`. */
export async function countHeartbeatError(db: EskeDb): Promise<void> {
  const counters = await readHeartbeatCounters(db);
  await db.meta.put({ key: 'heartbeatCounters', value: { ...counters, errors: counters.errors + 1 } });
}

/** The oldest `limit` queued events, oldest first. */
export async function readQueuedHeartbeatEvents(db: EskeDb, limit: number): Promise<QueuedHeartbeatEvent[]> {
  const oldest = db.heartbeatEvents.orderBy('seq');
  return Number.isFinite(limit) ? oldest.limit(limit).toArray() : oldest.toArray();
}

/** Removes the delivered events: every one up to and including `seq`. */
export async function deleteHeartbeatEventsThrough(db: EskeDb, seq: number): Promise<void> {
  await db.heartbeatEvents.where('seq').belowOrEqual(seq).delete();
}
