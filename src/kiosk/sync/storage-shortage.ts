// docs/design.md §5.5: whether a version's objects fit before they are downloaded, and what a sync
// that ran out of space leaves for the next ones: the shortage on record (for the panel) and a
// hold, so that a full disk costs one download, not one every interval. DOM-free: the browser's
// storage estimate comes in as a function.

import type { ObjectEntry } from '../../feed/manifest-schema.ts';
import { readMeta, writeMeta, type EskeDb, type StorageShortage } from '../storage/eske-db.ts';
import { releaseStagedVersion } from '../storage/release-staged-version.ts';
import { StorageFullError } from '../storage/storage-errors.ts';
import { storedHashes } from '../storage/version-store.ts';

/** `navigator.storage.estimate` fits; undefined or null where the browser tells nothing. */
export type EstimateStorage = () => Promise<Pick<StorageEstimate, 'usage' | 'quota'> | null | undefined>;

/**
 * A held version is tried again after this long even when the browser reports no more free
 * space: space freed outside the browser's view (another program's files) shows only in a write.
 */
export const SHORTAGE_RETRY_AFTER_MS = 24 * 60 * 60 * 1000;

export interface SpaceContext {
  db: EskeDb;
  estimateStorage?: EstimateStorage | undefined;
  /** ms since the epoch */
  now: () => number;
}

/** What the browser says the kiosk may still store (quota − usage); null where it says nothing. */
export async function freeBytes(estimateStorage: EstimateStorage | undefined): Promise<number | null> {
  try {
    const estimate = await estimateStorage?.();
    if (estimate?.quota === undefined || estimate.usage === undefined) return null;
    return Math.max(0, estimate.quota - estimate.usage);
  } catch {
    return null;
  }
}

/** The bytes of the objects among `entries` that are not stored yet, each object counted once. */
export async function missingBytes(db: EskeDb, entries: readonly ObjectEntry[]): Promise<number> {
  const unique = new Map(entries.map((entry) => [entry.sha256, entry.bytes]));
  const stored = await storedHashes(db, [...unique.keys()]);
  let bytes = 0;
  for (const [sha256, size] of unique) if (!stored.has(sha256)) bytes += size;
  return bytes;
}

/**
 * The hold after a stop for space lifts once the free space the browser reports has grown by the
 * shortfall the stop measured (needed − available), or after SHORTAGE_RETRY_AFTER_MS. For a stop
 * the estimate foresaw, free space was what was available: the hold lifts when the version fits.
 */
export function holdLifted(shortage: StorageShortage, freeNow: number | null, now: number): boolean {
  if (now - shortage.at >= SHORTAGE_RETRY_AFTER_MS) return true;
  if (freeNow === null || shortage.freeBytes === null) return false;
  return freeNow - shortage.freeBytes >= shortage.neededBytes - shortage.availableBytes;
}

/**
 * Throws StorageFullError, before anything is downloaded, when `version` is held since its last
 * stop for space (`ignoreHold`: a technician asked) or the browser reports less free space than
 * `neededBytes`.
 */
export async function checkSpace(
  context: SpaceContext,
  version: number,
  neededBytes: number,
  ignoreHold: boolean,
): Promise<void> {
  if (neededBytes === 0) return;
  const { db, estimateStorage, now } = context;
  const free = await freeBytes(estimateStorage);
  const shortage = await readMeta(db, 'storageShortage');
  // The record's own figures: a kiosk waiting for space logs one repeating line.
  if (!ignoreHold && shortage?.version === version && !holdLifted(shortage, free, now())) throw new StorageFullError(shortage);
  if (free !== null && free < neededBytes) {
    throw await recordShortage(context, { version, neededBytes, availableBytes: free });
  }
}

/**
 * A write was refused for quota mid-download. What was stored of the version since the sync began
 * shows what there was room for; then a staged version gives its objects back (`release`; not the
 * active one, whose repair ran out of space), and the shortage is recorded.
 */
export async function stopForSpace(
  context: SpaceContext,
  stop: { version: number; entries: readonly ObjectEntry[]; neededBytes: number; release: boolean },
): Promise<StorageFullError> {
  const { db } = context;
  const availableBytes = Math.max(0, stop.neededBytes - (await missingBytes(db, stop.entries)));
  if (stop.release) {
    try {
      await releaseStagedVersion(db, stop.version);
    } catch {
      // Nothing is lost but space: the next stop for space releases it, or the next install's collection.
    }
  }
  return recordShortage(context, { version: stop.version, neededBytes: stop.neededBytes, availableBytes });
}

/** Records the shortage of a stop for space, once what it could release was, and returns the error that ends the sync. */
export async function recordShortage(
  context: SpaceContext,
  stop: Pick<StorageShortage, 'version' | 'neededBytes' | 'availableBytes'>,
): Promise<StorageFullError> {
  const shortage: StorageShortage = { ...stop, freeBytes: await freeBytes(context.estimateStorage), at: context.now() };
  try {
    await writeMeta(context.db, 'storageShortage', shortage);
  } catch {
    // Even this small write may fail on a full disk: the sync still ends with the reason.
  }
  return new StorageFullError(shortage);
}

/** A sync that succeeded: whatever did not fit before no longer matters. */
export async function clearShortage(db: EskeDb): Promise<void> {
  if ((await readMeta(db, 'storageShortage')) !== undefined) await db.meta.delete('storageShortage');
}
