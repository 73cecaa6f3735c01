// The Names screen's filters (docs/design.md §7: birth year range, place, fate) as a visitor sets them
// with a finger: birth years by decade chips, place and fate by one chip each. Turns them into
// the engine's SearchFilters. No DOM.

import type { SearchFilters } from '../../search/search-names.ts';

/** First years of the earliest and the latest decade chosen: 1890–1900 means born 1890–1909. */
export interface DecadeRange {
  from: number;
  to: number;
}

export interface NameFilters {
  decades: DecadeRange | null;
  place: string | null;
  fate: string | null;
}

export const NO_FILTERS: NameFilters = { decades: null, place: null, fate: null };

const DECADE = 10;

/** The decades a span of birth years touches, as chips: 1887–1903 gives 1880, 1890, 1900. */
export function decadesOf(years: { from: number; to: number } | null): number[] {
  if (!years) return [];
  const decades: number[] = [];
  for (let decade = decadeOf(years.from); decade <= years.to; decade += DECADE) decades.push(decade);
  return decades;
}

export function decadeOf(year: number): number {
  return Math.floor(year / DECADE) * DECADE;
}

/**
 * A tap on a decade chip: the first tap picks that decade, a tap outside the range stretches it
 * to there, a tap on an end of the range takes that decade off, and a tap inside a wider range
 * narrows it to that decade. Every range is reachable in two taps.
 */
export function toggleDecade(range: DecadeRange | null, decade: number): DecadeRange | null {
  if (!range) return { from: decade, to: decade };
  if (decade < range.from) return { from: decade, to: range.to };
  if (decade > range.to) return { from: range.from, to: decade };
  if (range.from === range.to) return null;
  if (decade === range.from) return { from: decade + DECADE, to: range.to };
  if (decade === range.to) return { from: range.from, to: decade - DECADE };
  return { from: decade, to: decade };
}

export function inDecades(range: DecadeRange | null, decade: number): boolean {
  return range !== null && decade >= range.from && decade <= range.to;
}

/** The birth years a decade range covers. */
export function yearsOf(range: DecadeRange): { from: number; to: number } {
  return { from: range.from, to: range.to + DECADE - 1 };
}

export function searchFilters(filters: NameFilters): SearchFilters {
  const years = filters.decades ? yearsOf(filters.decades) : null;
  return {
    ...(years ? { birthYearFrom: years.from, birthYearTo: years.to } : {}),
    ...(filters.place !== null ? { place: filters.place } : {}),
    ...(filters.fate !== null ? { fate: filters.fate } : {}),
  };
}

export function hasFilters(filters: NameFilters): boolean {
  return filters.decades !== null || filters.place !== null || filters.fate !== null;
}
