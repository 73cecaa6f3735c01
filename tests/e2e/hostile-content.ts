// A content folder whose every curator text carries known XSS payloads (docs/design.md §10), for
// hostile-content.spec.ts. The curator CLI refuses raw HTML and script links in YAML and Markdown,
// so the folder holds the forms it lets through (entities, escapes, CSS and template text, an RTL
// override) and a marker; once built, rewriteTexts swaps each marker for the raw payloads, as a
// hostile build could. The register carries raw payloads from the start: its cells are archival
// text, which the CLI takes as it is. Front matter and exhibit.yaml are written as JSON, which is YAML.

import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from './e2e-paths.ts';

/** What a payload calls if it ever runs; the spec installs it as a trap. */
export const TRAP = '__xss';

/** Markup and links that would run script if inserted as HTML or followed. */
export const RAW_PAYLOADS = [
  `<script>window.${TRAP}('script')</script>`,
  `<img src=x onerror="window.${TRAP}('img onerror')">`,
  `<svg onload="window.${TRAP}('svg onload')"><circle r="4"/></svg>`,
  `<iframe srcdoc="<script>parent.${TRAP}('iframe srcdoc')</script>"></iframe>`,
  `<a href="javascript:window.${TRAP}('a href')">a link</a>`,
  `<p style="background:url(javascript:window.${TRAP}('style url'))">styled</p>`,
  `</textarea><script>window.${TRAP}('textarea')</script>`,
  `"><img src=x onerror=alert(document.domain)>`,
  // Link destinations hold no space, or Markdown would not read them as links at all.
  `[markdown link](javascript:window.${TRAP}('markdown-link'))`,
  `![markdown image](javascript:window.${TRAP}('markdown-image'))`,
  `[entity link](&#106;avascript:window.${TRAP}('entity-link'))`,
  `[item link](event:x"onclick="window.${TRAP}('item-link'))`,
] as const;

/** The payload every text shows as it is, markup and all, wherever it is shown. */
export const SHOWN_PAYLOAD = RAW_PAYLOADS[0];

/** What the CLI lets through: no tag, no link, nothing a browser would run as it stands. */
export const ACCEPTED_PAYLOADS = [
  `&lt;script&gt;alert('entity')&lt;/script&gt;`,
  `&#60;img src=x onerror=alert('numeric')&#62;`,
  `\\<svg onload=alert('escaped')>`,
  `url(javascript:alert('css text'))`,
  `javascript:alert('bare scheme')`,
  `{@html 'svelte'} {{constructor.constructor('alert(1)')()}} \${alert('template')}`,
  `" onmouseover="window.${TRAP}('attribute breakout')`,
  '\u202Etxt.exe\u202C',
] as const;

const MARK = '⟦raw payloads⟧';

/** Where the spec finds each text: its label, then the language. */
export function labelled(label: string, language: string): string {
  return `${label} ${language}`;
}

export const HOSTILE_IDS = {
  exhibit: 'kz-repression-demo',
  event: '1937-hostile',
  testimony: 't01-hostile',
  letter: 't02-hostile-letter',
  place: 'hostile-place',
  keyword: 'hostile',
  record: 'XSS-1',
} as const;

/** The register's columns, each holding one raw payload (a one-line cell holds up to 200 characters). */
export const RECORD_CELLS = {
  surname: `<script>window.${TRAP}('surname')</script>`,
  given_name: `<img src=x onerror="window.${TRAP}('given name')">`,
  patronymic: `<svg onload="window.${TRAP}('patronymic')">`,
  name_variants: `<iframe srcdoc="<script>parent.${TRAP}('variant')</script>">;javascript:alert('variant')`,
  birth_place: `</textarea><script>window.${TRAP}('birth place')</script>`,
  nationality: `"><img src=x onerror=alert('nationality')>`,
  occupation: `<a href="javascript:window.${TRAP}('occupation')">occupation</a>`,
  charge: `<p style="background:url(javascript:window.${TRAP}('charge'))">charge</p>`,
  sentence: `[sentence](javascript:window.${TRAP}('sentence'))`,
  fate: `&lt;b&gt;fate&lt;/b&gt; ${ACCEPTED_PAYLOADS.slice(3, 7).join(' ')}`,
  source: `<math><mi xlink:href="javascript:window.${TRAP}('source')">source</mi></math>`,
  notes: `<object data="javascript:window.${TRAP}('extra column')"></object>`,
} as const;

function csvCell(value: string): string {
  return /[",\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

function cue(label: string, language: string): string {
  return `WEBVTT\n\n00:00.000 --> 00:02.000\n${labelled(label, language)} ${SHOWN_PAYLOAD} <c.x>${ACCEPTED_PAYLOADS[0]}</c>\n`;
}

/** The raw payloads as paragraphs, in place of the marker. */
const RAW_TEXT = RAW_PAYLOADS.join('\n\n');

/**
 * Writes the folder afresh into `dir`; its files/ are the minimal fixture's. `raw` puts the raw
 * payloads where the marker goes, for the test that the CLI refuses each of them.
 */
export function writeHostileContent(dir: string, { raw = false } = {}): void {
  const tail = raw ? RAW_TEXT : MARK;
  const localized = (label: string) =>
    Object.fromEntries(
      ['kk', 'ru', 'en'].map((language) => [language, `${labelled(label, language)} ${ACCEPTED_PAYLOADS.join(' ')} ${tail}`]),
    );
  const markdown = (label: string, language: string) =>
    `${labelled(label, language)}\n\n${ACCEPTED_PAYLOADS.join('\n\n')}\n\n${tail}`;
  /** Markdown sections, one per language. */
  const sections = (label: string) =>
    ['kk', 'ru', 'en'].map((language) => `## ${language}\n${markdown(label, language)}\n`).join('\n');
  const entry = (front: object, body: string) => `---\n${JSON.stringify(front, null, 2)}\n---\n${body}`;
  const plain = (label: string) => `${label} ${ACCEPTED_PAYLOADS.join(' ')} ${tail}`;
  const image = (label: string) => ({
    file: 'files/steppe.png',
    alt: localized(`${label}-ALT`),
    caption: localized(`${label}-CAPTION`),
    credit: plain(`${label}-CREDIT`),
  });

  rmSync(dir, { recursive: true, force: true });
  for (const folder of ['files', 'timeline', 'testimonies', 'places', 'names'])
    mkdirSync(path.join(dir, folder), { recursive: true });
  const fixtureFiles = path.join(PROJECT_ROOT, 'tests/fixtures/content/minimal/files');
  cpSync(path.join(fixtureFiles, 'steppe.png'), path.join(dir, 'files/steppe.png'));
  cpSync(path.join(fixtureFiles, 't01.ogg'), path.join(dir, 'files/t01.ogg'));
  for (const language of ['kk', 'ru', 'en']) writeFileSync(path.join(dir, `files/t01.${language}.vtt`), cue('CUE', language));

  const write = (file: string, text: string) => writeFileSync(path.join(dir, file), text);
  write(
    'exhibit.yaml',
    JSON.stringify({
      id: HOSTILE_IDS.exhibit,
      title: localized('EXHIBIT-TITLE'),
      subtitle: localized('EXHIBIT-SUBTITLE'),
      languages: ['kk', 'ru', 'en'],
      defaultLanguage: 'kk',
      sections: ['timeline', 'testimonies', 'places', 'names'],
      eras: [{ id: 'terror', from: 1937, to: 1938, title: localized('ERA-TITLE') }],
      keywords: [{ id: HOSTILE_IDS.keyword, label: localized('KEYWORD-LABEL') }],
      archive_request: Object.fromEntries(
        ['kk', 'ru', 'en'].map((language) => [language, markdown('ARCHIVE-REQUEST', language)]),
      ),
      attract: [
        {
          text: localized('ATTRACT-TEXT'),
          image: 'files/steppe.png',
          alt: localized('ATTRACT-ALT'),
          caption: localized('ATTRACT-CAPTION'),
        },
      ],
    }),
  );
  write(
    `timeline/${HOSTILE_IDS.event}.md`,
    entry(
      {
        date: '1937-07-30',
        era: 'terror',
        title: localized('EVENT-TITLE'),
        source: plain('EVENT-SOURCE'),
        images: [image('EVENT-IMAGE')],
        content_warning: localized('EVENT-WARNING'),
        links: { testimonies: [HOSTILE_IDS.testimony], names: [HOSTILE_IDS.record], places: [HOSTILE_IDS.place] },
      },
      sections('EVENT-BODY'),
    ),
  );
  write(
    `testimonies/${HOSTILE_IDS.testimony}.md`,
    entry(
      {
        title: localized('TESTIMONY-TITLE'),
        speaker: localized('TESTIMONY-SPEAKER'),
        recorded: '2024-05',
        place: localized('TESTIMONY-PLACE'),
        audio: 'files/t01.ogg',
        audio_language: 'kk',
        synthetic: true,
        transcripts: { kk: 'files/t01.kk.vtt', ru: 'files/t01.ru.vtt', en: 'files/t01.en.vtt' },
        portrait: image('PORTRAIT'),
        chapters: [
          {
            start: '0:00',
            title: localized('CHAPTER-TITLE'),
            synopsis: localized('CHAPTER-SYNOPSIS'),
            keywords: [HOSTILE_IDS.keyword],
          },
        ],
      },
      sections('TESTIMONY-SUMMARY'),
    ),
  );
  write(
    `testimonies/${HOSTILE_IDS.letter}.md`,
    entry(
      {
        title: localized('LETTER-TITLE'),
        speaker: localized('LETTER-SPEAKER'),
        recorded: '1938',
        audio_language: 'ru',
        summary: localized('LETTER-SUMMARY'),
      },
      sections('LETTER-TEXT'),
    ),
  );
  write(
    `places/${HOSTILE_IDS.place}.md`,
    entry(
      {
        kind: 'camp',
        name: localized('PLACE-NAME'),
        coordinates: [49.6, 72.9],
        images: [image('PLACE-IMAGE')],
        source: plain('PLACE-SOURCE'),
        links: { events: [HOSTILE_IDS.event] },
      },
      sections('PLACE-TEXT'),
    ),
  );
  const columns = ['id', 'birth_year', ...Object.keys(RECORD_CELLS)];
  const row = [HOSTILE_IDS.record, '1901', ...Object.values(RECORD_CELLS)];
  write('names/register.csv', `${columns.join(',')}\n${row.map(csvCell).join(',')}\n`);
}

/** A built document's text with each marker replaced by the raw payloads. */
export function withRawPayloads(text: string): string {
  return text.replaceAll(MARK, RAW_TEXT);
}
