import { describe, expect, it } from 'vitest';
import { formatDateSpan, formatPartialDate, formatTimestamp, yearOf } from '../../../../src/kiosk/i18n/format-date.ts';

describe('formatPartialDate', () => {
  it('shows a year alone as it is', () => {
    expect(formatPartialDate('1937', 'kk')).toBe('1937');
    expect(formatPartialDate('1937', 'en')).toBe('1937');
  });

  it('shows a month and year in each language', () => {
    expect(formatPartialDate('1937-11', 'kk')).toBe('1937 ж. қараша');
    expect(formatPartialDate('1937-11', 'ru')).toBe('ноябрь 1937');
    expect(formatPartialDate('1937-11', 'en')).toBe('November 1937');
  });

  it('shows a full date in each language, Russian months in the genitive', () => {
    expect(formatPartialDate('1937-07-30', 'kk')).toBe('1937 ж. 30 шілде');
    expect(formatPartialDate('1937-07-30', 'ru')).toBe('30 июля 1937');
    expect(formatPartialDate('1937-07-05', 'en')).toBe('5 July 1937');
  });

  it('returns anything that is not a partial ISO date unchanged', () => {
    expect(formatPartialDate('summer 1937', 'en')).toBe('summer 1937');
  });
});

describe('formatDateSpan', () => {
  it('joins a start and an end date with a dash', () => {
    expect(formatDateSpan('1937-07-30', '1938-11', 'en')).toBe('30 July 1937 – November 1938');
  });

  it('shows a single date when there is no end', () => {
    expect(formatDateSpan('1991', undefined, 'ru')).toBe('1991');
  });
});

describe('yearOf', () => {
  it('reads the year of a partial date', () => {
    expect(yearOf('1938-03-01')).toBe(1938);
    expect(yearOf('1938')).toBe(1938);
  });

  it('returns undefined for no date', () => {
    expect(yearOf(undefined)).toBeUndefined();
    expect(yearOf('unknown')).toBeUndefined();
  });
});

describe('formatTimestamp', () => {
  it('shows a moment as local date and time to the second, in each language’s order', () => {
    const moment = new Date(2025, 4, 31, 9, 5, 7).getTime();
    expect(formatTimestamp(moment, 'kk')).toBe('2025 ж. 31 мамыр, 09:05:07');
    expect(formatTimestamp(moment, 'ru')).toBe('31 мая 2025, 09:05:07');
    expect(formatTimestamp(moment, 'en')).toBe('31 May 2025, 09:05:07');
  });

  it('returns what it cannot read unchanged', () => {
    expect(formatTimestamp('not a time', 'en')).toBe('not a time');
  });
});
