// The persisted name indexes as the kiosk's main thread sees them, one per content version
// (docs/design.md §7: a cold start loads the index built during sync instead of rebuilding it). The
// search worker writes and reads the indexes themselves (name-index-idb.ts); here the kiosk
// only asks which versions have one, without reading tens of megabytes. An index of another
// format than the running code's counts as missing, so it is rebuilt and overwritten.

import { NAME_INDEX_FORMAT } from '../../search/name-index.ts';
import type { EskeDb } from './eske-db.ts';

/** Whether `version` has an index stored in this code's format, without reading it. */
export async function hasNameIndex(db: EskeDb, version: number): Promise<boolean> {
  const usable = await db.nameIndexes.where('format').equals(NAME_INDEX_FORMAT).primaryKeys();
  return usable.includes(version);
}

export async function deleteNameIndex(db: EskeDb, version: number): Promise<void> {
  await db.nameIndexes.delete(version);
}
