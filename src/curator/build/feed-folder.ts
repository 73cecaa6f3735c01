// The feed folder on disk (docs/design.md §4): nothing is written until a build is known to
// publish; then objects/<sha256>.<ext> first, manifest.json and manifest.sig last, each written
// to a temporary name and renamed, so a host serving the folder mid-build never hands out a
// manifest whose objects are missing. Old objects are never deleted: kiosks still syncing an
// older version may need them.

import { access, constants, readFile, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { ManifestFormatError } from '../../feed/errors.ts';
import { objectPath, type Manifest, type ObjectEntry } from '../../feed/manifest-schema.ts';
import { sha256Hex } from '../../feed/sha256.ts';
import { parseManifestBytes } from '../../feed/verify-manifest.ts';
import { CliError, describeFsError } from '../cli-error.ts';
import { existingPartOf, makeFolders, removeFolders, writeFileAtomic } from '../write-file-atomic.ts';

export const MANIFEST_FILE = 'manifest.json';
export const SIGNATURE_FILE = 'manifest.sig';
const OBJECTS_FOLDER = 'objects';

export interface PublishedManifest {
  manifest: Manifest;
  bytes: Uint8Array;
  /** The text of manifest.sig, or null if it is missing. */
  signature: string | null;
}

/** The manifest currently in the feed, or null for a new feed. A broken one stops the build. */
export async function readPublishedManifest(feedDir: string): Promise<PublishedManifest | null> {
  const file = path.join(feedDir, MANIFEST_FILE);
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (error) {
    if ((error as { code?: string }).code === 'ENOENT') return null;
    throw new CliError('feed.unreadable-manifest', `${file}: cannot read: ${describeFsError(error)}`);
  }
  // Without the old version we cannot number the new one above it, and kiosks refuse lower numbers.
  let manifest;
  try {
    manifest = parseManifestBytes(bytes);
  } catch (error) {
    if (!(error instanceof ManifestFormatError)) throw error;
    throw new CliError(
      'feed.invalid-manifest',
      `${file}: not a valid manifest (${error.problems[0]}); fix it or build into a new folder`,
    );
  }
  const signature = await readFile(path.join(feedDir, SIGNATURE_FILE), 'utf8').catch(() => null);
  return { manifest, bytes, signature };
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
    throw new CliError('feed.unwritable', `${feedDir}: cannot write the feed there: ${describeFsError(error)}`);
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
    throw new CliError('feed.unwritable', `${feedDir}: cannot write the feed there: ${describeFsError(error)}`);
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
 * Writes the objects the feed lacks, then the manifest, then its signature. If anything fails
 * before the manifest is in place, the objects and folders written so far are removed again: a
 * build that publishes nothing leaves no trace.
 */
export async function publishFeed(
  feedDir: string,
  objects: readonly PlannedObject[],
  manifestBytes: Uint8Array,
  signature: string,
): Promise<WrittenObjects> {
  const { newObjects, newBytes, undo } = await writeMissingObjects(feedDir, objects);
  try {
    await writeFileAtomic(path.join(feedDir, MANIFEST_FILE), manifestBytes);
  } catch (error) {
    await undo();
    throw new CliError('feed.write-failed', `${feedDir}: cannot write the manifest: ${describeFsError(error)}`);
  }
  // docs/design.md §4: between the two renames a kiosk sees a signature mismatch, rejects the
  // pair and keeps its content until the next sync.
  await writeFileAtomic(path.join(feedDir, SIGNATURE_FILE), signature).catch((error: unknown) => {
    throw new CliError('feed.write-failed', `${feedDir}: cannot write the manifest signature: ${describeFsError(error)}`);
  });
  return { newObjects, newBytes };
}

async function writeObject(file: string, { entry, load }: PlannedObject): Promise<void> {
  const bytes = await load();
  // The object is named by the hash the manifest was made with; a media file edited since
  // would give an object that every kiosk rejects.
  if (bytes.length !== entry.bytes || (await sha256Hex(bytes)) !== entry.sha256) {
    throw new CliError('build.source-changed', `${entry.name}: changed while the build ran; build again`);
  }
  try {
    await writeFileAtomic(file, bytes);
  } catch (error) {
    throw new CliError('feed.write-failed', `${file}: cannot write: ${describeFsError(error)}`);
  }
}
