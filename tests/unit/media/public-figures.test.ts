// The demo register's public historical figures: written as the rest of the register is (in
// Russian, as Soviet archives wrote), with the years two published biographies agree on.

import { parse } from 'csv-parse/sync';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

type Row = Record<string, string>;

const rows: Row[] = parse(readFileSync('media/names/public-figures.csv'), { columns: true });
const register: Row[] = parse(readFileSync('media/names/register.csv'), { columns: true });

/**
 * Years confirmed in two published biographies each (see media/README.md for the sources).
 * Baitursynov's birth year is left out: the biographies give 1872 or 1873.
 */
const CONFIRMED_YEARS: Record<string, { birth: string; death: string }> = {
  'PF-001': { birth: '1866', death: '1937' },
  'PF-002': { birth: '', death: '1937' },
  'PF-003': { birth: '1894', death: '1938' },
  'PF-004': { birth: '1893', death: '1938' },
  'PF-005': { birth: '1894', death: '1938' },
  'PF-006': { birth: '1894', death: '1938' },
  'PF-007': { birth: '1894', death: '1938' },
  'PF-008': { birth: '1885', death: '1935' },
};

describe('media/names/public-figures.csv', () => {
  it('writes nationality, occupation, fate and source in Cyrillic, as the register does', () => {
    for (const row of rows) {
      for (const column of ['nationality', 'occupation', 'fate', 'source']) {
        expect(row[column], `${row.id} ${column}`).toMatch(/^[^A-Za-z]+$/);
      }
    }
  });

  it('uses the register’s own words for nationality and fate', () => {
    const nationalities = new Set(register.map((row) => row.nationality));
    const fates = new Set(register.map((row) => row.fate));
    for (const row of rows) {
      expect(nationalities, row.id).toContain(row.nationality);
      expect(fates, row.id).toContain(row.fate);
    }
  });

  it('gives the birth and death years the published biographies agree on', () => {
    expect(Object.fromEntries(rows.map((row) => [row.id, { birth: row.birth_year, death: row.death_date }]))).toEqual(
      CONFIRMED_YEARS,
    );
  });
});
