// The version rows and objects as sync changes them (docs/design.md §5.2–5.3). Each function is one
// step of the install; the decisions (what to trust, when to switch) stay in src/kiosk/sync.

import { readMeta, writeMeta, type EskeDb, type StoredObject, type StoredVersion } from './eske-db.ts';
import { ActiveVersionChangedError, StoredContentMissingError } from './storage-errors.ts';

/** The active version's row, or null before the first install. */
export async function readActiveVersion(db: EskeDb): Promise<StoredVersion | null> {
  return db.transaction('r', [db.meta, db.versions], async () => {
    const version = await readMeta(db, 'activeVersion');
    return version === undefined ? null : ((await db.versions.get(version)) ?? null);
  });
}

/**
 * docs/design.md §5.2: records a verified manifest before any of its objects is fetched, so garbage
 * collection keeps what an interrupted download already stored and the next sync resumes.
 */
export async function stageVersion(db: EskeDb, row: Omit<StoredVersion, 'state'>): Promise<void> {
  await db.versions.put({ ...row, state: 'staged' });
}

/** The hashes among `sha256s` that are already stored (and so were verified when stored). */
export async function storedHashes(db: EskeDb, sha256s: readonly string[]): Promise<Set<string>> {
  return new Set(await db.objects.where('sha256').anyOf(sha256s).primaryKeys());
}

export async function storeObject(db: EskeDb, object: StoredObject): Promise<void> {
  await db.objects.put(object);
}

export interface Activation {
  version: number;
  /** The version that was active when sync read it; the switch is refused if that changed. */
  expectedActive: number | null;
  /** Every object of the new version. */
  sha256s: readonly string[];
  at: number;
}

/**
 * docs/design.md §5.3: the switch, in one transaction over versions and meta (objects read only), so the
 * screens see the old version or the new one, never a mix: the old active row becomes
 * `retired`, the staged row `active`, and the pointer moves. Any throw rolls all of it back.
 */
export async function activateVersion(db: EskeDb, activation: Activation): Promise<void> {
  const { version, expectedActive, sha256s, at } = activation;
  await db.transaction('rw', [db.versions, db.meta, db.objects], async () => {
    const current = (await readMeta(db, 'activeVersion')) ?? null;
    // Another tab of the app may have installed meanwhile; its choice stands.
    if (current !== expectedActive) throw new ActiveVersionChangedError(expectedActive, current);
    const staged = await db.versions.get(version);
    if (staged?.state !== 'staged') throw new StoredContentMissingError(`staged version ${version}`);
    const unique = new Set(sha256s);
    const present = await db.objects
      .where('sha256')
      .anyOf([...unique])
      .primaryKeys();
    if (present.length !== unique.size) {
      throw new StoredContentMissingError(`${unique.size - present.length} object(s) of version ${version}`);
    }
    if (current !== null) await db.versions.update(current, { state: 'retired', retiredAt: at });
    await db.versions.update(version, { state: 'active', activatedAt: at });
    await writeMeta(db, 'activeVersion', version);
  });
}

/** The stored rows of `sha256s`, in their order; undefined where one is not stored. */
export async function readStoredObjects(db: EskeDb, sha256s: readonly string[]): Promise<(StoredObject | undefined)[]> {
  return db.objects.bulkGet([...sha256s]);
}

/** docs/design.md §5.6: drops stored objects that failed their check, so sync fetches them as missing ones. */
export async function deleteObjects(db: EskeDb, sha256s: readonly string[]): Promise<void> {
  await db.objects.bulkDelete([...sha256s]);
}
