// Reads exhibit.yaml: the exhibit's id, languages, sections, eras and attract slides. Checks the
// file on its own; whether every text has every language is checked by read-content-folder.
// A key with an error is left out and the rest still checked, so one mistake hides no other.

import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { eraSchema, exhibitDocSchema } from '../../feed/content-schema.ts';
import { LANGUAGES, type Language } from '../../feed/languages.ts';
import { manifestSchema } from '../../feed/manifest-schema.ts';
import type { ProblemCode, Report } from '../report.ts';
import { unreadEntry, type ContentEntry, type FileRef, type ImageSource, type TextRef } from './content-refs.ts';
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

export interface ExhibitRead {
  entry: ContentEntry<ExhibitSource>;
  /**
   * What the other files are checked against; null when exhibit.yaml does not give it, so those
   * checks are skipped instead of failing in every file for one mistake here.
   */
  languages: Language[] | null;
  eraIds: ReadonlySet<string> | null;
}

/** Null if exhibit.yaml is missing: then this is no content folder, and nothing else is read. */
export async function readExhibit(absolutePath: string, report: Report): Promise<ExhibitRead | null> {
  let text: string;
  try {
    text = await readFile(absolutePath, 'utf8');
  } catch {
    report.error(EXHIBIT_FILE, null, 'exhibit.missing', 'missing: every content folder needs one (see docs/content-folder.md)');
    return null;
  }
  const errorsBefore = report.errorCount;
  const source = parseYamlSource(text, EXHIBIT_FILE, report);
  if (!source) return { entry: unreadEntry(EXHIBIT_FILE, undefined, text), languages: null, eraIds: null };
  const input = checkYaml(exhibitInput, source, EXHIBIT_FILE, report);
  const { languages, defaultLanguage, eras, title, subtitle } = input.value;

  const problem = (path: PropertyKey[], code: ProblemCode, reason: string) =>
    report.error(EXHIBIT_FILE, source.lineOf(path), code, reason);
  if (languages && defaultLanguage && !languages.includes(defaultLanguage))
    problem(
      ['defaultLanguage'],
      'exhibit.default-language-not-listed',
      `defaultLanguage "${defaultLanguage}" is not in languages`,
    );
  if (languages && new Set(languages).size !== languages.length)
    problem(['languages'], 'exhibit.duplicate-language', 'languages lists a language twice');
  const eraIds = new Set<string>();
  eras?.forEach((era, index) => {
    if (eraIds.has(era.id)) problem(['eras', index, 'id'], 'exhibit.duplicate-era', `era id "${era.id}" is used twice`);
    eraIds.add(era.id);
    if (era.from > era.to)
      problem(
        ['eras', index, 'from'],
        'exhibit.era-ends-before-start',
        `era "${era.id}" ends (${era.to}) before it starts (${era.from})`,
      );
  });

  const texts: TextRef[] = [];
  if (title) texts.push(textRef(source, ['title'], title));
  if (subtitle) texts.push(textRef(source, ['subtitle'], subtitle));
  eras?.forEach((era, index) => texts.push(textRef(source, ['eras', index, 'title'], era.title)));
  const files: FileRef[] = [];
  const attract = (input.value.attract ?? []).map((slide, index) => {
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

  const value = input.valid && report.errorCount === errorsBefore ? { ...input.value, attract } : null;
  return {
    entry: { file: EXHIBIT_FILE, value, texts, files, links: [] },
    languages: languages ?? null,
    eraIds: eras ? eraIds : null,
  };
}
