import { cp, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { EntryStore } from '../../../../src/curator/studio/entry-store.ts';
import { StudioError } from '../../../../src/curator/studio/studio-error.ts';
import { checkContent } from '../../../../src/curator/studio/check-content.ts';

const MINIMAL = path.resolve('tests/fixtures/content/minimal');
const NOW = new Date('2025-05-31T09:00:00Z');

let dir: string;
let store: EntryStore;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'eske-studio-store-'));
  await cp(MINIMAL, dir, { recursive: true });
  store = new EntryStore(dir);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'done';
  } catch (error) {
    expect(error).toBeInstanceOf(StudioError);
    return (error as StudioError).code;
  }
}

describe('EntryStore', () => {
  describe('#list', () => {
    it('lists the entries of a kind with their titles and dates', async () => {
      const entries = await store.list('timeline');
      expect(entries.map((entry) => [entry.id, entry.date, entry.title.en])).toEqual([
        ['1930-famine', '1930', 'Famine'],
        ['1937-order', '1937-07-30', 'Order No. 00447'],
      ]);
    });

    it('lists nothing for a folder the content does not have', async () => {
      expect(await store.list('places')).toEqual([]);
    });
  });

  describe('#save', () => {
    it('writes the change into the file and gives back its new version', async () => {
      const doc = await store.read('timeline', '1937-order');
      const title = { ...(doc.front!.title as object), en: 'NKVD Order No. 00447' };
      const saved = await store.save('timeline', '1937-order', doc.hash, {
        front: { ...doc.front!, title },
        sections: doc.sections,
      });
      expect(saved.hash).not.toBe(doc.hash);
      expect(await readFile(path.join(dir, 'timeline/1937-order.md'), 'utf8')).toContain('  en: "NKVD Order No. 00447"');
      expect(await readdir(path.join(dir, 'timeline'))).toEqual(['1930-famine.md', '1937-order.md']);
    });

    it('refuses to overwrite a file changed outside the studio since it was opened', async () => {
      const doc = await store.read('timeline', '1937-order');
      await writeFile(path.join(dir, 'timeline/1937-order.md'), doc.text.replace('Order No. 00447', 'Edited elsewhere'));
      expect(await codeOf(store.save('timeline', '1937-order', doc.hash, { front: doc.front!, sections: { en: 'Mine.' } }))).toBe(
        'changed-on-disk',
      );
      expect(await readFile(path.join(dir, 'timeline/1937-order.md'), 'utf8')).toContain('Edited elsewhere');
    });

    it('saves a file that cannot be read as fields as the text the curator typed', async () => {
      await writeFile(path.join(dir, 'timeline/1930-famine.md'), 'date: 1930\n');
      const doc = await store.read('timeline', '1930-famine');
      expect(doc.front).toBeNull();
      const fixed = '---\ndate: 1930\n---\n## kk\nМәтін.\n';
      await store.save('timeline', '1930-famine', doc.hash, { text: fixed });
      expect(await readFile(path.join(dir, 'timeline/1930-famine.md'), 'utf8')).toBe(fixed);
    });

    it('refuses an id that names a path outside its folder', async () => {
      for (const id of ['../exhibit', '..', '.hidden', 'a/b', 'a\\b', '']) {
        expect([id, await codeOf(store.read('timeline', id))]).toEqual([id, 'bad-id']);
      }
    });
  });

  describe('#create', () => {
    it('makes a new entry that the Check reads, listing what is still to be filled in', async () => {
      await store.create('timeline', '1938-new', ['kk', 'ru', 'en'], NOW);
      const problems = (await checkContent(dir)).problems.filter((problem) => problem.file === 'timeline/1938-new.md');
      // The source, and the title and body in each of three languages.
      expect(problems.map((problem) => problem.code).sort()).toEqual([
        'key.invalid',
        ...Array<string>(6).fill('text.missing-language'),
      ]);
      expect(problems.every((problem) => problem.entry?.id === '1938-new')).toBe(true);
    });

    it('never replaces an entry that exists, and takes only ids by the feed’s rule', async () => {
      const before = await readFile(path.join(dir, 'timeline/1937-order.md'), 'utf8');
      expect(await codeOf(store.create('timeline', '1937-order', ['kk'], NOW))).toBe('exists');
      expect(await readFile(path.join(dir, 'timeline/1937-order.md'), 'utf8')).toBe(before);
      expect(await codeOf(store.create('timeline', 'Order 1937', ['kk'], NOW))).toBe('bad-id');
      expect(await readdir(path.join(dir, 'timeline'))).toEqual(['1930-famine.md', '1937-order.md']);
    });

    it('makes the folder of a kind the content does not have yet', async () => {
      await store.create('places', 'karlag', ['kk', 'ru', 'en'], NOW);
      expect((await store.list('places')).map((entry) => entry.id)).toEqual(['karlag']);
    });
  });
});
