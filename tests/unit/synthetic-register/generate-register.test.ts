import { describe, expect, it } from 'vitest';
import { generatePeople, registerId } from '../../../src/synthetic-register/generate-register.ts';
import { REAL_KAZAKH_NAMES_TO_AVOID } from '../../../src/synthetic-register/kazakh-names.ts';
import { REGISTER_COLUMNS, type GeneratedPerson } from '../../../src/synthetic-register/register-record.ts';
import { registerCsvRow } from '../../../src/synthetic-register/write-register-csv.ts';

function people(count: number, seed: number): GeneratedPerson[] {
  return [...generatePeople(count, seed)];
}

function csvText(count: number, seed: number): string {
  return people(count, seed)
    .map((person) => registerCsvRow(person.record))
    .join('');
}

const SAMPLE = people(20_000, 1);
const share = (predicate: (person: GeneratedPerson) => boolean) => SAMPLE.filter(predicate).length / SAMPLE.length;

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

function isCalendarDate(text: string): boolean {
  const match = PARTIAL_DATE.exec(text);
  if (!match) return false;
  const [, year, month, day] = match;
  if (month === undefined) return true;
  if (Number(month) < 1 || Number(month) > 12) return false;
  if (day === undefined) return true;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  return date.getUTCDate() === Number(day);
}

/** Partial ISO dates compare as text once cut to the shorter one's precision. */
function notBefore(later: string, earlier: string): boolean {
  const length = Math.min(later.length, earlier.length);
  return later.slice(0, length) >= earlier.slice(0, length);
}

describe('generatePeople', () => {
  it('gives byte-identical rows for the same count and seed', () => {
    expect(csvText(2_000, 1)).toBe(csvText(2_000, 1));
  });

  it('gives different rows for a different seed', () => {
    expect(csvText(200, 2)).not.toBe(csvText(200, 1));
  });

  it('makes a shorter run the prefix of a longer one', () => {
    expect(csvText(3_000, 5).startsWith(csvText(1_000, 5))).toBe(true);
  });

  it('numbers records KZ-0000001 upwards', () => {
    expect(SAMPLE.slice(0, 3).map((person) => person.record.id)).toEqual(['KZ-0000001', 'KZ-0000002', 'KZ-0000003']);
    expect(registerId(12_345_678)).toBe('KZ-12345678');
  });

  it('fills every column, with a surname and a given name on every row', () => {
    const columns = [...REGISTER_COLUMNS].join();
    const bad = SAMPLE.filter(({ record }) => Object.keys(record).join() !== columns || !record.surname || !record.given_name);
    expect(bad.map((person) => person.record.id)).toEqual([]);
  });

  it('writes valid partial ISO dates in order: arrest, then death; rehabilitation after arrest', () => {
    const problems: string[] = [];
    for (const { record } of SAMPLE) {
      for (const column of ['arrest_date', 'death_date', 'rehabilitation_date'] as const) {
        if (record[column] !== '' && !isCalendarDate(record[column])) problems.push(`${record.id} ${column} ${record[column]}`);
      }
      if (record.arrest_date && record.death_date && !notBefore(record.death_date, record.arrest_date)) {
        problems.push(`${record.id} died ${record.death_date} before arrest ${record.arrest_date}`);
      }
      if (record.arrest_date && record.rehabilitation_date && !notBefore(record.rehabilitation_date, record.arrest_date)) {
        problems.push(`${record.id} rehabilitated ${record.rehabilitation_date} before arrest ${record.arrest_date}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('keeps birth years within 1860–1930, weighted toward 1880–1910', () => {
    const years = SAMPLE.map((person) => person.record.birth_year)
      .filter((year) => year !== '')
      .map(Number);
    expect(Math.min(...years)).toBeGreaterThanOrEqual(1860);
    expect(Math.max(...years)).toBeLessThanOrEqual(1930);
    expect(years.filter((year) => year >= 1880 && year <= 1910).length / years.length).toBeGreaterThan(0.6);
  });

  it('puts the 1937–38 terror at the peak of arrests', () => {
    const arrests = SAMPLE.filter((person) => person.truth.kind === 'arrest').map((person) =>
      person.record.arrest_date.slice(0, 4),
    );
    const terror = arrests.filter((year) => year === '1937' || year === '1938').length;
    expect(terror / arrests.length).toBeGreaterThan(0.3);
  });

  it('draws nationalities in register proportions, Kazakhs the majority', () => {
    const kazakh = share((person) => person.truth.group === 'kazakh');
    expect(kazakh).toBeGreaterThan(0.55);
    expect(kazakh).toBeLessThan(0.7);
    for (const group of ['russian', 'german', 'ukrainian', 'korean', 'chechen', 'ingush', 'polish', 'tatar'] as const) {
      expect(
        share((person) => person.truth.group === group),
        group,
      ).toBeGreaterThan(0);
    }
  });

  it('fills name_variants for about 30% of rows, leaves patronymic empty for about 25%, restricts about 1.5%', () => {
    expect(share((person) => person.record.name_variants !== '')).toBeCloseTo(0.3, 1);
    expect(share((person) => person.record.patronymic === '')).toBeCloseTo(0.25, 1);
    const restricted = share((person) => person.record.restricted === 'yes');
    expect(restricted).toBeGreaterThan(0.01);
    expect(restricted).toBeLessThan(0.02);
    expect(SAMPLE.every((person) => person.record.restricted === '' || person.record.restricted === 'yes')).toBe(true);
  });

  it('never lists a variant that is the row name itself', () => {
    const bad = SAMPLE.filter(({ record }) => {
      if (record.name_variants === '') return false;
      const variants = record.name_variants.split(';');
      return variants.includes(`${record.surname} ${record.given_name}`) || new Set(variants).size !== variants.length;
    });
    expect(bad.map((person) => person.record.id)).toEqual([]);
  });
});

describe('generatePeople truth', () => {
  const kazakhs = SAMPLE.filter((person) => person.truth.group === 'kazakh');

  it('keeps Kazakh given and father names in Kazakh Cyrillic', () => {
    expect(kazakhs.every((person) => /^[А-ЯЁӘҒҚҢӨҰҮҺІ][а-яёәғқңөұүһі]+$/u.test(person.truth.givenName))).toBe(true);
    expect(kazakhs.some((person) => /[әғқңөұүһі]/u.test(person.truth.fatherName))).toBe(true);
  });

  it('matches the row to the canonical surname when no spelling rule applied', () => {
    const bad = kazakhs.filter(
      ({ record, truth }) =>
        (truth.nameForm === 'soviet' && truth.spelling.length === 0 && record.surname !== truth.surname) ||
        (truth.nameForm === 'kazakh-patronymic' && record.surname !== truth.kazakhSurname),
    );
    expect(bad.map((person) => person.record.id)).toEqual([]);
  });

  it('writes most Kazakh rows in the Soviet form and some in the Kazakh one', () => {
    const soviet = kazakhs.filter((person) => person.truth.nameForm === 'soviet').length / kazakhs.length;
    expect(soviet).toBeGreaterThan(0.7);
    expect(soviet).toBeLessThan(0.9);
    expect(kazakhs.filter((person) => person.truth.spelling.length > 0).length).toBeGreaterThan(kazakhs.length * 0.15);
  });

  it('never reproduces a listed real victim', () => {
    const avoided = new Set(REAL_KAZAKH_NAMES_TO_AVOID.map(([father, given]) => `${father} ${given}`));
    expect(kazakhs.filter((person) => avoided.has(`${person.truth.fatherName} ${person.truth.givenName}`))).toEqual([]);
  });
});

describe('generatePeople vocabulary', () => {
  // The benchmark targets are ≥ 3,000 surnames and ≥ 100,000 surname + given name pairs at
  // 1,000,000 rows; 200,000 rows already clear both, which keeps this test to about two seconds.
  it('has thousands of surnames with a long tail and over 100,000 full names at 200,000 rows', () => {
    const surnames = new Map<string, number>();
    const fullNames = new Set<string>();
    for (const { record } of generatePeople(200_000, 1)) {
      surnames.set(record.surname, (surnames.get(record.surname) ?? 0) + 1);
      fullNames.add(`${record.surname} ${record.given_name}`);
    }
    expect(surnames.size).toBeGreaterThanOrEqual(3_000);
    expect([...surnames.values()].filter((count) => count === 1).length).toBeGreaterThan(300);
    expect(fullNames.size).toBeGreaterThanOrEqual(100_000);
  }, 30_000);
});
