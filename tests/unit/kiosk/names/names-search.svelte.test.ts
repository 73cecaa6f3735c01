import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { language } from '../../../../src/kiosk/i18n/language.svelte.ts';
import { namesIndex } from '../../../../src/kiosk/names/names-index.svelte.ts';
import { namesSearch } from '../../../../src/kiosk/names/names-search.svelte.ts';
import { readActiveContent } from '../../../../src/kiosk/storage/read-active-content.ts';
import { syncOnce } from '../../../../src/kiosk/sync/sync-once.ts';
import { createTestDb } from '../storage/test-db.ts';
import { buildMemoryFeed, MemoryFeedHost, targetTrusting, testKeys } from '../sync/memory-feed.ts';
import { servicePort } from './service-port.ts';

beforeAll(async () => {
  const keys = await testKeys();
  const { db } = createTestDb();
  const host = new MemoryFeedHost().publish(await buildMemoryFeed({ version: 1 }, keys));
  await syncOnce(targetTrusting([keys]), { db, fetch: host.fetch, now: () => 0 });
  namesIndex.connect({ db, spawn: servicePort });
  await namesIndex.show((await readActiveContent(db))!);
});

beforeEach(() => {
  language.configure(['kk', 'ru', 'en'], 'kk');
  namesSearch.reset();
});

const type = (text: string) => {
  for (const key of text) namesSearch.press(key === ' ' ? 'space' : key);
};
const shownIds = () => namesSearch.shown?.rows.map((row) => row.id);

describe('namesSearch', () => {
  describe('#layout', () => {
    it('follows the interface language', () => {
      expect(namesSearch.layout).toBe('kk');
      language.choose('en');
      expect(namesSearch.layout).toBe('lat');
    });

    it('keeps a layout the visitor picked when the interface language changes', () => {
      namesSearch.press('layout');
      namesSearch.press('layout');
      expect(namesSearch.layout).toBe('lat');
      type('seifullin');
      language.choose('ru');
      expect(namesSearch.layout).toBe('lat');
      language.choose('kk');
      expect(namesSearch.layout).toBe('lat');
    });

    it('follows the interface language again once the visit is reset', () => {
      namesSearch.press('layout');
      namesSearch.reset();
      language.choose('en');
      expect(namesSearch.layout).toBe('lat');
    });
  });

  describe('#press', () => {
    it('types into the query', () => {
      for (const key of ['б', 'а', 'й', 'backspace', 'й', 'space']) namesSearch.press(key);
      expect(namesSearch.query).toBe('бай ');
    });

    it('asks the search worker at every key and shows the answer to the last', async () => {
      type('сейф');
      await expect.poll(shownIds).toEqual(['1']);
      expect(namesSearch.shown?.rows[0]!.surname).toEqual([{ text: 'Сейфуллин', marked: 4 }]);
    });
  });

  describe('#setQuery', () => {
    it('searches a closest name the visitor tapped', async () => {
      namesSearch.setQuery('Байтұрсынұлы');
      await expect.poll(shownIds).toEqual(['2']);
    });
  });

  describe('filters', () => {
    it('ask again with the filter and drop it on a second tap', async () => {
      type('сейфуллин');
      await expect.poll(shownIds).toEqual(['1']);
      namesSearch.toggleDecade(1900);
      await expect.poll(shownIds).toEqual([]);
      expect(namesSearch.shown?.tried.length).toBeGreaterThan(0);
      namesSearch.toggleDecade(1900);
      await expect.poll(shownIds).toEqual(['1']);
    });

    it('are cleared all at once', async () => {
      namesSearch.toggleDecade(1890);
      namesSearch.togglePlace('Алматы');
      namesSearch.toggleFate('атылды');
      namesSearch.clearFilters();
      expect(namesSearch.filters).toEqual({ decades: null, place: null, fate: null });
    });
  });

  describe('#newSearch', () => {
    it('clears the query, the filters and the answer but keeps the picked layout', async () => {
      type('seifullin');
      namesSearch.press('layout');
      namesSearch.toggleFate('атылды');
      namesSearch.newSearch();
      expect(namesSearch.query).toBe('');
      expect(namesSearch.filters.fate).toBeNull();
      expect(namesSearch.answer).toBeNull();
      expect(namesSearch.layout).toBe('ru');
    });
  });

  describe('#reset', () => {
    it('clears the query, the filters, the answer and the picked layout', async () => {
      type('сейфул');
      await expect.poll(shownIds).toEqual(['1']);
      namesSearch.press('layout');
      namesSearch.toggleFate('атылды');
      namesSearch.reset();
      expect(namesSearch.query).toBe('');
      expect(namesSearch.layout).toBe('kk');
      expect(namesSearch.filters.fate).toBeNull();
      expect(namesSearch.answer).toBeNull();
    });

    it('drops an answer still on its way', async () => {
      const search = vi.spyOn(namesIndex, 'search');
      try {
        type('сейфул');
        namesSearch.reset();
        // The replies' own promises: refresh() took them first, so its handlers have run once they settle.
        const replies = await Promise.all(
          search.mock.results.map((result) => result.value as ReturnType<typeof namesIndex.search>),
        );
        expect(replies.at(-1)?.rows.map((row) => row.id)).toEqual(['1']);
        expect(namesSearch.answer).toBeNull();
      } finally {
        search.mockRestore();
      }
    });
  });
});
