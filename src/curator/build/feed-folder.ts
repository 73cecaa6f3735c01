// The feed folder on disk (docs/design.md §4): nothing is written until a build is known to
// publish; then objects/<sha256>.<ext> first, the control files (manifest.json) last, each written
// to a temporary name and renamed, so a host serving the folder mid-build never hands out a
// manifest whose objects are missing. Old objects are never deleted: kiosks still syncing an
// older version may need them.

import { access, constants, readFile, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { FeedError } from '../../feed/errors.ts';
import { LEGACY_SIGNATURE_FILE, MANIFEST_FILE, readManifestFile, type ManifestFile } from '../../feed/manifest-envelope.ts';
import { objectPath, type Manifest, type ObjectEntry } from '../../feed/manifest-schema.ts';
import { sha256Hex } from '../../feed/sha256.ts';
import { parseManifestBytes } from '../../feed/verify-manifest.ts';
import { CliError, describeFsError } from '../cli-error.ts';
import { existingPartOf, makeFolders, removeFolders, writeFileAtomic } from '../write-file-atomic.ts';

const OBJECTS_FOLDER = 'objects';

export interface PublishedManifest {
  manifest: Manifest;
  /** manifest.json as read; an eske-feed/1 one is always republished as eske-feed/2. */
  file: ManifestFile;
}

/** The manifest currently in the feed, or null for a new feed. A broken one stops the build. */
export async function readPublishedManifest(feedDir: string): Promise<PublishedManifest | null> {
  const file = path.join(feedDir, MANIFEST_FILE);
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (error) {
    if ((error as { code?: string }).code === 'ENOENT') return null;
    throw new CliError(`${file}: cannot read: ${describeFsError(error)}`);
  }
  // Without the old version we cannot number the new one above it, and kiosks refuse lower numbers.
  try {
    const read = readManifestFile(bytes, Number.POSITIVE_INFINITY);
    return { manifest: parseManifestBytes(read.signedBytes), file: read };
  } catch (error) {
    if (!(error instanceof FeedError)) throw error;
    throw new CliError(`${file}: not a valid manifest (${error.message}); fix it or build into a new folder`);
  }
}

/**
 * Proves before a long build starts, without writing anything, that the feed can be written:
 * the feed folder and objects/, or the nearest parts of their paths that exist, must be folders
 * this process may write in. A build that stops must leave the folder as it found it.
 */
export async function checkFeedFolder(feedDir: string): Promise<void> {
  try {
    for (const folder of [feedDir, path.join(feedDir, OBJECTS_FOLDER)]) {
      await access(await existingPartOf(folder), constants.W_OK | constants.X_OK);
    }
  } catch (error) {
    throw new CliError(`${feedDir}: cannot write the feed there: ${describeFsError(error)}`);
  }
}

/** An object of a build, hashed, whose bytes are made again only if the feed lacks it. */
export interface PlannedObject {
  entry: ObjectEntry;
  load: () => Promise<Uint8Array>;
}

export interface WrittenObjects {
  newObjects: number;
  newBytes: number;
}

/**
 * Writes the objects the feed lacks (same name means same content). If one fails, those written
 * so far and the folders made for them are removed again before the error goes on.
 */
async function writeMissingObjects(
  feedDir: string,
  objects: readonly PlannedObject[],
): Promise<WrittenObjects & { undo: () => Promise<void> }> {
  const madeFolders = await makeFolders(path.join(feedDir, OBJECTS_FOLDER)).catch((error: unknown) => {
    throw new CliError(`${feedDir}: cannot write the feed there: ${describeFsError(error)}`);
  });
  const written: string[] = [];
  let newBytes = 0;
  const undo = async () => {
    for (const file of written) await rm(file, { force: true });
    await removeFolders(madeFolders);
  };
  try {
    for (const object of objects) {
      const file = path.join(feedDir, objectPath(object.entry));
      if ((await stat(file).catch(() => null))?.size === object.entry.bytes) continue;
      await writeObject(file, object);
      written.push(file);
      newBytes += object.entry.bytes;
    }
  } catch (error) {
    await undo();
    throw error;
  }
  return { newObjects: written.length, newBytes, undo };
}

/**
 * An unchanged build still puts back objects its manifest names that the folder lost (a partial
 * upload, a hand-cleaned objects/): kiosks would otherwise fail on them until the next change.
 */
export async function restoreObjects(feedDir: string, objects: readonly PlannedObject[]): Promise<WrittenObjects> {
  const { newObjects, newBytes } = await writeMissingObjects(feedDir, objects);
  return { newObjects, newBytes };
}

/**
 * Writes the objects the feed lacks, then manifest.json (the eske-feed/2 envelope, signatures and
 * all, in one rename). If anything fails before it is in place, the objects and folders written
 * so far are removed again: a build that publishes nothing leaves no trace.
 */
export async function publishFeed(
  feedDir: string,
  objects: readonly PlannedObject[],
  manifestFile: Uint8Array,
): Promise<WrittenObjects> {
  const { newObjects, newBytes, undo } = await writeMissingObjects(feedDir, objects);
  try {
    await writeFileAtomic(path.join(feedDir, MANIFEST_FILE), manifestFile);
  } catch (error) {
    await undo();
    throw new CliError(`${feedDir}: cannot write the manifest: ${describeFsError(error)}`);
  }
  // An eske-feed/1 folder's detached signature now signs nothing; kiosks no longer ask for it.
  await rm(path.join(feedDir, LEGACY_SIGNATURE_FILE), { force: true }).catch((error: unknown) => {
    throw new CliError(`${feedDir}: cannot remove the old ${LEGACY_SIGNATURE_FILE}: ${describeFsError(error)}`);
  });
  return { newObjects, newBytes };
}

async function writeObject(file: string, { entry, load }: PlannedObject): Promise<void> {
  const bytes = await load();
  // The object is named by the hash the manifest was made with; a media file edited since
  // would give an object that every kiosk rejects.
  if (bytes.length !== entry.bytes || (await sha256Hex(bytes)) !== entry.sha256) {
    throw new CliError(`${entry.name}: changed while the build ran; build again`);
  }
  try {
    await writeFileAtomic(file, bytes);
  } catch (error) {
    throw new CliError(`${file}: cannot write: ${describeFsError(error)}`);
  }
}
