import { describe, expect, it } from 'vitest';
import { formatCount, russianForm } from '../../../../src/kiosk/i18n/format-count.ts';

const NNBSP = '\u202F';

describe('formatCount', () => {
  it('groups thousands with a narrow no-break space in Kazakh and Russian', () => {
    expect(formatCount(5000, 'kk')).toBe(`5${NNBSP}000`);
    expect(formatCount(1234567, 'ru')).toBe(`1${NNBSP}234${NNBSP}567`);
  });

  it('groups thousands with commas in English', () => {
    expect(formatCount(5000, 'en')).toBe('5,000');
    expect(formatCount(300000, 'en')).toBe('300,000');
  });

  it('leaves numbers below a thousand ungrouped', () => {
    expect(formatCount(0, 'en')).toBe('0');
    expect(formatCount(999, 'ru')).toBe('999');
  });
});

describe('russianForm', () => {
  const forms = ['имя', 'имени', 'имён'] as const;

  it('takes the form after 1 for numbers ending in 1 but not 11', () => {
    for (const count of [1, 21, 101, 5001]) expect(russianForm(count, forms), String(count)).toBe('имя');
  });

  it('takes the form after 2 for numbers ending in 2 to 4 but not 12 to 14', () => {
    for (const count of [2, 3, 4, 22, 104, 300002]) expect(russianForm(count, forms), String(count)).toBe('имени');
  });

  it('takes the form after 5 for 0, 5 to 20 and numbers ending in 11 to 14', () => {
    for (const count of [0, 5, 11, 12, 14, 19, 20, 111, 114, 5000]) expect(russianForm(count, forms), String(count)).toBe('имён');
  });
});
