import { Dexie } from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { createEskeDb, readMeta } from '../../../../src/kiosk/storage/eske-db.ts';
import { commitChunkedObject, storeChunk } from '../../../../src/kiosk/storage/object-chunks.ts';
import { ActiveVersionChangedError, StoredContentMissingError } from '../../../../src/kiosk/storage/storage-errors.ts';
import {
  activateVersion,
  deleteStoredObjects,
  readStoredObject,
  stageVersion,
  storeObject,
} from '../../../../src/kiosk/storage/version-store.ts';
import { createTestDb } from './test-db.ts';

const SHA = 'a'.repeat(64);

async function stagedKiosk(options: { withObject: boolean }) {
  const { db } = createTestDb();
  await stageVersion(db, { version: 1, exhibitId: 'museum', manifestBytes: new Uint8Array(1), signatures: [], stagedAt: 0 });
  if (options.withObject) {
    await storeObject(db, { sha256: SHA, type: 'application/json', bytes: 2, blob: new Blob(['{}']), storedAt: 0 });
  }
  return db;
}

const errorOf = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: unknown) => error,
  );

describe('activateVersion', () => {
  it('switches to the staged version when every object is stored', async () => {
    const db = await stagedKiosk({ withObject: true });
    await activateVersion(db, { version: 1, expectedActive: null, sha256s: [SHA], at: 5 });
    expect(await readMeta(db, 'activeVersion')).toBe(1);
    expect((await db.versions.get(1))?.state).toBe('active');
  });

  it('refuses with active-version-changed when another tab switched meanwhile', async () => {
    const db = await stagedKiosk({ withObject: true });
    const error = await errorOf(activateVersion(db, { version: 1, expectedActive: 7, sha256s: [SHA], at: 5 }));
    expect(error).toBeInstanceOf(ActiveVersionChangedError);
    expect(error).toMatchObject({ code: 'active-version-changed', expected: 7, actual: null });
    expect(await readMeta(db, 'activeVersion')).toBeUndefined();
  });

  it('refuses with stored-content-missing when an object of the version is not stored', async () => {
    const db = await stagedKiosk({ withObject: false });
    const error = await errorOf(activateVersion(db, { version: 1, expectedActive: null, sha256s: [SHA], at: 5 }));
    expect(error).toBeInstanceOf(StoredContentMissingError);
    expect(error).toMatchObject({ code: 'stored-content-missing' });
    expect((await db.versions.get(1))?.state).toBe('staged');
  });
});

describe('readStoredObject', () => {
  const chunked = { sha256: SHA, type: 'video/mp4' as const, bytes: 6, storedAt: 0, chunkSet: 0, chunkCount: 2 };

  it('reads a chunked object as one Blob of its chunks in order, with its type', async () => {
    const { db } = createTestDb();
    await storeChunk(db, { sha256: SHA, set: 0, index: 1, blob: new Blob(['def']) });
    await storeChunk(db, { sha256: SHA, set: 0, index: 0, blob: new Blob(['abc']) });
    await commitChunkedObject(db, chunked);
    const blob = await readStoredObject(db, SHA);
    expect(blob?.type).toBe('video/mp4');
    expect(await blob?.text()).toBe('abcdef');
  });

  it('gives null for an object that is not stored, even with chunks of a download under way', async () => {
    const { db } = createTestDb();
    await storeChunk(db, { sha256: SHA, set: 0, index: 0, blob: new Blob(['abc']) });
    expect(await readStoredObject(db, SHA)).toBeNull();
  });

  it('throws stored-content-missing for a chunked object that lost a chunk', async () => {
    const { db } = createTestDb();
    await storeChunk(db, { sha256: SHA, set: 0, index: 0, blob: new Blob(['abc']) });
    await commitChunkedObject(db, chunked);
    expect(await errorOf(readStoredObject(db, SHA))).toMatchObject({ code: 'stored-content-missing' });
  });

  it('reads an object stored whole before the chunk table existed, after the schema upgrade', async () => {
    const indexedDB = new IDBFactory();
    const before = new Dexie('eske-upgrade', { indexedDB, IDBKeyRange });
    // The schema as version 4 of the app declared it.
    before.version(1).stores({ objects: 'sha256', versions: 'version, state', meta: 'key', log: '++id' });
    before.version(2).stores({ nameIndexes: 'version, format' });
    before.version(3).stores({ usage: 'day' });
    before.version(4).stores({ heartbeatEvents: '++seq' });
    await before.table('objects').put({ sha256: SHA, type: 'application/json', bytes: 2, blob: new Blob(['{}']), storedAt: 0 });
    before.close();

    const db = createEskeDb('eske-upgrade', { indexedDB, IDBKeyRange });
    expect(await (await readStoredObject(db, SHA))?.text()).toBe('{}');
    expect(db.verno).toBe(5);
  });
});

describe('deleteStoredObjects', () => {
  it('deletes the objects with every chunk they have, stored or downloading', async () => {
    const { db } = createTestDb();
    const other = 'b'.repeat(64);
    await storeChunk(db, { sha256: SHA, set: 0, index: 0, blob: new Blob(['abc']) });
    await commitChunkedObject(db, { sha256: SHA, type: 'video/mp4', bytes: 3, storedAt: 0, chunkSet: 0, chunkCount: 1 });
    await storeChunk(db, { sha256: SHA, set: 1, index: 0, blob: new Blob(['abc']) });
    await storeObject(db, { sha256: other, type: 'application/json', bytes: 2, blob: new Blob(['{}']), storedAt: 0 });
    await deleteStoredObjects(db, [SHA]);
    expect(await db.objects.toCollection().primaryKeys()).toEqual([other]);
    expect(await db.objectChunks.count()).toBe(0);
  });
});
