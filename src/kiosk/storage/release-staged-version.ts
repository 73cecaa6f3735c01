// docs/design.md §5.5: a version whose download ran out of space gives its room back: its staged
// row goes, then garbage collection deletes the objects no other version refers to. The active
// version and whatever the screens may still read are kept, as collect-garbage.ts decides.

import { collectGarbage, type GarbageReport } from './collect-garbage.ts';
import type { EskeDb } from './eske-db.ts';

/** One transaction; a version that is not staged (active, retired, or gone) is left as it is. */
export async function releaseStagedVersion(db: EskeDb, version: number): Promise<GarbageReport> {
  return db.transaction('rw', [db.meta, db.versions, db.objects, db.objectChunks, db.nameIndexes], async () => {
    const row = await db.versions.get(version);
    if (row?.state === 'staged') await db.versions.delete(version);
    return collectGarbage(db);
  });
}
