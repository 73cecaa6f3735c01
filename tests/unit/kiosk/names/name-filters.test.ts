import { describe, expect, it } from 'vitest';
import {
  decadesOf,
  hasFilters,
  inDecades,
  NO_FILTERS,
  searchFilters,
  toggleDecade,
} from '../../../../src/kiosk/names/name-filters.ts';

describe('decadesOf', () => {
  it('gives every decade a span of years touches', () => {
    expect(decadesOf({ from: 1887, to: 1903 })).toEqual([1880, 1890, 1900]);
    expect(decadesOf(null)).toEqual([]);
  });
});

describe('toggleDecade', () => {
  it('picks a decade, then stretches the range to a decade outside it', () => {
    const one = toggleDecade(null, 1890);
    expect(one).toEqual({ from: 1890, to: 1890 });
    expect(toggleDecade(one, 1910)).toEqual({ from: 1890, to: 1910 });
    expect(toggleDecade(one, 1870)).toEqual({ from: 1870, to: 1890 });
  });

  it('takes a decade off an end of the range, and drops a range of one', () => {
    expect(toggleDecade({ from: 1890, to: 1910 }, 1890)).toEqual({ from: 1900, to: 1910 });
    expect(toggleDecade({ from: 1890, to: 1910 }, 1910)).toEqual({ from: 1890, to: 1900 });
    expect(toggleDecade({ from: 1890, to: 1890 }, 1890)).toBeNull();
  });

  it('narrows a range to a decade inside it', () => {
    expect(toggleDecade({ from: 1880, to: 1920 }, 1900)).toEqual({ from: 1900, to: 1900 });
  });
});

describe('inDecades', () => {
  it('says whether a chip lies in the range', () => {
    expect(inDecades({ from: 1880, to: 1900 }, 1890)).toBe(true);
    expect(inDecades({ from: 1880, to: 1900 }, 1910)).toBe(false);
    expect(inDecades(null, 1890)).toBe(false);
  });
});

describe('searchFilters', () => {
  it('turns decades into birth years and leaves unset filters out', () => {
    expect(searchFilters({ decades: { from: 1890, to: 1900 }, place: null, fate: 'атылды' })).toEqual({
      birthYearFrom: 1890,
      birthYearTo: 1909,
      fate: 'атылды',
    });
    expect(searchFilters(NO_FILTERS)).toEqual({});
  });
});

describe('hasFilters', () => {
  it('is true when any filter is set', () => {
    expect(hasFilters(NO_FILTERS)).toBe(false);
    expect(hasFilters({ ...NO_FILTERS, place: 'Алматы' })).toBe(true);
  });
});
