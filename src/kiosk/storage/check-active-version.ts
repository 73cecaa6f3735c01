// docs/design.md §5.6: at every start, before the screens read anything, the active version is held
// against its signed manifest: every object present at its declared size, every document's
// SHA-256 (and the schema of the exhibit, timeline and testimonies), and the SHA-256 of a share of
// the media that rotates from start to start within a byte budget. An object that fails is
// deleted, so the next sync fetches it again like a missing one. Reads and deletes only.

import { errorCode, toError } from '../../feed/error-code.ts';
import type { ObjectEntry, ObjectRole } from '../../feed/manifest-schema.ts';
import { isDocumentRole, parseDocument } from '../../feed/parse-document.ts';
import { parseManifestBytes } from '../../feed/verify-manifest.ts';
import { verifyObject } from '../../feed/verify-object.ts';
import { readMeta, writeMeta, type EskeDb } from './eske-db.ts';
import { deleteStoredObjects, readActiveVersion, readStoredObject } from './version-store.ts';

/**
 * Media bytes hashed per start: about 0.2 s of SHA-256 on a kiosk PC, so a start stays quick and
 * a nightly reload (docs/design.md §6.6) gets through a few gigabytes of media within a month.
 */
export const MEDIA_CHECK_BUDGET_BYTES = 64 * 1024 * 1024;
/**
 * Hashing holds an object whole in memory (WebCrypto has no running digest): a larger one is
 * checked for its presence and size only, here; the technician's re-download hashes it.
 */
export const MAX_HASHED_OBJECT_BYTES = 64 * 1024 * 1024;

/** The roles whose objects the screens cannot open a version without (read-active-content.ts). */
const SCREEN_ROLES: ReadonlySet<ObjectRole> = new Set(['exhibit', 'timeline', 'testimonies']);

export interface StoredObjectProblem {
  name: string;
  sha256: string;
  role: ObjectRole;
  /** `stored-content-missing`, or the FeedErrorCode of the failed check: `object-size`, `object-hash`, `object-format`. */
  code: string;
}

export interface VersionCheck {
  /** The active version; null when nothing is installed. */
  version: number | null;
  /**
   * The version the active pointer named when its row was gone. The pointer is dropped: left, it
   * would fail every later switch (which expects the active version it read), so the kiosk starts
   * over as one with nothing installed.
   */
  lostVersion: number | null;
  objects: number;
  /** Objects whose SHA-256 was computed, and their bytes. */
  hashedObjects: number;
  hashedBytes: number;
  problems: StoredObjectProblem[];
  /** The exhibit, timeline or testimonies is among the problems: the screens cannot show the version until sync fetched it. */
  screensBlocked: boolean;
}

export interface CheckOptions {
  mediaBudgetBytes?: number;
  maxHashedObjectBytes?: number;
}

export async function checkActiveVersion(db: EskeDb, options: CheckOptions = {}): Promise<VersionCheck> {
  const mediaBudgetBytes = options.mediaBudgetBytes ?? MEDIA_CHECK_BUDGET_BYTES;
  const maxHashedObjectBytes = options.maxHashedObjectBytes ?? MAX_HASHED_OBJECT_BYTES;
  const report: VersionCheck = {
    version: null,
    lostVersion: null,
    objects: 0,
    hashedObjects: 0,
    hashedBytes: 0,
    problems: [],
    screensBlocked: false,
  };
  const active = await readActiveVersion(db);
  if (!active) {
    report.lostVersion = (await readMeta(db, 'activeVersion')) ?? null;
    if (report.lostVersion !== null) await db.meta.delete('activeVersion');
    return report;
  }
  report.version = active.version;
  const entries = [...new Map(parseManifestBytes(active.manifestBytes).objects.map((entry) => [entry.sha256, entry])).values()];
  report.objects = entries.length;
  // A chunked object whose chunks are not all there reads as damaged, so it is fetched again.
  const rows = await Promise.all(
    entries.map((entry) => readStoredObject(db, entry.sha256).catch(() => 'stored-chunks-missing' as const)),
  );

  const fail = (entry: ObjectEntry, code: string) =>
    report.problems.push({ name: entry.name, sha256: entry.sha256, role: entry.role, code });
  const hash = async (entry: ObjectEntry, blob: Blob) => {
    try {
      const bytes = new Uint8Array(await blob.arrayBuffer());
      report.hashedObjects++;
      report.hashedBytes += bytes.length;
      await verifyObject(entry, bytes);
      if (SCREEN_ROLES.has(entry.role) && isDocumentRole(entry.role)) await parseDocument(entry.role, entry, blob);
    } catch (error) {
      fail(entry, errorCode(toError(error)));
    }
  };

  const media: [ObjectEntry, Blob][] = [];
  for (const [i, entry] of entries.entries()) {
    const row = rows[i];
    if (!row) fail(entry, 'stored-content-missing');
    else if (typeof row === 'string') fail(entry, row);
    else if (row.size !== entry.bytes) fail(entry, 'object-size');
    // Documents every start: they are what the screens read first, and small beside the media.
    else if (isDocumentRole(entry.role)) await hash(entry, row);
    else if (entry.bytes <= maxHashedObjectBytes) media.push([entry, row]);
  }
  const cursor = await readMeta(db, 'mediaCheckCursor');
  const turn = rotation(media, cursor);
  let spent = 0;
  let last: string | undefined;
  for (const [entry, row] of turn) {
    // At least one object per start, so every object's turn comes.
    if (last !== undefined && spent + entry.bytes > mediaBudgetBytes) break;
    await hash(entry, row);
    spent += entry.bytes;
    last = entry.sha256;
  }
  if (last !== undefined && last !== cursor) await writeMeta(db, 'mediaCheckCursor', last);

  const damaged = report.problems.filter((problem) => problem.code !== 'stored-content-missing');
  if (damaged.length > 0)
    await deleteStoredObjects(
      db,
      damaged.map((problem) => problem.sha256),
    );
  report.screensBlocked = report.problems.some((problem) => SCREEN_ROLES.has(problem.role));
  return report;
}

/** The media in SHA-256 order, starting after the last one hashed by the previous start. */
function rotation<T extends [ObjectEntry, Blob]>(media: T[], cursor: string | undefined): T[] {
  media.sort(([a], [b]) => (a.sha256 < b.sha256 ? -1 : a.sha256 > b.sha256 ? 1 : 0));
  const start = cursor === undefined ? 0 : media.findIndex(([entry]) => entry.sha256 > cursor);
  return start <= 0 ? media : [...media.slice(start), ...media.slice(0, start)];
}
