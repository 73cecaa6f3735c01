// The technician's reset (docs/design.md §6.4): a kiosk moved to another exhibit forgets the one it
// showed. Every stored object, version row, name index, usage count and meta value goes (meta holds
// the installed version, the rollback floor sync checks a new feed against, so the new exhibit's
// version 1 is not refused as a rollback); what belongs to the kiosk stays: the technician log,
// with a line saying so, and the heartbeat's queue and totals (§6.5), whose counters a monitor
// would otherwise see fall back to zero.

import type { EskeDb, MetaKey } from './eske-db.ts';
import { appendLog } from './technician-log.ts';

/** The meta values that describe the kiosk, not the exhibit. */
const KIOSK_META: readonly MetaKey[] = ['heartbeatCounters'];

export interface ResetReport {
  deletedObjects: number;
  deletedVersions: number[];
  deletedUsageDays: number;
}

/**
 * One transaction: the store is either as it was or empty but for the kiosk's own, never half an
 * exhibit. The caller stops sync first, so no download lands after it, and reloads after.
 */
export async function resetContent(db: EskeDb, at: number): Promise<ResetReport> {
  const tables = [db.objects, db.objectChunks, db.versions, db.nameIndexes, db.usage];
  return db.transaction('rw', [...tables, db.meta, db.log], async () => {
    const report: ResetReport = {
      deletedObjects: await db.objects.count(),
      deletedVersions: await db.versions.toCollection().primaryKeys(),
      deletedUsageDays: await db.usage.count(),
    };
    for (const table of tables) await table.clear();
    await db.meta.where('key').noneOf(KIOSK_META).delete();
    await appendLog(db, at, {
      level: 'warn',
      code: 'content-reset',
      message:
        `content reset by the technician: ${report.deletedObjects} object(s), version(s) ${report.deletedVersions.join(', ') || 'none'} ` +
        `and ${report.deletedUsageDays} day(s) of usage counts deleted; syncing from scratch`,
    });
    return report;
  });
}
