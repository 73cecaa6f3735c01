import { describe, expect, it, vi } from 'vitest';
import { LinkedNames } from '../../../../src/kiosk/names/linked-names.svelte.ts';
import type { ActiveContent } from '../../../../src/kiosk/storage/read-active-content.ts';
import type { NameRow } from '../../../../src/search/worker-protocol.ts';
import { deferred, type Deferred } from '../deferred.ts';

const row = (id: string) => ({ id, shard: 0 }) as NameRow;
const content = { version: 1 } as ActiveContent;

/** A linked-names view whose lookups the test answers, keyed by the ids asked for. */
function viewWithLookups() {
  const lookups = new Map<string, Deferred<NameRow[]>>();
  const lookup = vi.fn((_: ActiveContent, ids: readonly string[]) => {
    const asked = deferred<NameRow[]>();
    lookups.set(ids.join(), asked);
    return asked.promise;
  });
  return { view: new LinkedNames(lookup), lookup, answer: (ids: string) => lookups.get(ids)! };
}

describe('LinkedNames', () => {
  describe('#open', () => {
    it('shows no names while they are looked up', () => {
      const { view, lookup } = viewWithLookups();
      void view.open(content, ['a', 'b']);
      expect(view.people).toEqual([]);
      expect(lookup).toHaveBeenCalledWith(content, ['a', 'b']);
    });

    it('shows the linked names once they are looked up', async () => {
      const { view, answer } = viewWithLookups();
      const opening = view.open(content, ['a', 'b']);
      answer('a,b').resolve([row('a'), row('b')]);
      await opening;
      expect(view.people).toEqual([row('a'), row('b')]);
    });

    it('leaves out the names the index does not know', async () => {
      const { view, answer } = viewWithLookups();
      const opening = view.open(content, ['a', 'zz']);
      answer('a,zz').resolve([row('a')]);
      await opening;
      expect(view.people).toEqual([row('a')]);
    });

    it('drops the answer of a superseded lookup', async () => {
      const { view, answer } = viewWithLookups();
      const openingA = view.open(content, ['a']);
      const openingB = view.open({ version: 2 } as ActiveContent, ['b']);
      answer('b').resolve([row('b')]);
      await openingB;
      answer('a').resolve([row('a')]);
      await openingA;
      expect(view.people).toEqual([row('b')]);
    });
  });

  describe('#close', () => {
    it('drops the answer of a lookup under way', async () => {
      const { view, answer } = viewWithLookups();
      const opening = view.open(content, ['a']);
      view.close();
      answer('a').resolve([row('a')]);
      await opening;
      expect(view.people).toEqual([]);
    });
  });
});
