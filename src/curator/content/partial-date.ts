// Partial ISO dates (`1937`, `1937-11`, `1937-11-05`) as the contract allows them, plus the
// calendar check the feed's pattern cannot make: `1937-02-30` matches it but is not a date.

import { PARTIAL_DATE } from '../../feed/content-schema.ts';

export function isPartialDate(text: string): boolean {
  if (!PARTIAL_DATE.test(text)) return false;
  if (text.length < 10) return true;
  const [year, month, day] = text.split('-').map(Number) as [number, number, number];
  // Day 0 of the next month is the last day of this one, leap years included.
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export const PARTIAL_DATE_HINT = 'expected a date like 1937, 1937-11 or 1937-11-05';
