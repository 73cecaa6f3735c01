// Reads testimonies/*.md: front matter (speaker, recording, audio or video, transcripts) and a
// summary per language. Checks each file on its own; languages, files and links are checked
// across the folder by read-content-folder.

import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import type { LocalizedParagraphs, LocalizedText } from '../../feed/content-schema.ts';
import { LANGUAGES, type Language } from '../../feed/languages.ts';
import type { Report } from '../report.ts';
import type { ContentEntry, FileRef, TextRef } from './content-refs.ts';
import { listEntryFiles } from './list-entry-files.ts';
import { readMarkdownEntry } from './read-markdown-entry.ts';
import { checkYaml, filePathInput, languagesOf, localizedInput, partialDateInput, textRef } from './source-schemas.ts';

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
  for (const { id, file, absolutePath } of await listEntryFiles(contentDir, TESTIMONIES_FOLDER, report)) {
    const entry = readMarkdownEntry(await readFile(absolutePath, 'utf8'), file, report);
    if (!entry) continue;
    const input = checkYaml(testimonyInput, entry.front, file, report);
    if (!input) continue;
    const lineOf = entry.front.lineOf;

    // docs/content-folder.md: "audio or video, exactly one".
    if ((input.audio === undefined) === (input.video === undefined)) {
      const both = input.audio !== undefined;
      if (both) report.error(file, lineOf(['video']), 'testimony.both-media', 'give audio or video, not both');
      else report.error(file, lineOf([]), 'testimony.no-media', 'audio or video is required');
      continue;
    }
    const kind = input.audio !== undefined ? 'audio' : 'video';
    const mediaFile = (input.audio ?? input.video)!;

    const texts: TextRef[] = [
      textRef(entry.front, ['title'], input.title),
      textRef(entry.front, ['speaker'], input.speaker),
      { line: entry.bodyLine, label: 'summary', languages: languagesOf(entry.sections), noun: 'section' },
      // A transcript per language counts as a text, so a missing one is reported like a missing title.
      {
        line: lineOf(['transcripts']),
        label: 'transcripts',
        languages: LANGUAGES.filter((language) => input.transcripts[language]),
        noun: 'transcript',
      },
    ];
    if (input.place) texts.push(textRef(entry.front, ['place'], input.place));
    const files: FileRef[] = [{ line: lineOf([kind]), label: kind, path: mediaFile, kind }];
    for (const language of LANGUAGES) {
      const transcript = input.transcripts[language];
      if (transcript !== undefined) {
        files.push({
          line: lineOf(['transcripts', language]),
          label: `transcripts.${language}`,
          path: transcript,
          kind: 'transcript',
        });
      }
    }

    const testimony: TestimonySource = {
      id,
      title: input.title,
      speaker: input.speaker,
      recorded: input.recorded,
      ...(input.place && { place: input.place }),
      media: { kind, file: mediaFile },
      mediaLanguage: input.audio_language,
      synthetic: input.synthetic,
      transcripts: input.transcripts,
      summary: entry.sections,
    };
    testimonies.push({ file, value: testimony, texts, files, links: [] });
  }
  return testimonies;
}
