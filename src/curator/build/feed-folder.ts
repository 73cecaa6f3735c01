// The feed folder on disk (DESIGN §4): objects/<sha256>.<ext> first, manifest.json and
// manifest.sig last, each written to a temporary name and renamed, so a host serving the
// folder mid-build never hands out a manifest whose objects are missing. Nothing is deleted:
// kiosks still syncing an older version may need its objects.

import { readFile, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { ManifestFormatError } from '../../feed/errors.ts';
import { objectPath, type Manifest, type ObjectEntry } from '../../feed/manifest-schema.ts';
import { parseManifestBytes } from '../../feed/verify-manifest.ts';
import { CliError, describeFsError } from '../cli-error.ts';
import { makeFolders, writeFileAtomic } from '../write-file-atomic.ts';

export const MANIFEST_FILE = 'manifest.json';
export const SIGNATURE_FILE = 'manifest.sig';

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
    throw new CliError(`${file}: cannot read: ${describeFsError(error)}`);
  }
  // Without the old version we cannot number the new one above it, and kiosks refuse lower numbers.
  let manifest;
  try {
    manifest = parseManifestBytes(bytes);
  } catch (error) {
    if (!(error instanceof ManifestFormatError)) throw error;
    throw new CliError(`${file}: not a valid manifest (${error.problems[0]}); fix it or build into a new folder`);
  }
  const signature = await readFile(path.join(feedDir, SIGNATURE_FILE), 'utf8').catch(() => null);
  return { manifest, bytes, signature };
}

/** Creates the feed folder and objects/, and proves they are writable before a long build starts. */
export async function prepareFeedFolder(feedDir: string): Promise<void> {
  const probe = path.join(feedDir, 'objects', `.write-test.${process.pid}`);
  try {
    await makeFolders(path.join(feedDir, 'objects'));
    await writeFileAtomic(probe, '');
    await rm(probe, { force: true });
  } catch (error) {
    throw new CliError(`${feedDir}: cannot write the feed there: ${describeFsError(error)}`);
  }
}

/** Writes an object unless it is already there (same name means same content). True if written. */
export async function writeObject(
  feedDir: string,
  entry: Pick<ObjectEntry, 'sha256' | 'type' | 'bytes'>,
  bytes: Uint8Array,
): Promise<boolean> {
  const file = path.join(feedDir, objectPath(entry));
  const existing = await stat(file).catch(() => null);
  if (existing?.size === entry.bytes) return false;
  try {
    await writeFileAtomic(file, bytes);
  } catch (error) {
    throw new CliError(`${file}: cannot write: ${describeFsError(error)}`);
  }
  return true;
}

/** The manifest first, then its signature: between the two renames a kiosk sees a signature
 * mismatch, rejects the pair and keeps its content until the next sync (DESIGN §5.1). */
export async function publishManifest(feedDir: string, manifestBytes: Uint8Array, signature: string): Promise<void> {
  try {
    await writeFileAtomic(path.join(feedDir, MANIFEST_FILE), manifestBytes);
    await writeFileAtomic(path.join(feedDir, SIGNATURE_FILE), signature);
  } catch (error) {
    throw new CliError(`${feedDir}: cannot write the manifest: ${describeFsError(error)}`);
  }
}
