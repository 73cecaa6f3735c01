// The technician's reset (docs/design.md §6.4), and sync's when kiosk-config moved the kiosk to
// another exhibit (§5.1): a kiosk moved to another exhibit forgets the one it showed. Every stored
// object, version row, name index, usage count and meta value goes (meta holds the installed
// version, whose exhibit a kiosk-config without exhibitId holds the kiosk to, and which the new
// exhibit's versions would collide with); what belongs to the kiosk stays: the technician log,
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

/** Who asked: the technician (the default), or sync, once the new exhibit's feed has verified. */
export type ResetCause = { technician: true } | { exhibitChanged: { from: string; to: string } };

/**
 * One transaction: the store is either as it was or empty but for the kiosk's own, never half an
 * exhibit. The technician's caller stops sync first, so no download lands after it, and reloads
 * after; sync itself goes on to install the new exhibit.
 */
export async function resetContent(db: EskeDb, at: number, cause: ResetCause = { technician: true }): Promise<ResetReport> {
  const tables = [db.objects, db.objectChunks, db.versions, db.nameIndexes, db.usage];
  return db.transaction('rw', [...tables, db.meta, db.log], async () => {
    const report: ResetReport = {
      deletedObjects: await db.objects.count(),
      deletedVersions: await db.versions.toCollection().primaryKeys(),
      deletedUsageDays: await db.usage.count(),
    };
    for (const table of tables) await table.clear();
    await db.meta.where('key').noneOf(KIOSK_META).delete();
    const deleted =
      `${report.deletedObjects} object(s), version(s) ${report.deletedVersions.join(', ') || 'none'} ` +
      `and ${report.deletedUsageDays} day(s) of usage counts deleted`;
    await appendLog(
      db,
      at,
      'exhibitChanged' in cause
        ? {
            level: 'warn',
            code: 'exhibit-changed',
            message: `kiosk-config moved this kiosk from exhibit "${cause.exhibitChanged.from}" to "${cause.exhibitChanged.to}": ${deleted}; installing it from scratch`,
          }
        : { level: 'warn', code: 'content-reset', message: `content reset by the technician: ${deleted}; syncing from scratch` },
    );
    return report;
  });
}
