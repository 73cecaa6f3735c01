import { describe, expect, it } from 'vitest';
import { localized } from '../../../../src/kiosk/i18n/localized.ts';

describe('localized', () => {
  it('picks the text in the requested language', () => {
    expect(localized({ kk: 'Еске алу', ru: 'Память', en: 'Remembrance' }, 'ru', 'kk')).toBe('Память');
  });

  it('falls back to the exhibit default language when the text lacks the requested one', () => {
    expect(localized({ kk: 'Еске алу', ru: 'Память' }, 'en', 'kk')).toBe('Еске алу');
  });

  it('treats a blank text as missing', () => {
    expect(localized({ kk: 'Еске алу', en: '  ' }, 'en', 'kk')).toBe('Еске алу');
  });

  it('falls back to any language when neither is there', () => {
    expect(localized({ ru: 'Память' }, 'en', 'kk')).toBe('Память');
  });

  it('returns an empty string for no text', () => {
    expect(localized(undefined, 'en', 'kk')).toBe('');
    expect(localized({}, 'en', 'kk')).toBe('');
  });
});
