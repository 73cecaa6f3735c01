// Lists everything under files/ with its size, so references can be checked against what is
// really there (with the exact case of each name: a kiosk's host may be case-sensitive even if
// the curator's laptop is not), and finds the file a reference that misses one most likely means.

import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';

export const FILES_FOLDER = 'files';

export interface ContentFile {
  absolutePath: string;
  bytes: number;
}

/** Relative path (`files/audio/t01.ogg`) → file; hidden files (.DS_Store) are skipped. */
export async function listContentFiles(contentDir: string): Promise<Map<string, ContentFile>> {
  const files = new Map<string, ContentFile>();
  const walk = async (relativeDir: string): Promise<void> => {
    let entries;
    try {
      entries = await readdir(path.join(contentDir, relativeDir), { withFileTypes: true });
    } catch {
      return; // no files/ folder: every reference will be reported as missing
    }
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
      if (entry.name.startsWith('.')) continue;
      const relative = `${relativeDir}/${entry.name}`;
      if (entry.isDirectory()) await walk(relative);
      else {
        const absolutePath = path.join(contentDir, relative);
        files.set(relative, { absolutePath, bytes: (await stat(absolutePath)).size });
      }
    }
  };
  await walk(FILES_FOLDER);
  return files;
}

/**
 * The listed file that `refPath` names but for case or for how the path is written
 * (`./files/x.png`, `files//x.png`), or null. The curator meant that file: it is in use.
 */
export function closestContentFile(files: ReadonlyMap<string, ContentFile>, refPath: string): string | null {
  const tidy = path.posix.normalize(refPath).replace(/^(\.\/|\/)+/, '');
  if (files.has(tidy)) return tidy;
  const lower = tidy.toLowerCase();
  return [...files.keys()].find((file) => file.toLowerCase() === lower) ?? null;
}
