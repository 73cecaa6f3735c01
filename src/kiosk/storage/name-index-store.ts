// The persisted name indexes, one per content version (DESIGN §7: a cold start loads the index
// built during sync instead of rebuilding it). An index of another format than the running
// code's is treated as missing, so it is rebuilt and overwritten, never read.

import { NAME_INDEX_FORMAT, type NameIndex } from '../../search/name-index.ts';
import type { EskeDb, StoredNameIndex } from './eske-db.ts';

export interface NameIndexRow {
  version: number;
  index: NameIndex;
  shardOf: Uint16Array;
}

/** The index of `version` if one is stored in this code's format; null otherwise. */
export async function readNameIndex(db: EskeDb, version: number): Promise<NameIndexRow | null> {
  const row = await db.nameIndexes.get(version);
  if (!row || row.format !== NAME_INDEX_FORMAT || row.index.format !== NAME_INDEX_FORMAT) return null;
  return { version: row.version, index: row.index, shardOf: row.shardOf };
}

/** Whether `version` has an index stored in this code's format, without reading it. */
export async function hasNameIndex(db: EskeDb, version: number): Promise<boolean> {
  const usable = await db.nameIndexes.where('format').equals(NAME_INDEX_FORMAT).primaryKeys();
  return usable.includes(version);
}

/** Stores (or replaces) the index of a version. */
export async function writeNameIndex(db: EskeDb, row: NameIndexRow, builtAt: number): Promise<void> {
  const stored: StoredNameIndex = { ...row, format: row.index.format, builtAt };
  await db.nameIndexes.put(stored);
}

export async function deleteNameIndex(db: EskeDb, version: number): Promise<void> {
  await db.nameIndexes.delete(version);
}
