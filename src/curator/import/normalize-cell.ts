// The few rewrites of a cell that are certain and save a curator thousands of fixes: dates as a
// Russian-locale spreadsheet writes them (05.11.1937) in the register's ISO form, a birth date
// cut to the year the register keeps, "1898 г." as 1898, and да/нет, иә/жоқ as yes/no for the
// restricted flag. Anything else stays as it is, for the register's checks to judge.

import type { ColumnKind } from '../content/register-columns.ts';
import { isPartialDate } from '../content/partial-date.ts';

/** What a rewrite did, counted for the curator before anything is written. */
export type Conversion = 'date' | 'year' | 'flag';
export const CONVERSIONS: readonly Conversion[] = ['date', 'year', 'flag'];

const DAY_MONTH_YEAR = /^(\d{1,2})\.(\d{1,2})\.(\d{4})(?:\s*(?:г|года?)\.?)?$/;
const MONTH_YEAR = /^(\d{1,2})\.(\d{4})(?:\s*(?:г|года?)\.?)?$/;
const YEAR_WITH_WORD = /^(\d{4})\s*(?:г|года?|ж|жылы)\.?$/;
const ISO_DATE_START = /^(\d{4})-\d{2}(?:-\d{2})?$/;
/** Excel writes TRUE/FALSE in the interface's language when a flag is text: ИСТИНА/ЛОЖЬ in Russian. */
const FLAG_WORDS: Record<string, 'yes' | 'no'> = {
  да: 'yes',
  иә: 'yes',
  true: 'yes',
  истина: 'yes',
  1: 'yes',
  y: 'yes',
  нет: 'no',
  жоқ: 'no',
  false: 'no',
  ложь: 'no',
  0: 'no',
  n: 'no',
};

export function normalizeCell(kind: ColumnKind, value: string): { value: string; conversion?: Conversion } {
  if (kind === 'date') {
    const date = isoOf(value);
    return date !== null && date !== value && isPartialDate(date) ? { value: date, conversion: 'date' } : { value };
  }
  if (kind === 'year') {
    const year = YEAR_WITH_WORD.exec(value)?.[1] ?? yearOfDate(value);
    return year !== null ? { value: year, conversion: 'year' } : { value };
  }
  if (kind === 'flag') {
    const flag = FLAG_WORDS[value.toLowerCase()];
    return flag !== undefined ? { value: flag, conversion: 'flag' } : { value };
  }
  return { value };
}

/** 05.11.1937 → 1937-11-05, 11.1937 → 1937-11, "1937 г." → 1937; null for any other text. */
function isoOf(value: string): string | null {
  const full = DAY_MONTH_YEAR.exec(value);
  if (full) return `${full[3]}-${full[2]!.padStart(2, '0')}-${full[1]!.padStart(2, '0')}`;
  const month = MONTH_YEAR.exec(value);
  if (month) return `${month[2]}-${month[1]!.padStart(2, '0')}`;
  return YEAR_WITH_WORD.exec(value)?.[1] ?? null;
}

/** The year of a whole date (a column of birth dates mapped to birth_year); null when the text is no date. */
function yearOfDate(value: string): string | null {
  const iso = isoOf(value) ?? (ISO_DATE_START.test(value) ? value : null);
  return iso !== null && iso.length > 4 && isPartialDate(iso) ? iso.slice(0, 4) : null;
}
