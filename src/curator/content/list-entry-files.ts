// Lists the `*.md` files of timeline/, testimonies/ or places/ in name order. The file name is the
// entry's id (docs/content-folder.md), so it must be a valid id; other files are warned about.
// A file whose name is not a valid id is still listed, so it is checked and links to it resolve.

import { timelineEventSchema } from '../../feed/content-schema.ts';
import type { Report } from '../report.ts';
import { listFolder, warnSubfolders } from './list-folder.ts';

export interface EntryFile {
  id: string;
  /** Relative to the content folder, for messages. */
  file: string;
  absolutePath: string;
  /** False when the name is not a valid id (reported here): the entry is checked, never published. */
  validId: boolean;
}

/** An absent folder is no entries; the caller decides whether its section needs some. */
export async function listEntryFiles(contentDir: string, folder: string, report: Report): Promise<EntryFile[]> {
  const listed = await listFolder(contentDir, folder, report);
  if (!listed) return [];
  warnSubfolders(listed, report);
  const entries: EntryFile[] = [];
  for (const { name, file, absolutePath } of listed.files) {
    if (!name.endsWith('.md')) {
      report.warning(file, null, 'entry.not-markdown', 'not a .md file; it is ignored');
      continue;
    }
    const id = name.slice(0, -'.md'.length);
    // Same id rule as the feed's timeline, testimony and place ids.
    const validId = timelineEventSchema.shape.id.safeParse(id).success;
    if (!validId) {
      report.error(
        file,
        null,
        'entry.bad-id',
        `the file name is the id and must be lowercase letters, digits and - (e.g. 1937-order-00447.md)`,
      );
    }
    entries.push({ id, file, absolutePath, validId });
  }
  return entries;
}
