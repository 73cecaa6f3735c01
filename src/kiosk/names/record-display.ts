// How a register record reads on screen: the full name in the archive's order (surname first),
// its years and its images. Shared by the search results, the record page and an event's
// linked names.

import type { ContentImage, NameRecord } from '../../feed/content-schema.ts';
import { LANGUAGES } from '../../feed/languages.ts';
import type { MarkedWord, NameRow } from '../../search/worker-protocol.ts';
import type { UiStrings } from '../i18n/ui-strings.ts';
import { yearOf } from '../i18n/format-date.ts';

export interface LifeYears {
  birthYear?: number | undefined;
  deathYear?: number | undefined;
}

export function fullName(record: Pick<NameRecord, 'surname' | 'givenName' | 'patronymic'>): string {
  return [record.surname, record.givenName, record.patronymic].filter((part) => part !== undefined && part !== '').join(' ');
}

/**
 * A record's portraits and case-file pages, each with the person's name as its alt text where
 * the register gives none (docs/content-folder.md: the `images` column has no alt of its own).
 */
export function recordImages(record: Pick<NameRecord, 'surname' | 'givenName' | 'patronymic' | 'images'>): ContentImage[] {
  const name = fullName(record);
  return (record.images ?? []).map((image) =>
    Object.values(image.alt).some((text) => text.trim() !== '')
      ? image
      : { ...image, alt: Object.fromEntries(LANGUAGES.map((lang) => [lang, name])) },
  );
}

/** A record's years as result rows carry them (the death year from its date). */
export function yearsOfRecord(record: Pick<NameRecord, 'birthYear' | 'deathDate'>): LifeYears {
  return { birthYear: record.birthYear, deathYear: yearOf(record.deathDate) };
}

/** "1898–1938", "born 1898", "died 1938", or '' when neither year is known. */
export function lifeYears({ birthYear, deathYear }: LifeYears, t: Pick<UiStrings, 'bornIn' | 'diedIn'>): string {
  if (birthYear !== undefined && deathYear !== undefined) return `${birthYear}–${deathYear}`;
  if (birthYear !== undefined) return t.bornIn(birthYear);
  if (deathYear !== undefined) return t.diedIn(deathYear);
  return '';
}

/** A run of a name's text, marked where a query matched it. */
export interface NameSegment {
  text: string;
  marked: boolean;
}

/** Words as segments, spaces between them: the markup only wraps the marked ones. */
export function nameSegments(words: readonly MarkedWord[]): NameSegment[] {
  const segments: NameSegment[] = [];
  words.forEach((word, at) => {
    if (at > 0) segments.push({ text: ' ', marked: false });
    if (word.marked > 0) segments.push({ text: word.text.slice(0, word.marked), marked: true });
    if (word.marked < word.text.length) segments.push({ text: word.text.slice(word.marked), marked: false });
  });
  return segments;
}

/** A result row's name in the archive's order: surname, given name, patronymic. */
export function rowNameWords(row: Pick<NameRow, 'surname' | 'givenName' | 'patronymic'>): MarkedWord[] {
  return [...row.surname, ...row.givenName, ...row.patronymic];
}
