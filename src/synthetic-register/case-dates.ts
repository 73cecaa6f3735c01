// When things happened to a person in the register: arrest years with the 1937–38 peak, the dates
// of each people's deportation, famine deaths of 1930–33, a plausible birth year, and partial ISO
// dates (`1937`, `1937-11`, `1937-11-05`) as archives record them. Dates are UTC calendar days.

import type { CaseKind, EthnicGroup } from './register-record.ts';
import { weightedTable, type SeededRandom, type WeightedTable } from './seeded-random.ts';

export interface CalendarDate {
  year: number;
  /** 1–12 */
  month: number;
  /** 1–31 */
  day: number;
}

export const FIRST_ARREST_YEAR = 1928;
export const EARLIEST_BIRTH_YEAR = 1860;
export const LATEST_BIRTH_YEAR = 1930;

function yearTable(firstYear: number, weights: readonly number[]): WeightedTable<number> {
  return weightedTable(weights.map((weight, i) => [firstYear + i, weight] as const));
}

/**
 * Arrests per year 1928–1953, in relative weights. The Great Terror (order 00447, Aug 1937 – Nov
 * 1938) dominates; Kazakh cases add the 1928 confiscations and the 1929–31 uprisings; deported
 * peoples were arrested in special settlements from their arrival on.
 */
// prettier-ignore
const ARREST_YEARS: Readonly<Record<'default' | 'kazakh' | 'german' | 'deported1944', WeightedTable<number>>> = {
  //                               1928 29  30  31  32  33  34  35  36  37  38  39  40  41  42  43  44  45  46  47  48  49  50  51  52  53
  default:      yearTable(FIRST_ARREST_YEAR, [2, 4, 6, 5, 4, 4, 2, 2, 3, 30, 22, 3, 3, 4, 4, 3, 3, 3, 2, 2, 2, 3, 3, 2, 2, 1]),
  kazakh:       yearTable(FIRST_ARREST_YEAR, [5, 8, 12, 9, 6, 5, 2, 2, 3, 28, 20, 2, 2, 3, 3, 2, 2, 2, 2, 2, 2, 2, 2, 1, 1, 1]),
  german:       yearTable(FIRST_ARREST_YEAR, [1, 2, 3, 3, 2, 2, 1, 2, 3, 25, 18, 2, 3, 10, 10, 6, 5, 4, 3, 2, 3, 3, 2, 2, 1, 1]),
  deported1944: yearTable(FIRST_ARREST_YEAR, [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 4, 8, 7, 6, 8, 7, 6, 5, 4, 2]),
};

export function drawArrestDate(random: SeededRandom, group: EthnicGroup): CalendarDate {
  const table =
    group === 'kazakh'
      ? ARREST_YEARS.kazakh
      : group === 'german'
        ? ARREST_YEARS.german
        : group === 'chechen' || group === 'ingush'
          ? ARREST_YEARS.deported1944
          : ARREST_YEARS.default;
  const arrival = ARRIVAL[group];
  let year = random.pickWeighted(table);
  // A people deported whole could only be arrested in Kazakhstan once it had arrived.
  for (let attempt = 0; arrival && year < arrival.year && attempt < 8; attempt++) year = random.pickWeighted(table);
  if (arrival && year < arrival.year) year = arrival.year;
  const earliestMonth = arrival && year === arrival.year ? arrival.month : 1;
  // Order 00447 ran from 5 August 1937; the mass operations were stopped on 17 November 1938.
  let month = year === 1937 ? random.pickWeighted(TERROR_1937_MONTHS) : year === 1938 ? random.int(1, 11) : random.int(1, 12);
  if (month < earliestMonth) month = random.int(earliestMonth, 12);
  return dateIn(random, year, month);
}

/** When each deported people reached Kazakhstan (the earliest month of an arrest there). */
const ARRIVAL: Partial<Record<EthnicGroup, { year: number; month: number }>> = {
  polish: { year: 1936, month: 6 },
  korean: { year: 1937, month: 10 },
  chechen: { year: 1944, month: 3 },
  ingush: { year: 1944, month: 3 },
};

const TERROR_1937_MONTHS = weightedTable([
  [1, 1],
  [2, 1],
  [3, 1],
  [4, 1],
  [5, 1],
  [6, 2],
  [7, 3],
  [8, 8],
  [9, 9],
  [10, 9],
  [11, 9],
  [12, 8],
] as const);

/**
 * The eviction date of each deported people: Poles from Ukraine in 1936, Koreans from the Far East
 * in September–October 1937, Germans after the decree of 28 August 1941, Chechens and Ingush on
 * 23 February 1944; Russian and Ukrainian kulaks in the 1930–31 dekulakisation.
 */
export function drawDeportationDate(random: SeededRandom, group: EthnicGroup): CalendarDate {
  switch (group) {
    case 'polish':
      return dateIn(random, 1936, random.int(5, 9));
    case 'korean':
      return dateIn(random, 1937, random.int(9, 10));
    case 'german':
      return random.chance(0.85) ? dateIn(random, 1941, random.int(9, 10)) : dateIn(random, 1942, random.int(1, 6));
    case 'chechen':
    case 'ingush':
      return { year: 1944, month: 2, day: 23 };
    default:
      return random.chance(0.6) ? dateIn(random, 1930, random.int(2, 12)) : dateIn(random, 1931, random.int(1, 9));
  }
}

const FAMINE_YEARS = weightedTable([
  [1930, 5],
  [1931, 20],
  [1932, 40],
  [1933, 30],
  [1934, 5],
] as const);

export function drawFamineDeath(random: SeededRandom): CalendarDate {
  const year = random.pickWeighted(FAMINE_YEARS);
  return dateIn(random, year, random.int(1, 12));
}

/** The Kazakh SSR confiscation of bai households began with the decree of 27 August 1928. */
export function drawConfiscationDate(random: SeededRandom): CalendarDate {
  return random.chance(0.8) ? dateIn(random, 1928, random.int(9, 12)) : dateIn(random, 1929, random.int(1, 6));
}

/**
 * Age when the event happened. Arrested people were mostly 25–55; famine and deportation took
 * children and the old alike. The birth year is kept within 1860–1930 by redrawing.
 */
const ADULT_AGE = weightedTable(ageWeights(18, 80, 40, 12));
const ANY_AGE = weightedTable(ageWeights(0, 85, 28, 22));

function ageWeights(minAge: number, maxAge: number, peak: number, spread: number): (readonly [number, number])[] {
  const weights: (readonly [number, number])[] = [];
  for (let age = minAge; age <= maxAge; age++) weights.push([age, Math.exp(-(((age - peak) / spread) ** 2) / 2)]);
  return weights;
}

export function drawBirthYear(random: SeededRandom, kind: CaseKind, eventYear: number): number {
  const ages = kind === 'arrest' || kind === 'confiscation' ? ADULT_AGE : ANY_AGE;
  for (let attempt = 0; attempt < 8; attempt++) {
    const year = eventYear - random.pickWeighted(ages);
    if (year >= EARLIEST_BIRTH_YEAR && year <= LATEST_BIRTH_YEAR) return year;
  }
  return Math.min(LATEST_BIRTH_YEAR, Math.max(EARLIEST_BIRTH_YEAR, eventYear - 40));
}

export function dateIn(random: SeededRandom, year: number, month: number): CalendarDate {
  return { year, month, day: randomDay(random, year, month) };
}

export function randomDay(random: SeededRandom, year: number, month: number): number {
  return random.int(1, daysInMonth(year, month));
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : (DAYS_IN_MONTH[month - 1] as number);
}

/**
 * Moves a date by whole days. Plain calendar arithmetic rather than `Date`, which is several
 * times slower and showed up when generating a million rows.
 */
export function addDays(date: CalendarDate, days: number): CalendarDate {
  let { year, month } = date;
  let day = date.day + days;
  while (day > daysInMonth(year, month)) {
    day -= daysInMonth(year, month);
    if (++month > 12) [month, year] = [1, year + 1];
  }
  while (day < 1) {
    if (--month < 1) [month, year] = [12, year - 1];
    day += daysInMonth(year, month);
  }
  return { year, month, day };
}

/** How precisely a kind of date survives in the files: share with a full date, and with year-month. */
export interface DatePrecision {
  full: number;
  yearMonth: number;
}

export function formatPartialDate(random: SeededRandom, date: CalendarDate, precision: DatePrecision): string {
  const roll = random.next();
  const year = String(date.year);
  if (roll >= precision.full + precision.yearMonth) return year;
  const month = `${year}-${String(date.month).padStart(2, '0')}`;
  if (roll >= precision.full) return month;
  return `${month}-${String(date.day).padStart(2, '0')}`;
}
