// Storage use for the technician panel (docs/design.md §6). Reads only.

import type { EskeDb, VersionState } from './eske-db.ts';

export interface StorageSummary {
  objectCount: number;
  /** Sum of the stored objects' sizes. */
  objectBytes: number;
  versions: { version: number; state: VersionState }[];
}

export async function storageSummary(db: EskeDb): Promise<StorageSummary> {
  return db.transaction('r', [db.objects, db.versions], async () => {
    let objectCount = 0;
    let objectBytes = 0;
    await db.objects.each((object) => {
      objectCount++;
      objectBytes += object.bytes;
    });
    const versions = (await db.versions.toArray()).map(({ version, state }) => ({ version, state }));
    return { objectCount, objectBytes, versions };
  });
}
