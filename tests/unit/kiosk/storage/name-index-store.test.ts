import { Dexie } from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { createEskeDb, ESKE_DB_SCHEMA_VERSION } from '../../../../src/kiosk/storage/eske-db.ts';
import { deleteNameIndex, hasNameIndex, readNameIndex, writeNameIndex } from '../../../../src/kiosk/storage/name-index-store.ts';
import { buildNameIndex, type NameIndex } from '../../../../src/search/name-index.ts';
import { createTestDb } from './test-db.ts';

const index = buildNameIndex([
  { id: 'a', surname: 'Байтұрсынов', givenName: 'Ахмет', birthYear: 1872 },
  { id: 'b', surname: 'Жансүгіров', givenName: 'Ілияс', birthPlace: 'Алматы' },
]);
const row = { version: 3, index, shardOf: new Uint16Array([0, 1]) };

describe('name index store', () => {
  describe('writeNameIndex and readNameIndex', () => {
    it('keep an index with its shard numbers, typed arrays and all', async () => {
      const { db } = createTestDb();
      await writeNameIndex(db, row, 1000);
      const read = await readNameIndex(db, 3);
      expect(read?.index).toEqual(index);
      expect(read?.index.postings).toBeInstanceOf(Uint32Array);
      expect(read?.shardOf).toEqual(new Uint16Array([0, 1]));
      expect(await db.nameIndexes.get(3)).toMatchObject({ format: index.format, builtAt: 1000 });
    });

    it('survive closing and reopening the database, as a cold start does', async () => {
      const factory = new IDBFactory();
      const first = createEskeDb('cold-start', { indexedDB: factory, IDBKeyRange });
      await writeNameIndex(first, row, 1000);
      first.close();
      const second = createEskeDb('cold-start', { indexedDB: factory, IDBKeyRange });
      expect((await readNameIndex(second, 3))?.index.ids).toEqual(['a', 'b']);
    });

    it('read nothing for a version without an index', async () => {
      expect(await readNameIndex(createTestDb().db, 3)).toBeNull();
    });

    it('treat an index of another format as missing, so that it is rebuilt', async () => {
      const { db } = createTestDb();
      const old = { ...index, format: 'eske-name-index/0' } as unknown as NameIndex;
      await writeNameIndex(db, { ...row, index: old }, 1000);
      expect(await readNameIndex(db, 3)).toBeNull();
      await db.nameIndexes.update(3, { format: index.format });
      expect(await readNameIndex(db, 3)).toBeNull();
    });
  });

  describe('hasNameIndex', () => {
    it('says whether a version has an index in this code’s format', async () => {
      const { db } = createTestDb();
      await writeNameIndex(db, row, 1000);
      await writeNameIndex(
        db,
        { ...row, version: 4, index: { ...index, format: 'eske-name-index/0' } as unknown as NameIndex },
        1000,
      );
      expect(await hasNameIndex(db, 3)).toBe(true);
      expect(await hasNameIndex(db, 4)).toBe(false);
      expect(await hasNameIndex(db, 5)).toBe(false);
    });
  });

  describe('deleteNameIndex', () => {
    it('removes the index of one version', async () => {
      const { db } = createTestDb();
      await writeNameIndex(db, row, 1000);
      await writeNameIndex(db, { ...row, version: 4 }, 1000);
      await deleteNameIndex(db, 3);
      expect(await db.nameIndexes.toCollection().primaryKeys()).toEqual([4]);
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
      expect(await readNameIndex(db, 2)).toBeNull();
      expect(db.verno).toBe(ESKE_DB_SCHEMA_VERSION);
    });
  });
});
