// Reads testimonies/*.md: front matter (speaker, recording, audio or video, transcripts) and a
// summary per language. Checks each file on its own; languages, files and links are checked
// across the folder by read-content-folder.

import { z } from 'zod';
import type { LocalizedText } from '../../feed/content-schema.ts';
import type { LocalizedParagraphs } from './read-markdown-entry.ts';
import { LANGUAGES, type Language } from '../../feed/languages.ts';
import type { Report } from '../report.ts';
import type { ContentEntry, FileRef, TextRef } from './content-refs.ts';
import { listEntryFiles } from './list-entry-files.ts';
import { readEntryFile } from './read-entry-file.ts';
import { filePathInput, languagesOf, localizedInput, partialDateInput, textRef, writesKey } from './source-schemas.ts';

export const TESTIMONIES_FOLDER = 'testimonies';

const testimonyInput = z.object({
  title: localizedInput,
  speaker: localizedInput,
  recorded: partialDateInput,
  place: localizedInput.optional(),
  audio: filePathInput.optional(),
  video: filePathInput.optional(),
  audio_language: z.enum(LANGUAGES),
  synthetic: z.boolean().default(false),
  transcripts: z.partialRecord(z.enum(LANGUAGES), filePathInput),
});

export interface TestimonySource {
  id: string;
  title: LocalizedText;
  speaker: LocalizedText;
  recorded: string;
  place?: LocalizedText;
  media: { kind: 'audio' | 'video'; file: string };
  mediaLanguage: Language;
  synthetic: boolean;
  /** Transcript file per language; read-content-folder checks one exists per exhibit language. */
  transcripts: Partial<Record<Language, string>>;
  summary: LocalizedParagraphs;
}

export async function readTestimonies(contentDir: string, report: Report): Promise<ContentEntry<TestimonySource>[]> {
  const testimonies: ContentEntry<TestimonySource>[] = [];
  for (const listed of await listEntryFiles(contentDir, TESTIMONIES_FOLDER, report)) {
    const { id, file } = listed;
    const read = await readEntryFile(listed, testimonyInput, report);
    if ('unread' in read) {
      testimonies.push(read.unread);
      continue;
    }
    const { markdown, input } = read;
    const { front, sections, bodyLine } = markdown;
    const { audio, video, transcripts } = input.value;

    // docs/content-folder.md: "audio or video, exactly one".
    if (writesKey(front, 'audio') && writesKey(front, 'video')) {
      report.error(file, front.lineOf(['video']), 'testimony.both-media', 'give audio or video, not both');
    } else if (!writesKey(front, 'audio') && !writesKey(front, 'video')) {
      report.error(file, front.lineOf([]), 'testimony.no-media', 'audio or video is required');
    }

    const { title, speaker, place } = input.value;
    const texts: TextRef[] = [
      ...(title ? [textRef(front, ['title'], title)] : []),
      ...(speaker ? [textRef(front, ['speaker'], speaker)] : []),
      { line: bodyLine, label: 'summary', languages: languagesOf(sections), noun: 'section' },
    ];
    // A transcript per language counts as a text, so a missing one is reported like a missing title.
    if (transcripts) {
      const languages = LANGUAGES.filter((language) => transcripts[language]);
      texts.push({ line: front.lineOf(['transcripts']), label: 'transcripts', languages, noun: 'transcript' });
    }
    if (place) texts.push(textRef(front, ['place'], place));
    const files: FileRef[] = [];
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
      input.valid && media && read.isClean()
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
            summary: sections,
          }
        : null;
    testimonies.push({ file, id, value, texts, files, links: [] });
  }
  return testimonies;
}
