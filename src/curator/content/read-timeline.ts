// Reads timeline/*.md, one event per file: front matter (date, era, title, source, images,
// content warning, links) and a Markdown body per language. Checks each file on its own;
// languages, files and links are checked across the folder by read-content-folder.

import { z } from 'zod';
import type { LocalizedMarkdown, LocalizedText } from '../../feed/content-schema.ts';
import type { Report } from '../report.ts';
import type { ContentEntry, ImageSource, LinkRef, TextRef } from './content-refs.ts';
import { readEntries } from './read-entry-file.ts';
import { imageInput, readImage, readImages } from './read-images.ts';
import { markdownOf } from './read-markdown-entry.ts';
import {
  filePathInput,
  idInput,
  idListInput,
  languagesOf,
  linkRefs,
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
  images: z.array(imageInput).optional(),
  /** The form before `images:` (one image), still read as a list of one. */
  image: filePathInput.optional(),
  image_alt: localizedInput.optional(),
  content_warning: localizedInput.optional(),
  links: z
    .strictObject({ testimonies: idListInput.default([]), names: idListInput.default([]), places: idListInput.default([]) })
    .default({ testimonies: [], names: [], places: [] }),
});

export interface TimelineEventSource {
  id: string;
  date: string;
  endDate?: string;
  era?: string;
  title: LocalizedText;
  body: LocalizedMarkdown;
  source: string;
  images: ImageSource[];
  contentWarning?: LocalizedText;
  links: { testimonies: string[]; names: string[]; places: string[] };
}

export function readTimeline(contentDir: string, report: Report): Promise<ContentEntry<TimelineEventSource>[]> {
  return readEntries(contentDir, TIMELINE_FOLDER, eventInput, report, (listed, read) => {
    const { id, file } = listed;
    const { markdown, input } = read;
    const { front, sections, bodyLine } = markdown;
    const { date, end_date: endDate, era, title, image: imageFile, image_alt: imageAlt, links: linked } = input.value;
    const { content_warning: contentWarning } = input.value;
    const lineOf = front.lineOf;

    if (date !== undefined && endDate !== undefined && endDate < date) {
      report.error(file, lineOf(['end_date']), 'timeline.end-before-start', `end_date ${endDate} is before date ${date}`);
    }
    const images = readImages(input.value.images, 'images', front, file, report);
    if (imageFile !== undefined) {
      if (writesKey(front, 'images'))
        report.error(file, lineOf(['image']), 'image.two-forms', 'give images: or image:, not both (images: is the newer form)');
      // Its bad image_alt is reported above; the file is still in use.
      else if (writesKey(front, 'image_alt') && !imageAlt)
        images.files.push({ line: lineOf(['image']), label: 'image', path: imageFile, kind: 'image' });
      // The older form names the alt text image_alt:; read as `images: [{file, alt}]`.
      else readImage({ file: imageFile, alt: imageAlt }, ['image'], front, file, report, images);
    } else if (imageAlt) {
      report.warning(file, lineOf(['image_alt']), 'image.alt-without-image', 'image_alt without image is ignored');
    }
    const texts: TextRef[] = [
      ...(title ? [textRef(front, ['title'], title)] : []),
      { line: bodyLine, label: 'body', languages: languagesOf(markdownOf(sections)), noun: 'section' },
      ...images.texts,
      ...(contentWarning ? [textRef(front, ['content_warning'], contentWarning)] : []),
    ];
    const links: LinkRef[] = [
      ...(era === undefined ? [] : [{ line: lineOf(['era']), label: 'era', target: 'era' as const, id: era }]),
      ...linkRefs(front, ['links', 'testimonies'], linked?.testimonies, 'testimony'),
      ...linkRefs(front, ['links', 'names'], linked?.names, 'name'),
      ...linkRefs(front, ['links', 'places'], linked?.places, 'place'),
      ...read.bodyLinks,
    ];

    const value: TimelineEventSource | null =
      input.valid && read.isClean()
        ? {
            id,
            date: input.value.date,
            ...(endDate !== undefined && { endDate }),
            ...(era !== undefined && { era }),
            title: input.value.title,
            body: markdownOf(sections),
            source: input.value.source,
            images: images.images,
            ...(contentWarning && { contentWarning }),
            links: input.value.links,
          }
        : null;
    return { file, id, value, texts, files: images.files, links };
  });
}
