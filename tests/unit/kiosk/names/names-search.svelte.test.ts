import { beforeEach, describe, expect, it } from 'vitest';
import { language } from '../../../../src/kiosk/i18n/language.svelte.ts';
import { namesSearch } from '../../../../src/kiosk/names/names-search.svelte.ts';

beforeEach(() => {
  language.configure(['kk', 'ru', 'en'], 'kk');
  namesSearch.reset();
});

describe('namesSearch', () => {
  describe('#layout', () => {
    it('follows the interface language', () => {
      expect(namesSearch.layout).toBe('kk');
      language.choose('en');
      expect(namesSearch.layout).toBe('lat');
    });

    it('keeps a layout the visitor picked until the language changes', () => {
      namesSearch.press('layout');
      expect(namesSearch.layout).toBe('ru');
      language.choose('en');
      expect(namesSearch.layout).toBe('lat');
    });
  });

  describe('#press', () => {
    it('types into the query', () => {
      for (const key of ['б', 'а', 'й', 'backspace', 'й', 'space']) namesSearch.press(key);
      expect(namesSearch.query).toBe('бай ');
    });
  });

  describe('#reset', () => {
    it('clears the query and the picked layout', () => {
      namesSearch.press('а');
      namesSearch.press('layout');
      namesSearch.reset();
      expect(namesSearch.query).toBe('');
      expect(namesSearch.layout).toBe('kk');
    });
  });

  describe('#result', () => {
    it('finds nothing before the register is loaded', () => {
      namesSearch.press('а');
      expect(namesSearch.result).toEqual({ hits: [], truncated: false });
    });
  });
});
