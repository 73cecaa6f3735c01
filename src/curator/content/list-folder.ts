// Lists one folder of a content folder for its reader: the regular files in name order (symbolic
// links followed), its subfolders, and a report of everything else instead of silently skipping
// it or, worse, opening it: a named pipe read as a .md or .csv would hold the build forever.

import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { describeFsError, fsErrorCode } from '../cli-error.ts';
import type { Report } from '../report.ts';

export interface ListedFile {
  name: string;
  /** Relative to the content folder (`timeline/1937-order.md`), for messages. */
  file: string;
  absolutePath: string;
  bytes: number;
}

export interface ListedFolder {
  files: ListedFile[];
  /** Subfolders, real or linked, relative to the content folder. */
  folders: string[];
}

/** Null when `folder` is absent, or is not a folder that can be read (then reported). */
export async function listFolder(contentDir: string, folder: string, report: Report): Promise<ListedFolder | null> {
  const absoluteFolder = path.join(contentDir, folder);
  let entries;
  try {
    entries = await readdir(absoluteFolder, { withFileTypes: true });
  } catch (error) {
    const code = fsErrorCode(error);
    if (code === 'ENOENT') return null;
    if (code === 'ENOTDIR') report.error(folder, null, 'folder.not-a-folder', 'is a file; it must be a folder');
    else report.error(`${folder}/`, null, 'folder.unreadable', `cannot read the folder: ${describeFsError(error)}`);
    return null;
  }
  const listed: ListedFolder = { files: [], folders: [] };
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (entry.name.startsWith('.')) continue; // editor and OS litter (.DS_Store, .swp)
    const file = `${folder}/${entry.name}`;
    const absolutePath = path.join(absoluteFolder, entry.name);
    let info;
    try {
      info = await stat(absolutePath);
    } catch (error) {
      const reason =
        fsErrorCode(error) === 'ENOENT' ? 'a symbolic link to something that does not exist' : describeFsError(error);
      report.error(file, null, 'file.unreadable', `cannot read: ${reason}`);
      continue;
    }
    if (info.isDirectory()) listed.folders.push(file);
    else if (info.isFile()) listed.files.push({ name: entry.name, file, absolutePath, bytes: info.size });
    else report.warning(file, null, 'file.not-regular', 'not a regular file (a pipe, socket or device); it is not read');
  }
  return listed;
}

/** For a folder whose subfolders are not read (timeline/, names/): each one is said, not skipped silently. */
export function warnSubfolders(listed: ListedFolder, report: Report): void {
  for (const folder of listed.folders) {
    const parent = path.posix.dirname(folder);
    report.warning(`${folder}/`, null, 'folder.nested', `folders inside ${parent}/ are not read; move its files into ${parent}/`);
  }
}
