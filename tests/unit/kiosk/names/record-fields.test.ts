import { describe, expect, it } from 'vitest';
import type { NameRecord } from '../../../../src/feed/content-schema.ts';
import { uiStrings } from '../../../../src/kiosk/i18n/ui-strings.ts';
import { foreignLanguageOf, recordRows } from '../../../../src/kiosk/names/record-fields.ts';
import { fullName, lifeYears, recordImages, yearsOfRecord } from '../../../../src/kiosk/names/record-display.ts';

const record: NameRecord = {
  id: 'KZ-000001',
  surname: 'Байтұрсынов',
  givenName: 'Ахмет',
  nameVariants: ['Байтурсынов', 'Baitursynov'],
  birthYear: 1872,
  birthPlace: 'Торғай облысы',
  arrestDate: '1937-10-08',
  fate: 'атылды',
  deathDate: '1937-12-08',
  rehabilitationDate: '1988',
  source: 'ҚР ҰҚК архиві, 1-қор',
  extra: { case_number: '1234', empty: ' ' },
};

const t = uiStrings('ru');

describe('recordRows', () => {
  it('lists the fields the record has in register order, labelled and with dates in words', () => {
    const rows = recordRows(record, 'ru', (key) => t[key]);
    expect(rows.map((row) => [row.label, row.value])).toEqual([
      ['Фамилия', 'Байтұрсынов'],
      ['Имя', 'Ахмет'],
      ['Другие написания', 'Байтурсынов, Baitursynov'],
      ['Год рождения', '1872'],
      ['Место рождения', 'Торғай облысы'],
      ['Дата ареста', '8 октября 1937'],
      ['Судьба', 'атылды'],
      ['Дата смерти', '8 декабря 1937'],
      ['Дата реабилитации', '1988'],
      ['case_number', '1234'],
    ]);
  });

  it('labels an extra column by its own name and marks it as extra', () => {
    const extra = recordRows(record, 'en', (key) => uiStrings('en')[key]).filter((row) => row.labelKey === null);
    expect(extra).toEqual([{ labelKey: null, label: 'case_number', value: '1234' }]);
  });

  it('marks the archival words with the language they are written in when the screen shows another', () => {
    const rows = recordRows({ ...record, lang: 'kk' }, 'ru', (key) => t[key]);
    const writtenIn = Object.fromEntries(rows.map((row) => [row.label, row.writtenIn]));
    expect(writtenIn).toEqual({
      Фамилия: 'kk',
      Имя: 'kk',
      'Другие написания': 'kk',
      'Год рождения': undefined,
      'Место рождения': 'kk',
      'Дата ареста': undefined,
      Судьба: 'kk',
      'Дата смерти': undefined,
      'Дата реабилитации': undefined,
      case_number: 'kk',
    });
  });

  it('marks nothing when the screen is in the language of the record or the record names none', () => {
    expect(recordRows({ ...record, lang: 'ru' }, 'ru', (key) => t[key]).some((row) => row.writtenIn)).toBe(false);
    expect(recordRows(record, 'en', (key) => t[key]).some((row) => row.writtenIn)).toBe(false);
  });

  it('gives no rows for a restricted record', () => {
    expect(recordRows({ ...record, restricted: true }, 'kk', (key) => key)).toEqual([]);
  });
});

describe('foreignLanguageOf', () => {
  it('names the language of the record only when the screen shows another', () => {
    expect(foreignLanguageOf({ lang: 'ru' }, 'kk')).toBe('ru');
    expect(foreignLanguageOf({ lang: 'ru' }, 'ru')).toBeUndefined();
    expect(foreignLanguageOf({}, 'en')).toBeUndefined();
  });
});

describe('fullName', () => {
  it('puts the surname first and skips missing parts', () => {
    expect(fullName({ surname: 'Иванов', givenName: 'Иван', patronymic: 'Петрович' })).toBe('Иванов Иван Петрович');
    expect(fullName({ surname: 'Иванов', givenName: 'Иван' })).toBe('Иванов Иван');
  });
});

describe('recordImages', () => {
  const page = { media: 'a'.repeat(64), alt: {} };

  it('gives an image without alt text the name of the person in every language', () => {
    expect(recordImages({ ...record, images: [page] })).toEqual([
      { ...page, alt: { kk: 'Байтұрсынов Ахмет', ru: 'Байтұрсынов Ахмет', en: 'Байтұрсынов Ахмет' } },
    ]);
  });

  it('keeps the alt text an image has', () => {
    const described = { ...page, alt: { en: 'A case-file page' } };
    expect(recordImages({ ...record, images: [described] })).toEqual([described]);
  });

  it('is empty for a record without images', () => {
    expect(recordImages(record)).toEqual([]);
  });
});

describe('lifeYears', () => {
  it('shows both years with a dash', () => {
    expect(lifeYears(yearsOfRecord(record), t)).toBe('1872–1937');
  });

  it('says born or died when only one year is known', () => {
    expect(lifeYears({ birthYear: 1900 }, uiStrings('en'))).toBe('born 1900');
    expect(lifeYears(yearsOfRecord({ deathDate: '1938-02' }), uiStrings('en'))).toBe('died 1938');
  });

  it('is empty when no year is known', () => {
    expect(lifeYears({}, t)).toBe('');
  });
});
