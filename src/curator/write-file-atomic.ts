// Writes a file so that readers see either the old content or the new, never half of it: a
// register being generated or a cached image variant must not be read half-written (the feed
// folder has its own journaled writes, build/feed-transaction.ts, with the same temporary names).
// Also makes the folders such a file goes into, naming the part of the path that is a file if one is.

import { mkdir, rename, rm, rmdir, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { NotAFolderError } from './cli-error.ts';

export function writeFileAtomic(file: string, data: Uint8Array | string, mode?: number): Promise<void> {
  return writeFileAtomicWith(file, (temporary) => writeFile(temporary, data, mode === undefined ? undefined : { mode }));
}

/** writeFileAtomic for content too large to hold at once: `write` fills the temporary file it is given. */
export async function writeFileAtomicWith(file: string, write: (temporary: string) => Promise<void>): Promise<void> {
  const temporary = temporaryPath(file);
  try {
    await write(temporary);
    await rename(temporary, file);
  } catch (error) {
    // The failure that stopped the write is the one to report, not a failed clean-up after it.
    await rm(temporary, { force: true }).catch(() => undefined);
    throw error;
  }
}

/**
 * Where `file` is written before its rename: the same folder, so the rename stays on one file
 * system and is atomic; hidden, and named by the writing process, so that one left behind by a
 * process that is gone can be told from one still being written (feed-transaction.ts).
 */
export function temporaryPath(file: string, pid = process.pid): string {
  return path.join(path.dirname(file), `.${path.basename(file)}.${pid}.tmp`);
}

/** The process id in a temporaryPath's name, or null for any other name. */
export function temporaryWriter(name: string): number | null {
  const match = /^\..+\.(\d+)\.tmp$/.exec(name);
  return match ? Number(match[1]) : null;
}

/** The deepest part of `folder`'s path that exists, `folder` itself if it does; a file there throws NotAFolderError. */
export async function existingPartOf(folder: string): Promise<string> {
  for (let part = folder; ; part = path.dirname(part)) {
    const info = await stat(part).catch(() => null);
    if (info?.isDirectory()) return part;
    if (info) throw new NotAFolderError(part);
    if (path.dirname(part) === part) return part;
  }
}

/**
 * mkdir -p, one level at a time: Node 20's `mkdir(…, { recursive: true })` never returns for
 * some unwritable places (a path under /proc), where this fails at once with the reason. A
 * part of the path that is a file throws NotAFolderError naming it; Node would only say EEXIST.
 * Makes all the missing folders or none, and resolves to those it made, outermost first, so
 * that a caller can take them back with removeFolders.
 */
export async function makeFolders(folder: string, makeFolder: (part: string) => Promise<unknown> = mkdir): Promise<string[]> {
  const missing: string[] = [];
  for (let part = folder, existing = await existingPartOf(folder); part !== existing; part = path.dirname(part))
    missing.unshift(part);
  const made: string[] = [];
  try {
    for (const part of missing) {
      try {
        await makeFolder(part);
        made.push(part);
      } catch (error) {
        // Another process may have made it since the stat.
        if ((error as { code?: string }).code !== 'EEXIST') throw error;
      }
    }
  } catch (error) {
    await removeFolders(made);
    throw error;
  }
  return made;
}

/** Removes folders that makeFolders made, innermost first; one something else has written into stays. */
export async function removeFolders(made: readonly string[]): Promise<void> {
  for (const folder of [...made].reverse()) await rmdir(folder).catch(() => undefined);
}
