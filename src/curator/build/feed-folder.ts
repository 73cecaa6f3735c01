// The layout of a feed folder (docs/design.md §4) and reading what it publishes: the live
// manifest.json (the eske-feed/2 envelope), and in versions/ the exact bytes of every manifest a
// build published, which tell `feed prune` what the last N versions need. Every change to the
// folder goes through feed-transaction.ts.

import { access, constants, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { FeedError } from '../../feed/errors.ts';
import { MANIFEST_FILE, readManifestFile, type ManifestFile } from '../../feed/manifest-envelope.ts';
import { objectPath, type Manifest } from '../../feed/manifest-schema.ts';
import { parseManifestBytes } from '../../feed/verify-manifest.ts';
import { CliError, describeFsError, fsErrorCode } from '../cli-error.ts';
import { existingPartOf } from '../write-file-atomic.ts';

export const OBJECTS_FOLDER = 'objects';
export const VERSIONS_FOLDER = 'versions';

/** Where the copy of version N's manifest is kept, relative to the feed folder. */
export function versionFile(version: number): string {
  return `${VERSIONS_FOLDER}/${version}.json`;
}

export interface PublishedManifest {
  manifest: Manifest;
  /** manifest.json as read; an eske-feed/1 one is always republished as eske-feed/2. */
  file: ManifestFile;
  /** Its exact bytes. */
  bytes: Uint8Array;
}

/** A manifest file of either format, read unverified; a broken one is a CliError that says what to do. */
function parseManifestFile(file: string, bytes: Uint8Array): Omit<PublishedManifest, 'bytes'> {
  try {
    const read = readManifestFile(bytes, Number.POSITIVE_INFINITY);
    return { manifest: parseManifestBytes(read.signedBytes), file: read };
  } catch (error) {
    if (!(error instanceof FeedError)) throw error;
    throw new CliError(
      'feed.invalid-manifest',
      `${file}: not a valid manifest (${error.message}); fix it or build into a new folder`,
    );
  }
}

/** The manifest currently in the feed, or null for a new feed. A broken one stops the build. */
export async function readPublishedManifest(feedDir: string): Promise<PublishedManifest | null> {
  const file = path.join(feedDir, MANIFEST_FILE);
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (error) {
    if (fsErrorCode(error) === 'ENOENT') return null;
    throw new CliError('feed.unreadable-manifest', `${file}: cannot read: ${describeFsError(error)}`);
  }
  // Without the old version we cannot number the new one above it, and kiosks refuse lower numbers.
  const read = parseManifestFile(file, bytes);
  return { ...read, bytes };
}

/** The objects the live manifest names (relative paths): none for a new feed, null when it cannot be read. */
export async function liveObjectPaths(feedDir: string): Promise<Set<string> | null> {
  try {
    const published = await readPublishedManifest(feedDir);
    return new Set(published?.manifest.objects.map(objectPath));
  } catch {
    return null;
  }
}

/** The copy of version N's manifest in versions/, or null when the folder has none. */
export async function readVersionCopy(feedDir: string, version: number): Promise<Manifest | null> {
  const file = path.join(feedDir, versionFile(version));
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (error) {
    if (fsErrorCode(error) === 'ENOENT') return null;
    throw new CliError('feed.unreadable-manifest', `${file}: cannot read: ${describeFsError(error)}`);
  }
  return parseManifestFile(file, bytes).manifest;
}

/** The versions that versions/ holds a copy of, lowest first. */
export async function listVersionCopies(feedDir: string): Promise<number[]> {
  const names = await readdir(path.join(feedDir, VERSIONS_FOLDER)).catch(() => []);
  return names
    .map((name) => /^([1-9]\d*)\.json$/.exec(name)?.[1])
    .filter((version) => version !== undefined)
    .map(Number)
    .sort((a, b) => a - b);
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
