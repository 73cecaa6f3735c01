// How a register record reads on screen: the full name in the archive's order (surname first)
// and its years. Shared by the search results, the record page and an event's linked names.

import type { NameRecord } from '../../feed/content-schema.ts';
import { foldName } from '../../search/surname-prefix-index.ts';
import type { UiStrings } from '../i18n/ui-strings.ts';
import { yearOf } from '../i18n/format-date.ts';

export function fullName(record: Pick<NameRecord, 'surname' | 'givenName' | 'patronymic'>): string {
  return [record.surname, record.givenName, record.patronymic].filter((part) => part !== undefined && part !== '').join(' ');
}

/** "1898–1938", "born 1898", "died 1938", or '' when neither year is known. */
export function lifeYears(record: Pick<NameRecord, 'birthYear' | 'deathDate'>, t: Pick<UiStrings, 'bornIn' | 'diedIn'>): string {
  const born = record.birthYear;
  const died = yearOf(record.deathDate);
  if (born !== undefined && died !== undefined) return `${born}–${died}`;
  if (born !== undefined) return t.bornIn(born);
  if (died !== undefined) return t.diedIn(died);
  return '';
}

/**
 * The other spelling a query found the record by, when its own surname does not match
 * ("Baitursynov" for Байтурсынов): shown beside the name, so a visitor sees why it is there.
 */
export function matchedSpelling(record: Pick<NameRecord, 'surname' | 'nameVariants'>, query: string): string | undefined {
  const folded = foldName(query).trim();
  if (folded === '' || foldName(record.surname).startsWith(folded.split(' ')[0]!)) return undefined;
  return record.nameVariants?.find((variant) => foldName(variant).startsWith(folded));
}
