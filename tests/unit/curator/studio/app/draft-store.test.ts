import { describe, expect, it } from 'vitest';
import { DraftStore } from '../../../../../src/curator/studio/app/draft-store.ts';
import type { Draft } from '../../../../../src/curator/studio/protocol/studio-protocol.ts';

/** The Web Storage interface over a Map, as a browser's localStorage behaves; `quota` bytes, then it refuses. */
class MemoryStorage implements Storage {
  #items = new Map<string, string>();
  constructor(private readonly quota = Infinity) {}
  get length() {
    return this.#items.size;
  }
  clear() {
    this.#items.clear();
  }
  getItem(key: string) {
    return this.#items.get(key) ?? null;
  }
  key(index: number) {
    return [...this.#items.keys()][index] ?? null;
  }
  removeItem(key: string) {
    this.#items.delete(key);
  }
  setItem(key: string, value: string) {
    if (value.length > this.quota) throw new DOMException('full', 'QuotaExceededError');
    this.#items.set(key, value);
  }
}

const draft = (id: string, text = 'x'): Draft => ({
  kind: 'timeline',
  id,
  baseHash: 'h',
  edit: { front: { title: { en: text } }, sections: {} },
});

describe('DraftStore', () => {
  it('keeps, gives back and forgets a draft', () => {
    const drafts = new DraftStore(new MemoryStorage(), '/museum/content');
    expect(drafts.put(draft('1937-order'))).toBe(true);
    expect(drafts.get('timeline', '1937-order')).toEqual(draft('1937-order'));
    drafts.remove('timeline', '1937-order');
    expect(drafts.get('timeline', '1937-order')).toBeNull();
  });

  it('keeps the drafts of two content folders apart', () => {
    const storage = new MemoryStorage();
    const first = new DraftStore(storage, '/museum/content');
    const second = new DraftStore(storage, '/other/content');
    first.put(draft('a'));
    second.put(draft('b'));
    expect(first.all().map((each) => each.id)).toEqual(['a']);
    expect(second.all().map((each) => each.id)).toEqual(['b']);
  });

  it('says so when the browser will not keep a draft, instead of throwing', () => {
    expect(new DraftStore(new MemoryStorage(50), '/c').put(draft('a', 'a long text that does not fit'))).toBe(false);
  });

  it('skips a record that is not a draft', () => {
    const storage = new MemoryStorage();
    storage.setItem('eske-studio-draft:/c:timeline/a', '{not json');
    storage.setItem('eske-studio-draft:/c:timeline/b', '{"kind":"timeline"}');
    expect(new DraftStore(storage, '/c').all()).toEqual([]);
  });
});
