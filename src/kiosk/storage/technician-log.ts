// The technician log (docs/design.md §6): what sync did and why it refused a feed, newest first, capped
// so a kiosk left alone for months cannot fill its disk with log lines. No DOM.

import type { EskeDb, LogEntry, LogLevel } from './eske-db.ts';
import { countHeartbeatError } from './heartbeat-queue.ts';

/** Enough for weeks of installs and failures; an entry is a few hundred bytes. */
export const MAX_LOG_ENTRIES = 500;

export interface LogLine {
  level: LogLevel;
  code?: string;
  message: string;
}

/**
 * Adds a line, or bumps the count of the newest one if it says the same thing, so a kiosk that
 * retries an unreachable feed every few minutes keeps its history readable. An error line also
 * counts in the heartbeat's `eske_errors_total` (docs/design.md §6.5), repeats included.
 */
export async function appendLog(db: EskeDb, at: number, line: LogLine): Promise<void> {
  await db.transaction('rw', db.log, db.meta, async () => {
    if (line.level === 'error') await countHeartbeatError(db);
    const newest = await db.log.orderBy('id').last();
    if (newest && newest.level === line.level && newest.code === line.code && newest.message === line.message) {
      await db.log.update(newest.id, { at, count: newest.count + 1 });
      return;
    }
    await db.log.add({ at, count: 1, ...line });
    const excess = (await db.log.count()) - MAX_LOG_ENTRIES;
    if (excess > 0) await db.log.bulkDelete(await db.log.orderBy('id').limit(excess).primaryKeys());
  });
}

/** The newest `limit` entries, newest first. */
export async function readLog(db: EskeDb, limit: number = MAX_LOG_ENTRIES): Promise<LogEntry[]> {
  return db.log.orderBy('id').reverse().limit(limit).toArray();
}
