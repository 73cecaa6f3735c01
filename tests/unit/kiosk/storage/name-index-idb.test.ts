import { Dexie } from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { createEskeDb } from '../../../../src/kiosk/storage/eske-db.ts';
import { nameIndexDb, NameIndexDbError } from '../../../../src/kiosk/storage/name-index-idb.ts';
import { buildNameIndex, type NameIndex } from '../../../../src/search/name-index.ts';
import { createTestDb, type TestDb } from './test-db.ts';

const index = buildNameIndex([
  { id: 'a', surname: 'Байтұрсынов', givenName: 'Ахмет', birthYear: 1872 },
  { id: 'b', surname: 'Жансүгіров', givenName: 'Ілияс', birthPlace: 'Алматы' },
]);
const built = { index, shardOf: new Uint16Array([0, 1]) };

/** The kiosk's database as Dexie created it, and the worker's view of it. */
async function opened(): Promise<TestDb & { store: ReturnType<typeof nameIndexDb> }> {
  const test = createTestDb();
  await test.db.open();
  return { ...test, store: nameIndexDb({ indexedDB: test.indexedDB, name: test.name, now: () => 1000 }) };
}

const errorOf = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: unknown) => error,
  );

describe('nameIndexDb', () => {
  describe('#write and #read', () => {
    it('keep an index with its shard numbers, typed arrays and all', async () => {
      const { store } = await opened();
      await store.write(3, built);
      const read = await store.read(3);
      expect(read?.index).toEqual(index);
      expect(read?.index.postings).toBeInstanceOf(Uint32Array);
      expect(read?.shardOf).toEqual(new Uint16Array([0, 1]));
    });

    it('write the row Dexie declares, which hasNameIndex and garbage collection read', async () => {
      const { db, store } = await opened();
      await store.write(3, built);
      expect(await db.nameIndexes.get(3)).toEqual({
        version: 3,
        format: index.format,
        index,
        shardOf: built.shardOf,
        builtAt: 1000,
      });
    });

    it('keep what a later build needs to reuse the index: the order records were added and the shard hashes', async () => {
      const { store } = await opened();
      await store.write(3, { ...built, inputOrder: new Uint32Array([1, 0]), shardHashes: ['a'.repeat(64), 'b'.repeat(64)] });
      const read = await store.read(3);
      expect(read?.inputOrder).toEqual(new Uint32Array([1, 0]));
      expect(read?.shardHashes).toEqual(['a'.repeat(64), 'b'.repeat(64)]);
    });

    it('survive closing and reopening the database, as a cold start does', async () => {
      const factory = new IDBFactory();
      const first = createEskeDb('cold-start', { indexedDB: factory, IDBKeyRange });
      await first.open();
      await nameIndexDb({ indexedDB: factory, name: 'cold-start' }).write(3, built);
      first.close();
      const second = createEskeDb('cold-start', { indexedDB: factory, IDBKeyRange });
      await second.open();
      expect((await nameIndexDb({ indexedDB: factory, name: 'cold-start' }).read(3))?.index.ids).toEqual(['a', 'b']);
    });

    it('read nothing for a version without an index', async () => {
      const { store } = await opened();
      expect(await store.read(3)).toBeNull();
    });

    it('treat an index of another format as missing, so that it is rebuilt', async () => {
      const { db, store } = await opened();
      const old = { ...index, format: 'eske-name-index/0' } as unknown as NameIndex;
      await store.write(3, { ...built, index: old });
      expect(await store.read(3)).toBeNull();
      await db.nameIndexes.update(3, { format: index.format });
      expect(await store.read(3)).toBeNull();
    });
  });

  describe('when the database is not ready', () => {
    it('fails with no-database, and leaves none behind, before the kiosk created it', async () => {
      const factory = new IDBFactory();
      const store = nameIndexDb({ indexedDB: factory, name: 'never-opened' });
      const error = await errorOf(store.read(1));
      expect(error).toBeInstanceOf(NameIndexDbError);
      expect((error as NameIndexDbError).code).toBe('no-database');
      expect((await errorOf(store.write(1, built))) as NameIndexDbError).toMatchObject({ code: 'no-database' });
      expect(await factory.databases()).toEqual([]);
    });

    it('fails with no-table on a database from before name indexes', async () => {
      const factory = new IDBFactory();
      const old = new Dexie('old', { indexedDB: factory, IDBKeyRange });
      old.version(1).stores({ objects: 'sha256', versions: 'version, state', meta: 'key', log: '++id' });
      await old.open();
      const error = await errorOf(nameIndexDb({ indexedDB: factory, name: 'old' }).read(1));
      expect((error as NameIndexDbError).code).toBe('no-table');
    });

    it('fails with busy when an upgrade keeps the database closed past the timeout', async () => {
      const factory = new IDBFactory();
      const holder = createEskeDb('held', { indexedDB: factory, IDBKeyRange });
      await holder.open();
      // An old connection that does not close on versionchange blocks the upgrade below, and
      // every open behind it waits.
      const stuck = await new Promise<IDBDatabase>((resolve) => {
        const request = factory.open('held');
        request.onsuccess = () => resolve(request.result);
      });
      holder.close();
      factory.open('held', stuck.version + 1);
      const error = await errorOf(nameIndexDb({ indexedDB: factory, name: 'held', openTimeoutMs: 50 }).read(1));
      expect((error as NameIndexDbError).code).toBe('busy');
      stuck.close();
    });

    it('never holds the database open, so Dexie can upgrade it', async () => {
      const { indexedDB, name, db, store } = await opened();
      await store.write(3, built);
      db.close();
      const upgraded = new Dexie(name, { indexedDB, IDBKeyRange });
      upgraded.version(db.verno + 1).stores({ nameIndexes: 'version, format, builtAt' });
      await upgraded.open();
      expect(await upgraded.table('nameIndexes').count()).toBe(1);
    });
  });
});
