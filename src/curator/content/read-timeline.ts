// Reads timeline/*.md, one event per file: front matter (date, era, title, source, image,
// links) and a body per language. Checks each file on its own; languages, files and links are
// checked across the folder by read-content-folder.

import { z } from 'zod';
import type { LocalizedText } from '../../feed/content-schema.ts';
import type { LocalizedParagraphs } from './read-markdown-entry.ts';
import type { Report } from '../report.ts';
import type { ContentEntry, FileRef, ImageSource, LinkRef, TextRef } from './content-refs.ts';
import { listEntryFiles } from './list-entry-files.ts';
import { readEntryFile } from './read-entry-file.ts';
import {
  filePathInput,
  idInput,
  idListInput,
  languagesOf,
  localizedInput,
  partialDateInput,
  textRef,
  writesKey,
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
  for (const listed of await listEntryFiles(contentDir, TIMELINE_FOLDER, report)) {
    const { id, file } = listed;
    const read = await readEntryFile(listed, eventInput, report);
    if ('unread' in read) {
      events.push(read.unread);
      continue;
    }
    const { markdown, input } = read;
    const { front, sections, bodyLine } = markdown;
    const { date, end_date: endDate, era, title, image: imageFile, image_alt: imageAlt, links: linked } = input.value;
    const lineOf = front.lineOf;

    if (date !== undefined && endDate !== undefined && endDate < date) {
      report.error(file, lineOf(['end_date']), 'timeline.end-before-start', `end_date ${endDate} is before date ${date}`);
    }
    const texts: TextRef[] = [
      ...(title ? [textRef(front, ['title'], title)] : []),
      { line: bodyLine, label: 'body', languages: languagesOf(sections), noun: 'section' },
    ];
    const files: FileRef[] = [];
    let image: ImageSource | undefined;
    if (imageFile !== undefined) {
      files.push({ line: lineOf(['image']), label: 'image', path: imageFile, kind: 'image' });
      // A picture a visitor cannot see needs words: alt text is required with every image.
      if (imageAlt) texts.push(textRef(front, ['image_alt'], imageAlt));
      else if (!writesKey(front, 'image_alt'))
        report.error(file, lineOf(['image']), 'image.no-alt', 'image_alt is required with image');
      image = { file: imageFile, alt: imageAlt ?? {} };
    } else if (imageAlt) {
      report.warning(file, lineOf(['image_alt']), 'image.alt-without-image', 'image_alt without image is ignored');
    }
    const links: LinkRef[] = [
      ...(era === undefined ? [] : [{ line: lineOf(['era']), label: 'era', target: 'era' as const, id: era }]),
      ...(linked?.testimonies ?? []).map((target, index) => ({
        line: lineOf(['links', 'testimonies', index]),
        label: `links.testimonies[${index}]`,
        target: 'testimony' as const,
        id: target,
      })),
      ...(linked?.names ?? []).map((target, index) => ({
        line: lineOf(['links', 'names', index]),
        label: `links.names[${index}]`,
        target: 'name' as const,
        id: target,
      })),
    ];

    const value: TimelineEventSource | null =
      input.valid && read.isClean()
        ? {
            id,
            date: input.value.date,
            ...(endDate !== undefined && { endDate }),
            ...(era !== undefined && { era }),
            title: input.value.title,
            body: sections,
            source: input.value.source,
            ...(image && { image }),
            links: input.value.links,
          }
        : null;
    events.push({ file, id, value, texts, files, links });
  }
  return events;
}
