import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../../../src/feed/languages.ts';
import { LANGUAGE_ENDONYMS, LANGUAGE_NAMES, uiStrings, type UiKey } from '../../../../src/kiosk/i18n/ui-strings.ts';

const KAZAKH_LETTERS = /[әғқңөұүһіӘҒҚҢӨҰҮҺІ]/;

/** Every text of a language, phrases filled in with sample values. */
function textsOf(lang: (typeof LANGUAGES)[number]): [UiKey, string][] {
  const strings = uiStrings(lang);
  return (Object.keys(strings) as UiKey[]).map((key) => {
    const value = strings[key] as string | ((...args: unknown[]) => string);
    return [key, typeof value === 'function' ? value(7, '2468') : value];
  });
}

describe('uiStrings', () => {
  it('has a non-empty text for every key in every language', () => {
    for (const lang of LANGUAGES) {
      for (const [key, text] of textsOf(lang)) expect(text.trim(), `${lang}.${key}`).not.toBe('');
    }
  });

  it('has the same keys in every language', () => {
    const keys = LANGUAGES.map((lang) => Object.keys(uiStrings(lang)).sort().join());
    expect(new Set(keys).size).toBe(1);
  });

  it('fills the values into a phrase', () => {
    expect(uiStrings('ru').resultsFound(12)).toBe('Найдено: 12');
    expect(uiStrings('kk').idleBody(8)).toContain('8');
    expect(uiStrings('en').techDemoPin('2468')).toContain('2468');
  });

  it('counts the register in words that agree with the number', () => {
    expect(uiStrings('ru').namesTotal(1)).toBe('В списке 1 имя');
    expect(uiStrings('ru').namesTotal(2)).toBe('В списке 2 имени');
    expect(uiStrings('ru').namesTotal(5000)).toBe('В списке 5\u202F000 имён');
    expect(uiStrings('en').namesTotal(1)).toBe('1 name in the register');
    expect(uiStrings('en').namesTotal(5000)).toBe('5,000 names in the register');
    expect(uiStrings('kk').namesTotal(5000)).toBe('Тізімде 5\u202F000 адамның есімі бар');
  });

  it('writes Kazakh with its own letters, not Latin look-alikes', () => {
    const kazakh = textsOf('kk').map(([, text]) => text);
    expect(kazakh.some((text) => KAZAKH_LETTERS.test(text))).toBe(true);
    // Latin i and h are the usual stand-ins for і and һ when a keyboard lacks them; inside a
    // Cyrillic word they show up as one script touching the other.
    for (const text of kazakh)
      expect(text).not.toMatch(/\p{Script=Cyrillic}\p{Script=Latin}|\p{Script=Latin}\p{Script=Cyrillic}/u);
  });

  it('returns the same table object for a language each time', () => {
    expect(uiStrings('kk')).toBe(uiStrings('kk'));
  });
});

describe('LANGUAGE_ENDONYMS', () => {
  it('names each language in itself', () => {
    expect(LANGUAGE_ENDONYMS).toEqual({ kk: 'Қазақша', ru: 'Русский', en: 'English' });
  });
});

describe('LANGUAGE_NAMES', () => {
  it('names every language in every language', () => {
    for (const ui of LANGUAGES) for (const named of LANGUAGES) expect(LANGUAGE_NAMES[ui][named]).not.toBe('');
  });
});
