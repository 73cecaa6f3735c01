import { describe, expect, it } from 'vitest';
import type { ObjectEntry } from '../../../../src/feed/manifest-schema.ts';
import {
  compareItems,
  diffFeeds,
  MAX_LISTED_IDS,
  newObjectsOf,
  type FeedItems,
} from '../../../../src/curator/studio/feed-diff.ts';

const items = (entries: Record<string, unknown>) =>
  new Map(Object.entries(entries).map(([id, value]) => [id, JSON.stringify({ id, value })]));

function object(sha: string, bytes: number): ObjectEntry {
  return { sha256: sha.repeat(64).slice(0, 64), bytes, type: 'application/json', role: 'timeline', name: sha };
}

function feed(overrides: Partial<FeedItems>): FeedItems {
  const none = new Map<string, string>();
  return { objects: [], events: none, testimonies: none, places: none, records: none, ...overrides };
}

describe('compareItems', () => {
  it('sorts ids into added, changed and removed, leaving the unchanged out', () => {
    const changes = compareItems(items({ a: 1, b: 2, c: 3 }), items({ a: 1, b: 20, d: 4 }));
    expect(changes).toEqual({
      added: { count: 1, ids: ['d'] },
      changed: { count: 1, ids: ['b'] },
      removed: { count: 1, ids: ['c'] },
    });
  });

  it('counts every id of a long list and names only the first, in order', () => {
    const after = new Map(
      Array.from({ length: MAX_LISTED_IDS + 25 }, (_, index) => [`R-${String(index).padStart(4, '0')}`, '{}']),
    );
    const { added } = compareItems(new Map(), after);
    expect(added.count).toBe(MAX_LISTED_IDS + 25);
    expect(added.ids).toHaveLength(MAX_LISTED_IDS);
    expect(added.ids[0]).toBe('R-0000');
  });
});

describe('newObjectsOf', () => {
  it('counts what a kiosk holding the old version lacks, each object once', () => {
    const kept = object('a', 100);
    const fresh = object('b', 250);
    expect(newObjectsOf([kept], [kept, fresh, fresh])).toEqual([fresh]);
  });
});

describe('diffFeeds', () => {
  it('adds everything when nothing was published yet', () => {
    const changes = diffFeeds(
      null,
      feed({ objects: [object('a', 10), object('b', 32)], events: items({ e: 1 }), records: items({ r: 1 }) }),
    );
    expect(changes.events.added.ids).toEqual(['e']);
    expect(changes.records.added.ids).toEqual(['r']);
    expect([changes.newObjects, changes.downloadBytes]).toEqual([2, 42]);
  });

  it('compares each kind on its own and counts only the new bytes', () => {
    const before = feed({ objects: [object('a', 10)], events: items({ e: 1 }), places: items({ p: 1 }) });
    const after = feed({
      objects: [object('a', 10), object('c', 7)],
      events: items({ e: 2 }),
      places: items({ p: 1 }),
      testimonies: items({ t: 1 }),
    });
    const changes = diffFeeds(before, after);
    expect(changes.events.changed.ids).toEqual(['e']);
    expect(changes.places).toEqual({
      added: { count: 0, ids: [] },
      changed: { count: 0, ids: [] },
      removed: { count: 0, ids: [] },
    });
    expect(changes.testimonies.added.ids).toEqual(['t']);
    expect([changes.newObjects, changes.downloadBytes]).toEqual([1, 7]);
  });
});
