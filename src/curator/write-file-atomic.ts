// Writes a file so that readers see either the old content or the new, never half of it: a
// static host may serve manifest.json at any moment while a build runs (DESIGN §4).

import { rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

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
