// What the filters of docs/design.md §7 can offer for a register: the span of its birth years and its
// most common places and fates, counted from the index's per-record columns. A visitor picks
// from these on a touch screen, so a handful of common values beats a full list.

import type { NameIndex } from './name-index.ts';

/** Values offered per filter: a screenful of chips. */
export const DEFAULT_FACET_VALUES = 6;

export interface FacetValue {
  value: string;
  records: number;
}

export interface NameFacets {
  /** Earliest and latest known birth year; null when no record has one. */
  birthYears: { from: number; to: number } | null;
  /** Most common first; ties in register order. */
  places: FacetValue[];
  fates: FacetValue[];
}

export function nameFacets(index: NameIndex, maxValues: number = DEFAULT_FACET_VALUES): NameFacets {
  let from = Infinity;
  let to = -Infinity;
  for (const year of index.birthYear) {
    if (year === 0) continue;
    if (year < from) from = year;
    if (year > to) to = year;
  }
  return {
    birthYears: from <= to ? { from, to } : null,
    places: mostCommon(index.place, index.places, maxValues),
    fates: mostCommon(index.fate, index.fates, maxValues),
  };
}

function mostCommon(column: Int32Array, values: readonly string[], maxValues: number): FacetValue[] {
  const counts = new Uint32Array(values.length);
  for (const value of column) if (value >= 0) counts[value]!++;
  return values
    .map((value, at) => ({ value, records: counts[at]! }))
    .sort((a, b) => b.records - a.records)
    .slice(0, maxValues);
}
