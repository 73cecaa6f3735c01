// The name register's columns (docs/content-folder.md, names/*.csv) as one table: CSV name,
// feed key, how the cell is read, and what a restricted record keeps. The row parser and the
// header check both read this table, so a column is added in one place.

import type { NameRecord } from '../../feed/content-schema.ts';
import { MAX_LINE_CHARS, MAX_LIST_CHARS, MAX_TEXT_CHARS } from '../../feed/content-limits.ts';
import { INVISIBLE_CHARACTERS } from '../../search/fold-text.ts';
import type { Issue } from '../report.ts';
import { unescapeFormula } from './csv-formula.ts';

/** `files`: `|`-separated paths under files/; `language`: kk, ru or en. */
export type ColumnKind = 'text' | 'list' | 'year' | 'date' | 'flag' | 'files' | 'language';

/**
 * A record as the register gives it: its images are still paths under files/, made into the
 * feed's images once the build has their objects (shard-register.ts).
 */
export type RegisterRecord = Omit<NameRecord, 'images'> & { images?: string[] };

/** The record without its image paths, for uses that need only the names (`feed search`). */
export function withoutImages(record: RegisterRecord): NameRecord {
  const copy: Partial<RegisterRecord> = { ...record };
  delete copy.images;
  return copy as NameRecord;
}

export interface RegisterColumn {
  column: string;
  key: Exclude<keyof RegisterRecord, 'extra'>;
  kind: ColumnKind;
  required?: true;
  /** Free text that may hold line breaks (an archive note); every other cell is one line. */
  multiline?: true;
  /**
   * docs/design.md §3: a restricted record publishes only the name and years. `keep` columns are
   * published as they are, `year` ones cut to the year; all others never leave the curator.
   */
  whenRestricted?: 'keep' | 'year';
}

export const REGISTER_COLUMNS: readonly RegisterColumn[] = [
  { column: 'id', key: 'id', kind: 'text', required: true, whenRestricted: 'keep' },
  { column: 'surname', key: 'surname', kind: 'text', required: true, whenRestricted: 'keep' },
  { column: 'given_name', key: 'givenName', kind: 'text', required: true, whenRestricted: 'keep' },
  { column: 'patronymic', key: 'patronymic', kind: 'text', whenRestricted: 'keep' },
  { column: 'name_variants', key: 'nameVariants', kind: 'list', whenRestricted: 'keep' },
  { column: 'birth_year', key: 'birthYear', kind: 'year', whenRestricted: 'keep' },
  { column: 'birth_place', key: 'birthPlace', kind: 'text' },
  { column: 'nationality', key: 'nationality', kind: 'text' },
  { column: 'occupation', key: 'occupation', kind: 'text' },
  { column: 'arrest_date', key: 'arrestDate', kind: 'date' },
  { column: 'charge', key: 'charge', kind: 'text', multiline: true },
  { column: 'sentence', key: 'sentence', kind: 'text', multiline: true },
  { column: 'fate', key: 'fate', kind: 'text', multiline: true },
  { column: 'death_date', key: 'deathDate', kind: 'date', whenRestricted: 'year' },
  { column: 'rehabilitation_date', key: 'rehabilitationDate', kind: 'date' },
  { column: 'source', key: 'source', kind: 'text', multiline: true },
  // Portraits and case-file pages: never published for a restricted record.
  { column: 'images', key: 'images', kind: 'files' },
  // The language the archival values are written in; the kiosk marks values shown in another.
  { column: 'lang', key: 'lang', kind: 'language', whenRestricted: 'keep' },
  { column: 'restricted', key: 'restricted', kind: 'flag' },
];

/** A note of more lines than this is rather a quote that ran on into the rows below. */
export const NOTE_CELL_MAX_LINE_BREAKS = 20;

export interface CellLimits {
  maxChars: number;
  maxLineBreaks: number;
  /** What the cell is called in a message. */
  noun: string;
}

/**
 * How much a cell of `column` may hold, by the caps of src/feed/content-limits.ts that a kiosk
 * holds a shard to; null for an extra column or a cell past the header.
 */
export function cellLimits(column: RegisterColumn | null): CellLimits {
  if (column === null || column.multiline) {
    return { maxChars: MAX_TEXT_CHARS, maxLineBreaks: NOTE_CELL_MAX_LINE_BREAKS, noun: 'note' };
  }
  if (column.kind === 'list') return { maxChars: MAX_LIST_CHARS, maxLineBreaks: 0, noun: 'list of names' };
  if (column.kind === 'files') return { maxChars: MAX_LIST_CHARS, maxLineBreaks: 0, noun: 'list of files' };
  return { maxChars: MAX_LINE_CHARS, maxLineBreaks: 0, noun: 'one-line cell' };
}

/** Each header cell: a known column, an extra column (kept under its own label), or ignored. */
export type HeaderCell = { known: RegisterColumn } | { extra: string } | { ignored: true };

/** How a cell is named in a message: its column, or its place when the header gives no name. */
export function cellLabel(cell: HeaderCell | undefined, index: number): string {
  if (cell && 'known' in cell) return cell.known.column;
  if (cell && 'extra' in cell) return cell.extra;
  return `column ${index + 1}`;
}

/**
 * `text` without the characters that show as nothing or reorder it (a right-to-left override
 * shows a name reversed on the record page), and a warning naming them as U+XXXX. The search
 * folding drops the same set, so the feed and the index agree.
 */
export function removeInvisible(text: string, label: string): { text: string; warning: Issue | null } {
  const found = text.match(INVISIBLE_CHARACTERS);
  if (!found) return { text, warning: null };
  const characters = [...new Set(found)]
    .map((character) => `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`)
    .join(' ');
  const reason = `${label} holds ${characters}, invisible or changing the direction of the text; removed`;
  return {
    text: text.replace(INVISIBLE_CHARACTERS, ''),
    warning: { code: 'register.invisible-char', reason, details: { column: label, characters } },
  };
}

export interface RegisterHeader {
  cells: HeaderCell[];
  /** Where the id column is, so a bad row can still be named by its id. */
  idIndex: number;
}

/** Reads the header row; returns the issues that make it unusable instead, so the whole file is skipped. */
export function mapHeader(names: readonly string[]): { header: RegisterHeader; warnings: Issue[] } | { issues: Issue[] } {
  const seen = new Set<string>();
  const issues: Issue[] = [];
  const warnings: Issue[] = [];
  const cells = names.map((raw, index): HeaderCell => {
    const visible = removeInvisible(raw, `header cell ${index + 1}`);
    if (visible.warning) warnings.push(visible.warning);
    const name = unescapeFormula(visible.text.trim());
    if (name === '') {
      warnings.push({
        code: 'register.unnamed-column',
        reason: `column ${index + 1} has no name in the header; its cells are ignored`,
      });
      return { ignored: true };
    }
    // Spreadsheets capitalize headers; "Restricted" must still restrict, not become an extra field.
    const key = name.toLowerCase().replace(/\s+/g, '_');
    if (seen.has(key)) issues.push({ code: 'register.duplicate-column', reason: `column "${name}" appears twice in the header` });
    seen.add(key);
    const known = REGISTER_COLUMNS.find((column) => column.column === key);
    return known ? { known } : { extra: name };
  });
  const missing = REGISTER_COLUMNS.filter((column) => column.required && !seen.has(column.column)).map((column) => column.column);
  if (missing.length > 0) {
    let reason = `the header has no ${missing.join(', ')} column${missing.length > 1 ? 's' : ''} (required); the file is skipped`;
    // Spreadsheets in Russian and Kazakh locales save "CSV" with ; or tabs between cells.
    if (names.length === 1 && /[;\t]/.test(names[0] ?? ''))
      reason += '; the columns seem separated by ";" or tabs: save as "CSV UTF-8 (comma delimited)"';
    issues.push({ code: 'register.missing-column', reason });
  }
  if (issues.length > 0) return { issues };
  const idIndex = cells.findIndex((cell) => 'known' in cell && cell.known.column === 'id');
  return { header: { cells, idIndex }, warnings };
}
