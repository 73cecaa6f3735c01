// Reads exhibit.yaml: the exhibit's id, languages, sections, eras and attract slides. Checks the
// file on its own; whether every text has every language is checked by read-content-folder.

import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { eraSchema, exhibitDocSchema } from '../../feed/content-schema.ts';
import { LANGUAGES, type Language } from '../../feed/languages.ts';
import { manifestSchema } from '../../feed/manifest-schema.ts';
import type { ProblemCode, Report } from '../report.ts';
import type { ContentEntry, FileRef, ImageSource, TextRef } from './content-refs.ts';
import { checkYaml, filePathInput, localizedInput, textRef } from './source-schemas.ts';
import { parseYamlSource } from './yaml-source.ts';

export const EXHIBIT_FILE = 'exhibit.yaml';

const exhibitInput = z.object({
  id: manifestSchema.shape.exhibitId,
  demo: z.boolean().default(false),
  title: localizedInput,
  subtitle: localizedInput.optional(),
  languages: z.array(z.enum(LANGUAGES)).min(1),
  defaultLanguage: z.enum(LANGUAGES),
  sections: exhibitDocSchema.shape.sections,
  eras: z.array(z.object({ id: eraSchema.shape.id, from: z.int(), to: z.int(), title: localizedInput })).default([]),
  attract: z
    .array(z.object({ text: localizedInput, image: filePathInput.optional(), alt: localizedInput.optional() }))
    .default([]),
});
type ExhibitInput = z.output<typeof exhibitInput>;

export interface ExhibitSource {
  id: string;
  demo: boolean;
  title: Partial<Record<Language, string>>;
  subtitle?: Partial<Record<Language, string>>;
  languages: Language[];
  defaultLanguage: Language;
  sections: ExhibitInput['sections'];
  eras: ExhibitInput['eras'];
  attract: { text: Partial<Record<Language, string>>; image?: ImageSource }[];
}

/** Null if exhibit.yaml is missing or unusable; the folder cannot be checked further then. */
export async function readExhibit(absolutePath: string, report: Report): Promise<ContentEntry<ExhibitSource> | null> {
  let text: string;
  try {
    text = await readFile(absolutePath, 'utf8');
  } catch {
    report.error(EXHIBIT_FILE, null, 'exhibit.missing', 'missing: every content folder needs one (see docs/content-folder.md)');
    return null;
  }
  const source = parseYamlSource(text, EXHIBIT_FILE, report);
  if (!source) return null;
  const input = checkYaml(exhibitInput, source, EXHIBIT_FILE, report);
  if (!input) return null;

  const problem = (path: PropertyKey[], code: ProblemCode, reason: string) =>
    report.error(EXHIBIT_FILE, source.lineOf(path), code, reason);
  if (!input.languages.includes(input.defaultLanguage))
    problem(
      ['defaultLanguage'],
      'exhibit.default-language-not-listed',
      `defaultLanguage "${input.defaultLanguage}" is not in languages`,
    );
  if (new Set(input.languages).size !== input.languages.length)
    problem(['languages'], 'exhibit.duplicate-language', 'languages lists a language twice');
  const eraIds = new Set<string>();
  input.eras.forEach((era, index) => {
    if (eraIds.has(era.id)) problem(['eras', index, 'id'], 'exhibit.duplicate-era', `era id "${era.id}" is used twice`);
    eraIds.add(era.id);
    if (era.from > era.to)
      problem(
        ['eras', index, 'from'],
        'exhibit.era-ends-before-start',
        `era "${era.id}" ends (${era.to}) before it starts (${era.from})`,
      );
  });

  const texts: TextRef[] = [textRef(source, ['title'], input.title)];
  if (input.subtitle) texts.push(textRef(source, ['subtitle'], input.subtitle));
  input.eras.forEach((era, index) => texts.push(textRef(source, ['eras', index, 'title'], era.title)));
  const files: FileRef[] = [];
  const attract = input.attract.map((slide, index) => {
    texts.push(textRef(source, ['attract', index, 'text'], slide.text));
    if (slide.image === undefined) return { text: slide.text };
    files.push({
      line: source.lineOf(['attract', index, 'image']),
      label: `attract[${index}].image`,
      path: slide.image,
      kind: 'image',
    });
    // A picture a visitor cannot see needs words: alt text is required with every image.
    if (!slide.alt) problem(['attract', index], 'image.no-alt', `attract[${index}].alt is required with an image`);
    else texts.push(textRef(source, ['attract', index, 'alt'], slide.alt));
    return { text: slide.text, image: { file: slide.image, alt: slide.alt ?? {} } };
  });

  const exhibit: ExhibitSource = { ...input, attract };
  return { file: EXHIBIT_FILE, value: exhibit, texts, files, links: [] };
}
