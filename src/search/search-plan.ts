// What one name search may do, from the caller's options: how many hits it returns, how many
// records it may score, and which records its filters let through. Read by every scan of a query.

import type { NameIndex } from './name-index.ts';
import type { NameKeys } from './name-keys.ts';

/** Results returned when the caller does not say. */
export const DEFAULT_LIMIT = 20;
/** Records scored per query at most: bounds a common name on a million-record register. */
export const DEFAULT_SCAN_BUDGET = 12_000;
/**
 * The budget while only one or two letters are typed: tens of thousands of names match them
 * equally, and the visitor is about to type the next letter anyway.
 */
export const SHORT_QUERY_SCAN_BUDGET = 1_500;
const SHORT_QUERY_LETTERS = 2;

export interface SearchFilters {
  birthYearFrom?: number | undefined;
  birthYearTo?: number | undefined;
  /** A value of `index.places`. */
  place?: string | undefined;
  /** A value of `index.fates`. */
  fate?: string | undefined;
}

export interface SearchOptions {
  limit?: number;
  /** Treat the last word as still being typed (the kiosk while typing, and the CLI). */
  prefix?: boolean;
  filters?: SearchFilters;
  scanBudget?: number;
}

export function hitLimit(options: SearchOptions): number {
  return Math.max(1, options.limit ?? DEFAULT_LIMIT);
}

export function scanBudget(words: readonly NameKeys[], options: SearchOptions): number {
  const letters = words.reduce((sum, keys) => sum + keys.exact.length, 0);
  return options.scanBudget ?? (letters <= SHORT_QUERY_LETTERS ? SHORT_QUERY_SCAN_BUDGET : DEFAULT_SCAN_BUDGET);
}

export function recordFilter(index: NameIndex, filters: SearchFilters | undefined): (record: number) => boolean {
  if (!filters) return () => true;
  const from = filters.birthYearFrom;
  const to = filters.birthYearTo;
  const place = filters.place === undefined ? undefined : index.places.indexOf(filters.place);
  const fate = filters.fate === undefined ? undefined : index.fates.indexOf(filters.fate);
  return (record) => {
    const year = index.birthYear[record]!;
    if (from !== undefined && (year === 0 || year < from)) return false;
    if (to !== undefined && (year === 0 || year > to)) return false;
    if (place !== undefined && index.place[record] !== place) return false;
    if (fate !== undefined && index.fate[record] !== fate) return false;
    return true;
  };
}
