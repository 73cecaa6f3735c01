// docs/design.md §5.3, last step: after a switch, delete the objects no remaining version refers to
// (with their chunks), the chunks of downloads no one will finish, the version rows nobody needs,
// and the name indexes of versions no longer stored. Runs inside one transaction, so it never
// deletes an object a version still lists, and a failure leaves everything as it was for the
// next sync to retry.

import { parseManifestBytes } from '../../feed/verify-manifest.ts';
import { readMeta, type EskeDb, type StoredObject, type StoredVersion } from './eske-db.ts';

/**
 * The screens keep showing the old version until the next idle moment (docs/design.md §5.3) and load
 * its names shards and media lazily, so the version retired by the last switch keeps its
 * objects until the next install, and so does every version from the one on screen (meta
 * `shownVersion`) up: installs can follow each other faster than a busy kiosk switches.
 * Objects shared between versions are stored once.
 */
export const RETAINED_RETIRED_VERSIONS = 1;

export interface GarbageReport {
  deletedObjects: number;
  /** Chunks of deleted objects, of downloads abandoned, and of copies a re-download replaced. */
  deletedChunks: number;
  deletedVersions: number[];
  /** Versions whose name index was deleted. */
  deletedNameIndexes: number[];
}

export async function collectGarbage(db: EskeDb, retainedRetired: number = RETAINED_RETIRED_VERSIONS): Promise<GarbageReport> {
  return db.transaction('rw', [db.meta, db.versions, db.objects, db.objectChunks, db.nameIndexes], async () => {
    const active = await readMeta(db, 'activeVersion');
    const shown = await readMeta(db, 'shownVersion');
    const rows = await db.versions.toArray();
    const keep = new Set<StoredVersion>();
    const retired = rows.filter((row) => row.state === 'retired').sort((a, b) => b.version - a.version);
    for (const row of retired.slice(0, retainedRetired)) keep.add(row);
    for (const row of retired) if (shown !== undefined && row.version >= shown) keep.add(row);
    for (const row of rows) {
      if (row.state === 'active') keep.add(row);
      // A staged version above the active one may still be downloading; one at or below it
      // lost to a newer install and would be refused as a rollback anyway.
      if (row.state === 'staged' && (active === undefined || row.version > active)) keep.add(row);
    }

    const referenced = new Set<string>();
    for (const row of keep) for (const entry of parseManifestBytes(row.manifestBytes).objects) referenced.add(entry.sha256);
    const garbage = (await db.objects.toCollection().primaryKeys()).filter((sha256) => !referenced.has(sha256));
    const chunkKeys = await db.objectChunks.toCollection().primaryKeys();
    const chunked = [...new Set(chunkKeys.map(([sha256]) => sha256))].filter((sha256) => referenced.has(sha256));
    const chunkedRows = await db.objects.bulkGet(chunked);
    const stored = new Map(chunked.map((sha256, i) => [sha256, chunkedRows[i]]));
    const chunks = chunkKeys.filter(([sha256, set]) => !referenced.has(sha256) || !chunkSetNeeded(stored.get(sha256), set));
    const dropped = rows.filter((row) => !keep.has(row)).map((row) => row.version);
    // An index may outlive its version row: its build can finish after a newer install dropped it.
    const keptVersions = new Set([...keep].map((row) => row.version));
    const indexes = (await db.nameIndexes.toCollection().primaryKeys()).filter((version) => !keptVersions.has(version));

    await db.objects.bulkDelete(garbage);
    await db.objectChunks.bulkDelete(chunks);
    await db.versions.bulkDelete(dropped);
    await db.nameIndexes.bulkDelete(indexes);
    return {
      deletedObjects: garbage.length,
      deletedChunks: chunks.length,
      deletedVersions: dropped,
      deletedNameIndexes: indexes,
    };
  });
}

/**
 * A referenced object's chunk set is needed if the stored copy is made of it, or, while the
 * object is not stored yet, as the download the next sync resumes (object-chunks.ts keeps one).
 */
function chunkSetNeeded(stored: StoredObject | undefined, set: number): boolean {
  if (!stored) return true;
  return stored.blob === undefined && stored.chunkSet === set;
}
