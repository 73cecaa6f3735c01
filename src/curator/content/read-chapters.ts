// Reads a testimony's `chapters:` (docs/content-folder.md "Testimonies"): OHMS-style segments
// with a start time, title, synopsis and keyword ids, in start order. Whether a chapter falls
// inside the recording is checked where the recording's duration is known.

import { z } from 'zod';
import type { LocalizedText } from '../../feed/content-schema.ts';
import type { Report } from '../report.ts';
import type { LinkRef, TextRef } from './content-refs.ts';
import { idListInput, linkRefs, localizedInput, textRef } from './source-schemas.ts';
import type { YamlSource } from './yaml-source.ts';

/** `m:ss`, `h:mm:ss` (minutes and seconds below 60), or a number of seconds; fractions allowed. */
const TIMECODE = /^(?:(\d+):)?(\d+):([0-5]\d(?:\.\d+)?)$/;

/** Seconds from a start as curators write it, or null. */
export function parseTimecode(value: string | number): number | null {
  if (typeof value === 'number') return Number.isFinite(value) && value >= 0 ? value : null;
  const trimmed = value.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Number(trimmed);
  const match = TIMECODE.exec(trimmed);
  if (!match) return null;
  const [, hours, minutes, seconds] = match;
  if (hours !== undefined && Number(minutes) >= 60) return null;
  return Number(hours ?? 0) * 3600 + Number(minutes) * 60 + Number(seconds);
}

export const chapterInput = z.strictObject({
  start: z.union([z.string(), z.number()]).transform((value, context) => {
    const seconds = parseTimecode(value);
    if (seconds === null)
      context.addIssue({ code: 'custom', message: `"${value}" is not a time: write m:ss, h:mm:ss or seconds` });
    return seconds ?? 0;
  }),
  title: localizedInput,
  synopsis: localizedInput.optional(),
  keywords: idListInput.default([]),
});
export type ChapterInput = z.output<typeof chapterInput>;

export interface ChapterSource {
  /** Seconds from the start of the recording. */
  start: number;
  /** Where `start` is written, for a check against the recording's duration. */
  line: number;
  title: LocalizedText;
  synopsis?: LocalizedText;
  keywords: string[];
}

export interface ChaptersRead {
  chapters: ChapterSource[];
  texts: TextRef[];
  links: LinkRef[];
}

export function readChapters(
  inputs: readonly ChapterInput[] | undefined,
  source: YamlSource,
  file: string,
  report: Report,
): ChaptersRead {
  const read: ChaptersRead = { chapters: [], texts: [], links: [] };
  inputs?.forEach((input, index) => {
    const path = ['chapters', index];
    const line = source.lineOf([...path, 'start']);
    const previous = read.chapters.at(-1);
    // The kiosk lists chapters as the recording runs; a chapter out of place is a typo in a time.
    if (previous && input.start <= previous.start) {
      const code = input.start === previous.start ? 'testimony.duplicate-chapter-start' : 'testimony.chapters-out-of-order';
      report.error(
        file,
        line,
        code,
        `chapters[${index}].start (${input.start} s) must come after chapters[${index - 1}].start (${previous.start} s)`,
      );
    }
    read.texts.push(textRef(source, [...path, 'title'], input.title));
    if (input.synopsis) read.texts.push(textRef(source, [...path, 'synopsis'], input.synopsis));
    read.links.push(...linkRefs(source, [...path, 'keywords'], input.keywords, 'keyword'));
    read.chapters.push({
      start: input.start,
      line,
      title: input.title,
      ...(input.synopsis && { synopsis: input.synopsis }),
      keywords: input.keywords,
    });
  });
  return read;
}
