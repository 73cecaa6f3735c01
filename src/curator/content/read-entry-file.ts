// Reads one timeline/, testimonies/ or places/ file as far as it goes: text, Markdown sections
// (checked by check-markdown.ts), and front matter checked against the caller's schema. What fails
// is reported; what could be read is handed back, so the caller checks the rest and one run lists
// every problem of the file, each once.

import { readFile } from 'node:fs/promises';
import type { z } from 'zod';
import { describeFsError } from '../cli-error.ts';
import type { Report } from '../report.ts';
import { checkMarkdown, warnOutsideLinks } from './check-markdown.ts';
import { unreadEntry, type ContentEntry, type LinkRef } from './content-refs.ts';
import { listEntryFiles, type EntryFile } from './list-entry-files.ts';
import { readMarkdownEntry, type MarkdownEntry } from './read-markdown-entry.ts';
import { checkYaml, type CheckedYaml } from './source-schemas.ts';

export type EntryRead<S extends z.ZodObject> =
  /** Not readable as Markdown with front matter; the entry says what little is known. */
  | { unread: ContentEntry<never> }
  | {
      markdown: MarkdownEntry;
      input: CheckedYaml<S>;
      /** The links to exhibit items in the sections' Markdown. */
      bodyLinks: LinkRef[];
      /** Whether no error has been reported for this file so far: only then is it published. */
      isClean: () => boolean;
    };

/** What readEntryFile gives back for a file it could read as Markdown with front matter. */
export type ReadableEntry<S extends z.ZodObject> = Exclude<EntryRead<S>, { unread: unknown }>;

/**
 * Every entry file of one content folder, each read by readEntryFile and handed to `build` for
 * the checks of its type; a file that cannot be read stays in the list as an unread entry, so
 * references to it are not reported as unknown as well.
 */
export async function readEntries<S extends z.ZodObject, T>(
  contentDir: string,
  folder: string,
  schema: S,
  report: Report,
  build: (listed: EntryFile, read: ReadableEntry<S>) => ContentEntry<T>,
): Promise<ContentEntry<T>[]> {
  const entries: ContentEntry<T>[] = [];
  for (const listed of await listEntryFiles(contentDir, folder, report)) {
    const read = await readEntryFile(listed, schema, report);
    entries.push('unread' in read ? read.unread : build(listed, read));
  }
  return entries;
}

export async function readEntryFile<S extends z.ZodObject>(listed: EntryFile, schema: S, report: Report): Promise<EntryRead<S>> {
  const { id, file } = listed;
  const errorsBefore = report.errorCount;
  let text: string;
  try {
    text = await readFile(listed.absolutePath, 'utf8');
  } catch (error) {
    report.error(file, null, 'entry.unreadable', `cannot read: ${describeFsError(error)}`);
    return { unread: unreadEntry(file, id, '') };
  }
  const markdown = readMarkdownEntry(text, file, report);
  if (!markdown) return { unread: unreadEntry(file, id, text) };
  const input = checkYaml(schema, markdown.front, file, report);
  const bodyLinks: LinkRef[] = [];
  const outsideLinkLines: number[] = [];
  for (const [language, section] of Object.entries(markdown.sections)) {
    const check = checkMarkdown(section.text, { file, line: section.line, label: `## ${language}` }, report);
    bodyLinks.push(...check.links);
    outsideLinkLines.push(...check.outsideLinkLines);
  }
  warnOutsideLinks(file, outsideLinkLines, report);
  return { markdown, input, bodyLinks, isClean: () => listed.validId && report.errorCount === errorsBefore };
}
