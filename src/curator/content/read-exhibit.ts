// Reads exhibit.yaml: the exhibit's id, languages, sections, eras, keywords, attract slides and
// how to request an archive file. Checks the file on its own; whether every text has every
// language, and the links in its Markdown, are checked by read-content-folder.
// A key with an error is left out and the rest still checked, so one mistake hides no other.

import { readFile, stat } from 'node:fs/promises';
import { z } from 'zod';
import { eraSchema, exhibitDocSchema, keywordSchema, type LocalizedMarkdown } from '../../feed/content-schema.ts';
import { LANGUAGES, type Language } from '../../feed/languages.ts';
import { manifestSchema } from '../../feed/manifest-schema.ts';
import { describeFsError, fsErrorCode } from '../cli-error.ts';
import type { ProblemCode, Report } from '../report.ts';
import { checkMarkdown, warnOutsideLinks } from './check-markdown.ts';
import { ORDERED_KINDS, type OrderedKind } from './exhibit-order.ts';
import { unreadEntry, type ContentEntry, type ImageSource, type LinkRef, type TextRef } from './content-refs.ts';
import { imageInput, readImage, type ImagesRead } from './read-images.ts';
import { checkYaml, filePathInput, idListInput, localizedInput, textRef } from './source-schemas.ts';
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
  keywords: z.array(z.strictObject({ id: keywordSchema.shape.id, label: localizedInput })).default([]),
  attract: z
    .array(
      z.strictObject({
        text: localizedInput,
        image: filePathInput.optional(),
        alt: localizedInput.optional(),
        caption: localizedInput.optional(),
        credit: imageInput.shape.credit,
      }),
    )
    .default([]),
  /** Markdown: how a visitor asks for a person's archive file. */
  archive_request: localizedInput.optional(),
  /** The order of testimonies and places, by id (exhibit-order.ts). */
  order: z.strictObject({ testimonies: idListInput.default([]), places: idListInput.default([]) }).optional(),
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
  keywords: ExhibitInput['keywords'];
  attract: { text: Partial<Record<Language, string>>; image?: ImageSource }[];
  archiveRequest?: LocalizedMarkdown;
}

export interface ExhibitRead {
  entry: ContentEntry<ExhibitSource>;
  /**
   * What the other files are checked against; null when exhibit.yaml does not give it, so those
   * checks are skipped instead of failing in every file for one mistake here.
   */
  languages: Language[] | null;
  eraIds: ReadonlySet<string> | null;
  keywordIds: ReadonlySet<string> | null;
  /** `order:` as far as it could be read, each id with its line, checked against the entries by read-content-folder. */
  order: Record<OrderedKind, { id: string; line: number }[]>;
}

const NO_ORDER: ExhibitRead['order'] = { testimonies: [], places: [] };

/** Null if exhibit.yaml is missing: then this is no content folder, and nothing else is read. */
export async function readExhibit(absolutePath: string, report: Report): Promise<ExhibitRead | null> {
  let text: string;
  try {
    // A pipe or device would block the read forever.
    if (!(await stat(absolutePath)).isFile()) {
      report.error(EXHIBIT_FILE, null, 'exhibit.unreadable', 'is not a regular file (a folder, pipe or device)');
      return null;
    }
    text = await readFile(absolutePath, 'utf8');
  } catch (error) {
    if (fsErrorCode(error) === 'ENOENT')
      report.error(EXHIBIT_FILE, null, 'exhibit.missing', 'missing: every content folder needs one (see docs/content-folder.md)');
    else report.error(EXHIBIT_FILE, null, 'exhibit.unreadable', `cannot read: ${describeFsError(error)}`);
    return null;
  }
  const errorsBefore = report.errorCount;
  const source = parseYamlSource(text, EXHIBIT_FILE, report);
  if (!source)
    return {
      entry: unreadEntry(EXHIBIT_FILE, undefined, text),
      languages: null,
      eraIds: null,
      keywordIds: null,
      order: NO_ORDER,
    };
  const input = checkYaml(exhibitInput, source, EXHIBIT_FILE, report, ['archive_request']);
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

  const keywordIds = new Set<string>();
  input.value.keywords?.forEach((keyword, index) => {
    if (keywordIds.has(keyword.id))
      problem(['keywords', index, 'id'], 'exhibit.duplicate-keyword', `keyword id "${keyword.id}" is used twice`);
    keywordIds.add(keyword.id);
  });

  const texts: TextRef[] = [];
  if (title) texts.push(textRef(source, ['title'], title));
  if (subtitle) texts.push(textRef(source, ['subtitle'], subtitle));
  eras?.forEach((era, index) => texts.push(textRef(source, ['eras', index, 'title'], era.title)));
  input.value.keywords?.forEach((keyword, index) => texts.push(textRef(source, ['keywords', index, 'label'], keyword.label)));
  const slides: ImagesRead = { images: [], texts, files: [] };
  const attract = (input.value.attract ?? []).map((slide, index) => {
    texts.push(textRef(source, ['attract', index, 'text'], slide.text));
    if (slide.image === undefined) {
      if (slide.alt) {
        const reason = `attract[${index}].alt without image is ignored`;
        report.warning(EXHIBIT_FILE, source.lineOf(['attract', index, 'alt']), 'image.alt-without-image', reason);
      }
      return { text: slide.text };
    }
    // A slide writes its image's keys beside its text: `image:` is the file.
    const { image: file, alt, caption, credit } = slide;
    readImage({ file, alt, caption, credit }, ['attract', index], source, EXHIBIT_FILE, report, slides, 'image');
    return { text: slide.text, image: slides.images.at(-1)! };
  });

  const { archive_request: archiveRequest } = input.value;
  const links: LinkRef[] = [];
  if (archiveRequest) {
    texts.push(textRef(source, ['archive_request'], archiveRequest));
    const outsideLinkLines: number[] = [];
    for (const [language, markdown] of Object.entries(archiveRequest)) {
      // Text of several lines is a block (`kk: |`), which starts on the line after its key.
      const line = source.lineOf(['archive_request', language]) + (markdown.includes('\n') ? 1 : 0);
      const check = checkMarkdown(markdown, { file: EXHIBIT_FILE, line, label: `archive_request.${language}` }, report);
      links.push(...check.links);
      outsideLinkLines.push(...check.outsideLinkLines);
    }
    warnOutsideLinks(EXHIBIT_FILE, outsideLinkLines, report);
  }

  const value: ExhibitSource | null =
    input.valid && report.errorCount === errorsBefore
      ? {
          id: input.value.id,
          demo: input.value.demo,
          title: input.value.title,
          ...(subtitle && { subtitle }),
          languages: input.value.languages,
          defaultLanguage: input.value.defaultLanguage,
          sections: input.value.sections,
          eras: input.value.eras,
          keywords: input.value.keywords,
          attract,
          ...(archiveRequest && { archiveRequest }),
        }
      : null;
  return {
    entry: { file: EXHIBIT_FILE, value, texts, files: slides.files, links },
    languages: languages ?? null,
    eraIds: eras ? eraIds : null,
    keywordIds: input.value.keywords ? keywordIds : null,
    order: Object.fromEntries(
      ORDERED_KINDS.map((kind) => [
        kind,
        (input.value.order?.[kind] ?? []).map((id, index) => ({ id, line: source.lineOf(['order', kind, index]) })),
      ]),
    ) as ExhibitRead['order'],
  };
}
