import { Dexie } from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { createEskeDb, ESKE_DB_SCHEMA_VERSION } from '../../../../src/kiosk/storage/eske-db.ts';
import { nameIndexDb } from '../../../../src/kiosk/storage/name-index-idb.ts';
import { deleteNameIndex, hasNameIndex } from '../../../../src/kiosk/storage/name-index-store.ts';
import { buildNameIndex, type NameIndex } from '../../../../src/search/name-index.ts';
import { createTestDb, type TestDb } from './test-db.ts';

const index = buildNameIndex([
  { id: 'a', surname: 'Байтұрсынов', givenName: 'Ахмет', birthYear: 1872 },
  { id: 'b', surname: 'Жансүгіров', givenName: 'Ілияс', birthPlace: 'Алматы' },
]);
const built = { index, shardOf: new Uint16Array([0, 1]) };

/** Written as the search worker writes them (name-index-idb.ts), and read here through Dexie. */
const workerStore = (test: TestDb) => nameIndexDb({ indexedDB: test.indexedDB, name: test.name, now: () => 1000 });

describe('name index store', () => {
  describe('hasNameIndex', () => {
    it('says whether a version has an index in this code’s format', async () => {
      const test = createTestDb();
      await test.db.open();
      await workerStore(test).write(3, built);
      await workerStore(test).write(4, { ...built, index: { ...index, format: 'eske-name-index/0' } as unknown as NameIndex });
      expect(await hasNameIndex(test.db, 3)).toBe(true);
      expect(await hasNameIndex(test.db, 4)).toBe(false);
      expect(await hasNameIndex(test.db, 5)).toBe(false);
    });
  });

  describe('deleteNameIndex', () => {
    it('removes the index of one version', async () => {
      const test = createTestDb();
      await test.db.open();
      await workerStore(test).write(3, built);
      await workerStore(test).write(4, built);
      await deleteNameIndex(test.db, 3);
      expect(await test.db.nameIndexes.toCollection().primaryKeys()).toEqual([4]);
    });
  });

  describe('the schema upgrade', () => {
    it('adds the table to a version 1 database and keeps what it held', async () => {
      const factory = new IDBFactory();
      const old = new Dexie('upgraded', { indexedDB: factory, IDBKeyRange });
      old.version(1).stores({ objects: 'sha256', versions: 'version, state', meta: 'key', log: '++id' });
      await old.table('meta').put({ key: 'activeVersion', value: 2 });
      old.close();

      const db = createEskeDb('upgraded', { indexedDB: factory, IDBKeyRange });
      expect(await db.meta.get('activeVersion')).toEqual({ key: 'activeVersion', value: 2 });
      expect(await hasNameIndex(db, 2)).toBe(false);
      expect(await nameIndexDb({ indexedDB: factory, name: 'upgraded' }).read(2)).toBeNull();
      expect(db.verno).toBe(ESKE_DB_SCHEMA_VERSION);
    });
  });
});
