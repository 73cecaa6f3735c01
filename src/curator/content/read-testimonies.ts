// Reads testimonies/*.md: front matter (speaker, recording, audio or video or neither, portrait,
// chapters, transcripts) and a Markdown body per language: a recording's summary, or the whole
// text of a text-only testimony (a letter, a memoir). Checks each file on its own; languages,
// files and links are checked across the folder by read-content-folder.

import { z } from 'zod';
import type { LocalizedMarkdown, LocalizedText } from '../../feed/content-schema.ts';
import { LANGUAGES, type Language } from '../../feed/languages.ts';
import type { Report } from '../report.ts';
import type { ContentEntry, FileRef, ImageSource, TextRef } from './content-refs.ts';
import { chapterInput, readChapters, type ChapterSource } from './read-chapters.ts';
import { readEntries } from './read-entry-file.ts';
import { imageInput, readImage, type ImagesRead } from './read-images.ts';
import { markdownOf } from './read-markdown-entry.ts';
import { filePathInput, languagesOf, localizedInput, partialDateInput, textRef, writesKey } from './source-schemas.ts';

export const TESTIMONIES_FOLDER = 'testimonies';

const testimonyInput = z.object({
  title: localizedInput,
  speaker: localizedInput,
  recorded: partialDateInput,
  place: localizedInput.optional(),
  audio: filePathInput.optional(),
  video: filePathInput.optional(),
  /** The language spoken, or for a text-only testimony the language it is written in. */
  audio_language: z.enum(LANGUAGES),
  synthetic: z.boolean().default(false),
  transcripts: z.partialRecord(z.enum(LANGUAGES), filePathInput).default({}),
  /** Required for a text-only testimony, whose body is the text itself. */
  summary: localizedInput.optional(),
  portrait: imageInput.optional(),
  chapters: z.array(chapterInput).optional(),
  content_warning: localizedInput.optional(),
});

export interface TestimonySource {
  id: string;
  title: LocalizedText;
  speaker: LocalizedText;
  recorded: string;
  place?: LocalizedText;
  /** Null for a text-only testimony. */
  media: { kind: 'audio' | 'video'; file: string } | null;
  mediaLanguage: Language;
  synthetic: boolean;
  /** Transcript file per language; read-content-folder checks one exists per exhibit language. */
  transcripts: Partial<Record<Language, string>>;
  summary: LocalizedMarkdown;
  /** A text-only testimony's text. */
  text?: LocalizedMarkdown;
  portrait?: ImageSource;
  chapters: ChapterSource[];
  contentWarning?: LocalizedText;
}

export function readTestimonies(contentDir: string, report: Report): Promise<ContentEntry<TestimonySource>[]> {
  return readEntries(contentDir, TESTIMONIES_FOLDER, testimonyInput, report, (listed, read) => {
    const { id, file } = listed;
    const { markdown, input } = read;
    const { front, sections, bodyLine } = markdown;
    const { audio, video, transcripts, summary, content_warning: contentWarning } = input.value;
    const recorded = writesKey(front, 'audio') || writesKey(front, 'video');
    const body = markdownOf(sections);

    // docs/content-folder.md: audio or video, or neither for a text-only testimony.
    if (writesKey(front, 'audio') && writesKey(front, 'video')) {
      report.error(file, front.lineOf(['video']), 'testimony.both-media', 'give audio or video, not both');
    }
    if (!recorded && !writesKey(front, 'summary')) {
      const reason =
        'a testimony without audio or video is read as text: its sections are the text, and summary: {kk, ru, en} is required';
      report.error(file, front.lineOf([]), 'testimony.no-summary', reason);
    }
    if (recorded && writesKey(front, 'summary')) {
      const reason = 'summary: is for a text-only testimony; with a recording, the sections are the summary';
      report.error(file, front.lineOf(['summary']), 'testimony.summary-with-media', reason);
    }
    for (const key of ['chapters', 'transcripts'] as const) {
      if (!recorded && writesKey(front, key))
        report.error(file, front.lineOf([key]), 'testimony.needs-media', `${key}: belong to a recording; give audio or video`);
    }
    if (recorded && !writesKey(front, 'transcripts'))
      report.error(file, front.lineOf([]), 'key.invalid', 'transcripts: is required with a recording (a .vtt file per language)');

    const { title, speaker, place } = input.value;
    const texts: TextRef[] = [
      ...(title ? [textRef(front, ['title'], title)] : []),
      ...(speaker ? [textRef(front, ['speaker'], speaker)] : []),
      { line: bodyLine, label: recorded ? 'summary' : 'text', languages: languagesOf(body), noun: 'section' },
      ...(summary && !recorded ? [textRef(front, ['summary'], summary)] : []),
      ...(contentWarning ? [textRef(front, ['content_warning'], contentWarning)] : []),
    ];
    // A transcript per language counts as a text, so a missing one is reported like a missing title.
    if (recorded && transcripts && writesKey(front, 'transcripts')) {
      const languages = LANGUAGES.filter((language) => transcripts[language]);
      texts.push({ line: front.lineOf(['transcripts']), label: 'transcripts', languages, noun: 'transcript' });
    }
    if (place) texts.push(textRef(front, ['place'], place));
    const portrait: ImagesRead = { images: [], texts: [], files: [] };
    if (input.value.portrait) readImage(input.value.portrait, ['portrait'], front, file, report, portrait);
    const chapters = readChapters(input.value.chapters, front, file, report);
    texts.push(...portrait.texts, ...chapters.texts);

    const files: FileRef[] = [...portrait.files];
    if (audio !== undefined) files.push({ line: front.lineOf(['audio']), label: 'audio', path: audio, kind: 'audio' });
    if (video !== undefined) files.push({ line: front.lineOf(['video']), label: 'video', path: video, kind: 'video' });
    for (const language of LANGUAGES) {
      const transcript = transcripts?.[language];
      if (transcript !== undefined) {
        const line = front.lineOf(['transcripts', language]);
        files.push({ line, label: `transcripts.${language}`, path: transcript, kind: 'transcript' });
      }
    }

    const media =
      audio !== undefined
        ? { kind: 'audio' as const, file: audio }
        : video !== undefined
          ? { kind: 'video' as const, file: video }
          : null;
    const value: TestimonySource | null =
      input.valid && read.isClean()
        ? {
            id,
            title: input.value.title,
            speaker: input.value.speaker,
            recorded: input.value.recorded,
            ...(place && { place }),
            media,
            mediaLanguage: input.value.audio_language,
            synthetic: input.value.synthetic,
            transcripts: input.value.transcripts,
            summary: media ? body : (summary ?? {}),
            ...(!media && { text: body }),
            ...(portrait.images[0] && { portrait: portrait.images[0] }),
            chapters: chapters.chapters,
            ...(contentWarning && { contentWarning }),
          }
        : null;
    return { file, id, value, texts, files, links: [...chapters.links, ...read.bodyLinks] };
  });
}
