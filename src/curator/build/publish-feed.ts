// Puts a build into its feed folder (docs/design.md §4) as one feed transaction: the objects the
// folder lacks first, then the control files, last and in order. A build that changes nothing
// writes nothing, not even a journal, so running it on every `npm start` touches no file.

import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { LEGACY_SIGNATURE_FILE, MANIFEST_FILE } from '../../feed/manifest-envelope.ts';
import { objectPath, type ObjectEntry } from '../../feed/manifest-schema.ts';
import { sha256Hex } from '../../feed/sha256.ts';
import { CliError } from '../cli-error.ts';
import { versionFile } from './feed-folder.ts';
import { FeedTransaction, type ControlFile, type TransactionOptions } from './feed-transaction.ts';

/** An object of a build, hashed, whose bytes are made again only if the feed lacks it. */
export interface PlannedObject {
  entry: ObjectEntry;
  load: () => Promise<Uint8Array>;
}

export interface WrittenObjects {
  newObjects: number;
  newBytes: number;
}

export interface PublishOptions extends TransactionOptions {
  /** The version the build numbered from: if another build published since, this one stops. */
  baseVersion: number | null;
}

/** The copy of a version's manifest that `feed prune` reads to know what the last versions need. */
export function historyCopy(version: number, manifestFile: Uint8Array): ControlFile {
  return { file: versionFile(version), bytes: manifestFile };
}

/** docs/design.md §4: what goes live last, in this order; the history first, so it never lags behind. */
export function manifestControlFiles(version: number, manifestFile: Uint8Array): ControlFile[] {
  return [historyCopy(version, manifestFile), { file: MANIFEST_FILE, bytes: manifestFile }];
}

/** Objects the folder lacks; one of the right size is taken to be right (same name, same content). */
async function missingObjects(feedDir: string, objects: readonly PlannedObject[]): Promise<PlannedObject[]> {
  const missing: PlannedObject[] = [];
  for (const object of objects) {
    const info = await stat(path.join(feedDir, objectPath(object.entry))).catch(() => null);
    if (!info?.isFile() || info.size !== object.entry.bytes) missing.push(object);
  }
  return missing;
}

/** Control files whose bytes differ from the folder's (a copy in versions/ that is there already is not written again). */
async function changedControlFiles(feedDir: string, control: readonly ControlFile[]): Promise<ControlFile[]> {
  const changed: ControlFile[] = [];
  for (const file of control) {
    const onDisk = await readFile(path.join(feedDir, file.file)).catch(() => null);
    if (onDisk === null || !onDisk.equals(typeof file.bytes === 'string' ? Buffer.from(file.bytes) : file.bytes))
      changed.push(file);
  }
  return changed;
}

/** The object's bytes, made again and checked against the hash its manifest entry was made with. */
async function verifiedBytes({ entry, load }: PlannedObject): Promise<Uint8Array> {
  const bytes = await load();
  // A media file edited while the build ran would give an object that every kiosk rejects.
  if (bytes.length !== entry.bytes || (await sha256Hex(bytes)) !== entry.sha256) {
    throw new CliError('build.source-changed', `${entry.name}: changed while the build ran; build again`);
  }
  return bytes;
}

/** Writes the objects the folder lacks, then the control files that changed; nothing if neither. */
export async function publishFeed(
  feedDir: string,
  objects: readonly PlannedObject[],
  control: readonly ControlFile[],
  options: PublishOptions,
): Promise<WrittenObjects> {
  if ((await missingObjects(feedDir, objects)).length === 0 && (await changedControlFiles(feedDir, control)).length === 0)
    return { newObjects: 0, newBytes: 0 };
  return FeedTransaction.run(feedDir, options, async (transaction) => {
    await transaction.expectVersion(options.baseVersion);
    // Looked at again under the lock.
    const missing = await missingObjects(feedDir, objects);
    await transaction.add(missing.map((object) => ({ file: objectPath(object.entry), bytes: () => verifiedBytes(object) })));
    await transaction.commit(await changedControlFiles(feedDir, control));
    // An eske-feed/1 folder's detached signature now signs nothing; kiosks no longer ask for it.
    if (control.some(({ file }) => file === MANIFEST_FILE)) await transaction.remove(LEGACY_SIGNATURE_FILE);
    return { newObjects: missing.length, newBytes: missing.reduce((sum, object) => sum + object.entry.bytes, 0) };
  });
}
