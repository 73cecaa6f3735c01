// Reads timeline/*.md, one event per file: front matter (date, era, title, source, image,
// links) and a body per language. Checks each file on its own; languages, files and links are
// checked across the folder by read-content-folder.

import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import type { LocalizedParagraphs, LocalizedText } from '../../feed/content-schema.ts';
import type { Report } from '../report.ts';
import type { ContentEntry, FileRef, ImageSource, LinkRef, TextRef } from './content-refs.ts';
import { listEntryFiles } from './list-entry-files.ts';
import { readMarkdownEntry } from './read-markdown-entry.ts';
import {
  checkYaml,
  filePathInput,
  idInput,
  idListInput,
  languagesOf,
  localizedInput,
  partialDateInput,
  textRef,
} from './source-schemas.ts';

export const TIMELINE_FOLDER = 'timeline';

const eventInput = z.object({
  date: partialDateInput,
  end_date: partialDateInput.optional(),
  era: idInput.optional(),
  title: localizedInput,
  source: z.string().trim().min(1, 'must say where the facts come from'),
  image: filePathInput.optional(),
  image_alt: localizedInput.optional(),
  links: z
    .strictObject({ testimonies: idListInput.default([]), names: idListInput.default([]) })
    .default({ testimonies: [], names: [] }),
});

export interface TimelineEventSource {
  id: string;
  date: string;
  endDate?: string;
  era?: string;
  title: LocalizedText;
  body: LocalizedParagraphs;
  source: string;
  image?: ImageSource;
  links: { testimonies: string[]; names: string[] };
}

export async function readTimeline(contentDir: string, report: Report): Promise<ContentEntry<TimelineEventSource>[]> {
  const events: ContentEntry<TimelineEventSource>[] = [];
  for (const { id, file, absolutePath } of await listEntryFiles(contentDir, TIMELINE_FOLDER, report)) {
    const entry = readMarkdownEntry(await readFile(absolutePath, 'utf8'), file, report);
    if (!entry) continue;
    const input = checkYaml(eventInput, entry.front, file, report);
    if (!input) continue;
    const lineOf = entry.front.lineOf;

    if (input.end_date !== undefined && input.end_date < input.date) {
      report.error(
        file,
        lineOf(['end_date']),
        'timeline.end-before-start',
        `end_date ${input.end_date} is before date ${input.date}`,
      );
    }
    const texts: TextRef[] = [
      textRef(entry.front, ['title'], input.title),
      { line: entry.bodyLine, label: 'body', languages: languagesOf(entry.sections), noun: 'section' },
    ];
    const files: FileRef[] = [];
    let image: ImageSource | undefined;
    if (input.image !== undefined) {
      files.push({ line: lineOf(['image']), label: 'image', path: input.image, kind: 'image' });
      // A picture a visitor cannot see needs words: alt text is required with every image.
      if (!input.image_alt) report.error(file, lineOf(['image']), 'image.no-alt', 'image_alt is required with image');
      else texts.push(textRef(entry.front, ['image_alt'], input.image_alt));
      image = { file: input.image, alt: input.image_alt ?? {} };
    } else if (input.image_alt) {
      report.warning(file, lineOf(['image_alt']), 'image.alt-without-image', 'image_alt without image is ignored');
    }
    const links: LinkRef[] = [
      ...(input.era === undefined ? [] : [{ line: lineOf(['era']), label: 'era', target: 'era' as const, id: input.era }]),
      ...input.links.testimonies.map((target, index) => ({
        line: lineOf(['links', 'testimonies', index]),
        label: `links.testimonies[${index}]`,
        target: 'testimony' as const,
        id: target,
      })),
      ...input.links.names.map((target, index) => ({
        line: lineOf(['links', 'names', index]),
        label: `links.names[${index}]`,
        target: 'name' as const,
        id: target,
      })),
    ];

    const event: TimelineEventSource = {
      id,
      date: input.date,
      ...(input.end_date !== undefined && { endDate: input.end_date }),
      ...(input.era !== undefined && { era: input.era }),
      title: input.title,
      body: entry.sections,
      source: input.source,
      ...(image && { image }),
      links: input.links,
    };
    events.push({ file, value: event, texts, files, links });
  }
  return events;
}
