import { beforeEach, describe, expect, it } from 'vitest';
import { language } from '../../../../src/kiosk/i18n/language.svelte.ts';

beforeEach(() => {
  language.configure(['kk', 'ru', 'en'], 'kk');
  language.contentFallback = 'kk';
});

describe('language', () => {
  describe('#configure', () => {
    it('starts in the kiosk default language', () => {
      language.configure(['ru', 'en'], 'ru');
      expect(language.current).toBe('ru');
      expect(language.t.navHome).toBe('Главная');
    });
  });

  describe('#choose', () => {
    it('switches the interface strings', () => {
      language.choose('en');
      expect(language.current).toBe('en');
      expect(language.t.navNames).toBe('Names');
    });

    it('ignores a language the kiosk does not offer', () => {
      language.configure(['kk', 'ru'], 'kk');
      language.choose('en');
      expect(language.current).toBe('kk');
    });
  });

  describe('#reset', () => {
    it('returns to the kiosk default language', () => {
      language.choose('ru');
      language.reset();
      expect(language.current).toBe('kk');
    });
  });

  describe('#text', () => {
    it('falls back to the exhibit default language for a missing text', () => {
      language.choose('en');
      language.contentFallback = 'ru';
      expect(language.text({ kk: 'Тарих', ru: 'История' })).toBe('История');
    });
  });
});
