import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../../../src/feed/languages.ts';
import { kioskConfigSchema } from '../../../../src/feed/kiosk-config-schema.ts';
import { CONFIG_FIELDS, expectedAt } from '../../../../src/kiosk/i18n/config-field-names.ts';

describe('CONFIG_FIELDS', () => {
  it('describes exactly the fields of the kiosk-config schema', () => {
    expect(Object.keys(CONFIG_FIELDS).sort()).toEqual(Object.keys(kioskConfigSchema.shape).sort());
  });

  it('names each field and what it must hold in every language', () => {
    for (const field of Object.values(CONFIG_FIELDS)) {
      for (const lang of LANGUAGES) {
        expect(field.name[lang].trim()).not.toBe('');
        expect(field.expected[lang].trim()).not.toBe('');
      }
    }
  });

  it('takes the bounds of a number of seconds from the schema', () => {
    const { minValue, maxValue } = kioskConfigSchema.shape.idleSeconds;
    for (const lang of LANGUAGES) {
      expect(CONFIG_FIELDS.idleSeconds.expected[lang]).toContain(String(minValue));
      expect(CONFIG_FIELDS.idleSeconds.expected[lang]).toContain(String(maxValue));
    }
  });
});

describe('expectedAt', () => {
  it('gives what a setting must hold at its own key', () => {
    expect(expectedAt('trustedKeys', 'trustedKeys', 'en')).toBe(CONFIG_FIELDS.trustedKeys.expected.en);
  });

  it('gives what each entry must hold at an entry of a list setting', () => {
    expect(expectedAt('trustedKeys', 'trustedKeys[0]', 'ru')).toBe(CONFIG_FIELDS.trustedKeys.item!.ru);
    expect(expectedAt('languages', 'languages[2]', 'kk')).toBe('kk, ru немесе en');
  });

  it('gives what a part of the schedule must hold, by the name that ends its path', () => {
    expect(expectedAt('schedule', 'schedule.silence[0].time', 'en')).toBe(CONFIG_FIELDS.schedule.parts!.time!.en);
    expect(expectedAt('schedule', 'schedule.openingHours.fri.closes', 'kk')).toContain('"opens"');
    expect(expectedAt('schedule', 'schedule', 'ru')).toBe(CONFIG_FIELDS.schedule.expected.ru);
  });
});
