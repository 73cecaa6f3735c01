import { afterEach, describe, expect, it, vi } from 'vitest';
import type { NameRecord } from '../../../../src/feed/content-schema.ts';
import { RecordView } from '../../../../src/kiosk/screens/record-view.svelte.ts';
import type { ActiveContent } from '../../../../src/kiosk/storage/read-active-content.ts';
import { deferred, type Deferred } from '../deferred.ts';

const record = (id: string): NameRecord => ({ id, surname: 'Сейфуллин', givenName: 'Сәкен' });
const content = { version: 1 } as ActiveContent;

/** A record view whose reads the test answers, one record id at a time. */
function viewWithReads() {
  const reads = new Map<string, Deferred<NameRecord | null>>();
  const find = vi.fn((_: ActiveContent, id: string) => {
    const read = deferred<NameRecord | null>();
    reads.set(id, read);
    return read.promise;
  });
  return { view: new RecordView(find), find, read: (id: string) => reads.get(id)! };
}

afterEach(() => vi.restoreAllMocks());

describe('RecordView', () => {
  describe('#open', () => {
    it('is loading until the record is read', () => {
      const { view, find } = viewWithReads();
      void view.open(content, 'a', 0);
      expect(view.status).toBe('loading');
      expect(view.record).toBeNull();
      expect(find).toHaveBeenCalledWith(content, 'a', 0);
    });

    it('shows the record once it is read', async () => {
      const { view, read } = viewWithReads();
      const opening = view.open(content, 'a', 0);
      read('a').resolve(record('a'));
      await opening;
      expect(view.status).toBe('loaded');
      expect(view.record).toEqual(record('a'));
    });

    it('says not found for a record nobody knows', async () => {
      const { view, read } = viewWithReads();
      const opening = view.open(content, 'zz', undefined);
      read('zz').resolve(null);
      await opening;
      expect(view.status).toBe('not-found');
    });

    it('says not found, and logs why, when the record cannot be read', async () => {
      const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
      const { view, read } = viewWithReads();
      const opening = view.open(content, 'a', 0);
      read('a').reject(new Error('disk'));
      await opening;
      expect(view.status).toBe('not-found');
      expect(logged).toHaveBeenCalledWith('[eske] opening record a:', expect.any(Error));
    });

    it('keeps the record on screen while a content switch reads it again', async () => {
      const { view, read } = viewWithReads();
      const first = view.open(content, 'a', 0);
      read('a').resolve(record('a'));
      await first;
      void view.open({ version: 2 } as ActiveContent, 'a', 0);
      expect(view.record).toEqual(record('a'));
    });

    it('drops the answer of a superseded opening', async () => {
      const { view, read } = viewWithReads();
      const openingA = view.open(content, 'a', 0);
      const openingB = view.open(content, 'b', 1);
      read('b').resolve(record('b'));
      await openingB;
      read('a').resolve(record('a'));
      await openingA;
      expect(view.record).toEqual(record('b'));
      expect(view.status).toBe('loaded');
    });

    it('stays loading when a superseded opening ends before the latest', async () => {
      const { view, read } = viewWithReads();
      const openingA = view.open(content, 'a', 0);
      void view.open(content, 'b', 1);
      read('a').resolve(null);
      await openingA;
      expect(view.status).toBe('loading');
    });
  });

  describe('#close', () => {
    it('drops the answer of an opening under way', async () => {
      const { view, read } = viewWithReads();
      const opening = view.open(content, 'a', 0);
      view.close();
      read('a').resolve(record('a'));
      await opening;
      expect(view.record).toBeNull();
    });
  });
});
