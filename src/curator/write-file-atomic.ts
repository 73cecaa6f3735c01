// Writes a file so that readers see either the old content or the new, never half of it: a
// static host may serve manifest.json at any moment while a build runs (DESIGN §4). Also makes
// the folders such a file goes into, naming the part of the path that is a file if one is.

import { mkdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { NotAFolderError } from './cli-error.ts';

export async function writeFileAtomic(file: string, data: Uint8Array | string, mode?: number): Promise<void> {
  // Same folder as the target, so the rename stays on one file system and is atomic.
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    await writeFile(temporary, data, mode === undefined ? undefined : { mode });
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

/**
 * mkdir -p, one level at a time: Node 20's `mkdir(…, { recursive: true })` never returns for
 * some unwritable places (a path under /proc), where this fails at once with the reason. A
 * part of the path that is a file throws NotAFolderError naming it; Node would only say EEXIST.
 */
export async function makeFolders(folder: string): Promise<void> {
  const existing = await stat(folder).catch(() => null);
  if (existing) {
    if (!existing.isDirectory()) throw new NotAFolderError(folder);
    return;
  }
  const parent = path.dirname(folder);
  if (parent !== folder) await makeFolders(parent);
  await mkdir(folder).catch((error: unknown) => {
    // Another process may have made it since the stat.
    if ((error as { code?: string }).code !== 'EEXIST') throw error;
  });
}
