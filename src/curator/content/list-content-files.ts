// Lists everything under files/ with its size, so references can be checked against what is
// really there (with the exact case of each name: a kiosk's host may be case-sensitive even if
// the curator's laptop is not), and finds the file a reference that misses one most likely means.

import { realpath } from 'node:fs/promises';
import path from 'node:path';
import type { Report } from '../report.ts';
import { listFolder } from './list-folder.ts';

export const FILES_FOLDER = 'files';

export interface ContentFile {
  absolutePath: string;
  bytes: number;
}

/**
 * Relative path (`files/audio/t01.ogg`) → file; hidden files (.DS_Store) are skipped. Linked
 * folders are followed (media kept on another disk), each real folder once, so a link back up
 * the tree cannot make the walk endless.
 */
export async function listContentFiles(contentDir: string, report: Report): Promise<Map<string, ContentFile>> {
  const files = new Map<string, ContentFile>();
  const walked = new Set<string>();
  const walk = async (relativeDir: string): Promise<void> => {
    const real = await realpath(path.join(contentDir, relativeDir)).catch(() => null);
    if (real !== null && walked.has(real)) {
      report.warning(`${relativeDir}/`, null, 'folder.loop', 'leads back to a folder already read; its files are read once');
      return;
    }
    if (real !== null) walked.add(real);
    // No files/ folder: every reference will be reported as missing.
    const listed = await listFolder(contentDir, relativeDir, report);
    for (const { file, absolutePath, bytes } of listed?.files ?? []) files.set(file, { absolutePath, bytes });
    for (const folder of listed?.folders ?? []) await walk(folder);
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
