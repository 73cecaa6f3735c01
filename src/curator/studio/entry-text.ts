// An entry file (docs/content-folder.md: front matter, then `## kk` sections) read into the
// fields the editor shows, and written back with only what the curator changed: untouched keys,
// comments, quoting and sections stay byte for byte, so a save shows in version control as the
// lines the curator edited and nothing else.

import { LANGUAGES, isLanguage } from '../../feed/languages.ts';
import { FRONT_MATTER_FENCE, markdownOf, readMarkdownEntry, SECTION_HEADING } from '../content/read-markdown-entry.ts';
import { Report } from '../report.ts';
import { editFrontMatter, isPlainObject, yamlText } from './front-matter-edit.ts';
import type { Localized } from './protocol/studio-protocol.ts';

export interface EntryParts {
  /** Null when the file has no readable front matter: the editor offers its text instead. */
  front: Record<string, unknown> | null;
  sections: Localized;
}

export interface EntryFields {
  front: Record<string, unknown>;
  sections: Localized;
}

/** Reads an entry file as the content readers do; its problems are the check's business, not this. */
export function readEntryParts(text: string, file: string): EntryParts {
  const entry = readMarkdownEntry(text, file, new Report());
  const value = entry?.front.value;
  const front = value === null || value === undefined ? {} : isPlainObject(value) ? value : null;
  return { front: entry ? front : null, sections: entry ? markdownOf(entry.sections) : {} };
}

/** A new entry file with the given front matter and an empty section per language. */
export function newEntryText(front: Record<string, unknown>, languages: readonly string[]): string {
  const body = languages.flatMap((language) => [`## ${language}`, '']);
  return [FRONT_MATTER_FENCE, yamlText(front), FRONT_MATTER_FENCE, ...body].join('\n');
}

/**
 * `original` with the front matter and sections of `fields`. Throws if `original` has no front
 * matter to merge into; such a file is saved as text.
 */
export function composeEntryText(original: string, fields: EntryFields): string {
  const bom = original.startsWith('\uFEFF') ? '\uFEFF' : '';
  const eol = original.includes('\r\n') ? '\r\n' : '\n';
  const lines = original.slice(bom.length).split(/\r\n|\r|\n/);
  const close = lines.findIndex((line, index) => index > 0 && line.trimEnd() === FRONT_MATTER_FENCE);
  const before = readEntryParts(original, 'entry');
  if (lines[0]?.trimEnd() !== FRONT_MATTER_FENCE || close === -1 || before.front === null) {
    throw new Error('the file has no front matter to write the fields into');
  }
  const front = editFrontMatter(lines.slice(1, close).join('\n'), before.front, fields.front);
  const body = replaceSections(lines.slice(close + 1), before.sections, fields.sections);
  return bom + [lines[0], ...(front === '' ? [] : front.split('\n')), lines[close], ...body].join(eol);
}

/** A section's text as the readers give it: without the blank lines around it. */
function trimBlankLines(text: string): string[] {
  const lines = text.split(/\r\n|\r|\n/);
  const first = lines.findIndex((line) => line.trim() !== '');
  if (first === -1) return [];
  const last = lines.findLastIndex((line) => line.trim() !== '');
  return lines.slice(first, last + 1);
}

function countBlank(lines: readonly string[], fromEnd: boolean): number {
  const ordered = fromEnd ? [...lines].reverse() : lines;
  const index = ordered.findIndex((line) => line.trim() !== '');
  return index === -1 ? lines.length : index;
}

/**
 * The body lines with each changed section's text put in place of the old, keeping the blank
 * lines around it; a section the file lacks is added at the end. Lines of any other kind (text
 * before the first section, a `## heading` that is no language) stay where they are.
 */
function replaceSections(body: readonly string[], previous: Localized, next: Localized): string[] {
  const headings = body.flatMap((line, index) => {
    const name = SECTION_HEADING.exec(line)?.[1]?.toLowerCase();
    return name === undefined ? [] : [{ index, language: isLanguage(name) ? name : null }];
  });
  const out = [...body];
  // From the last section up, so earlier indexes stay valid.
  for (const [at, heading] of [...headings.entries()].reverse()) {
    const { language } = heading;
    if (language === null || headings.findIndex((other) => other.language === language) !== at) continue;
    const text = trimBlankLines(next[language] ?? '');
    if (text.join('\n') === trimBlankLines(previous[language] ?? '').join('\n')) continue;
    const end = headings[at + 1]?.index ?? body.length;
    const content = body.slice(heading.index + 1, end);
    const lead = text.length === 0 ? 0 : countBlank(content, false);
    const trail = content.every((line) => line.trim() === '') ? content.length : countBlank(content, true);
    const blankBefore = Math.min(lead, content.length);
    const blankAfter = Math.max(trail, at + 1 < headings.length && text.length > 0 ? 1 : 0);
    out.splice(heading.index + 1, end - heading.index - 1, ...blank(blankBefore), ...text, ...blank(blankAfter));
  }
  const present = new Set(headings.map((heading) => heading.language));
  const added = LANGUAGES.filter((language) => !present.has(language) && trimBlankLines(next[language] ?? '').length > 0);
  if (added.length === 0) return out;
  while (out.length > 0 && out.at(-1)!.trim() === '') out.pop();
  for (const language of added) out.push(...(out.length > 0 ? [''] : []), `## ${language}`, ...trimBlankLines(next[language]!));
  return [...out, ''];
}

function blank(count: number): string[] {
  return Array.from({ length: count }, () => '');
}
