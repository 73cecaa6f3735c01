import { beforeAll, describe, expect, it } from 'vitest';
import type { KeyPairText } from '../../../../src/feed/ed25519.ts';
import { collectGarbage } from '../../../../src/kiosk/storage/collect-garbage.ts';
import { writeMeta, type EskeDb } from '../../../../src/kiosk/storage/eske-db.ts';
import { nameIndexDb } from '../../../../src/kiosk/storage/name-index-idb.ts';
import { storeChunk } from '../../../../src/kiosk/storage/object-chunks.ts';
import { stageVersion } from '../../../../src/kiosk/storage/version-store.ts';
import { syncOnce } from '../../../../src/kiosk/sync/sync-once.ts';
import { buildNameIndex } from '../../../../src/search/name-index.ts';
import { buildMemoryFeed, MemoryFeedHost, targetTrusting, testKeys, type MemoryFeed } from '../sync/memory-feed.ts';
import { createTestDb, type TestDb } from './test-db.ts';

let keys: KeyPairText;
const feeds: MemoryFeed[] = [];

beforeAll(async () => {
  keys = await testKeys();
  for (const version of [1, 2, 3]) feeds.push(await buildMemoryFeed({ version }, keys));
});

async function install(db: EskeDb, feed: MemoryFeed): Promise<void> {
  const host = new MemoryFeedHost().publish(feed);
  const outcome = await syncOnce(targetTrusting([keys]), { db, fetch: host.fetch, now: () => 0 });
  expect(outcome.kind).toBe('installed');
}

const index = buildNameIndex([{ id: 'a', surname: 'Байтұрсынов', givenName: 'Ахмет' }]);
/** Stored as the search worker stores it, so this also checks that the rows it writes are collected. */
const storeIndex = (test: TestDb, version: number) =>
  nameIndexDb({ indexedDB: test.indexedDB, name: test.name }).write(version, { index, shardOf: new Uint16Array(1) });

describe('collectGarbage', () => {
  it('keeps the name indexes of the active and the retired version', async () => {
    const test = createTestDb();
    const { db } = test;
    await install(db, feeds[0]!);
    await storeIndex(test, 1);
    await install(db, feeds[1]!);
    await storeIndex(test, 2);
    expect(await collectGarbage(db)).toMatchObject({ deletedVersions: [], deletedNameIndexes: [] });
    expect(await db.nameIndexes.toCollection().primaryKeys()).toEqual([1, 2]);
  });

  it('deletes the name index of a version it deletes', async () => {
    const test = createTestDb();
    const { db } = test;
    await install(db, feeds[0]!);
    await storeIndex(test, 1);
    await install(db, feeds[1]!);
    await storeIndex(test, 2);
    // Installing version 3 retires 2 and drops 1, and collects garbage as its last step.
    await install(db, feeds[2]!);
    expect(await db.nameIndexes.toCollection().primaryKeys()).toEqual([2]);
  });

  it('keeps the version on screen when installs outpace the switch to them', async () => {
    const test = createTestDb();
    const { db } = test;
    await install(db, feeds[0]!);
    await writeMeta(db, 'shownVersion', 1);
    await install(db, feeds[1]!);
    await install(db, feeds[2]!);
    expect((await db.versions.toArray()).map((row) => row.version).sort()).toEqual([1, 2, 3]);
    const shownObjects = feeds[0]!.manifest.objects.map((entry) => entry.sha256);
    expect(await db.objects.bulkGet(shownObjects)).not.toContain(undefined);
  });

  it('deletes an index whose version row is already gone', async () => {
    const test = createTestDb();
    const { db } = test;
    await install(db, feeds[0]!);
    await storeIndex(test, 7);
    expect((await collectGarbage(db)).deletedNameIndexes).toEqual([7]);
  });

  it('keeps the chunks of a download the next sync resumes, and deletes every other chunk', async () => {
    const { db } = createTestDb();
    await install(db, feeds[0]!);
    await stageVersion(db, {
      version: 2,
      exhibitId: feeds[1]!.manifest.exhibitId,
      manifestBytes: feeds[1]!.signedBytes as Uint8Array<ArrayBuffer>,
      signatures: feeds[1]!.signatures,
      stagedAt: 0,
    });
    const underWay = feeds[1]!.manifest.objects.find((entry) => entry.name === 'files/t01.ogg')!.sha256;
    const storedWhole = feeds[0]!.manifest.objects[0]!.sha256;
    const unreferenced = 'e'.repeat(64);
    for (const sha256 of [underWay, storedWhole, unreferenced]) {
      await storeChunk(db, { sha256, set: 0, index: 0, blob: new Blob(['piece']) });
    }
    expect(await collectGarbage(db)).toMatchObject({ deletedChunks: 2 });
    expect(await db.objectChunks.toCollection().primaryKeys()).toEqual([[underWay, 0, 0]]);
  });

  it('deletes nothing when a write in its transaction fails', async () => {
    const test = createTestDb();
    const { db, failWrites } = test;
    await install(db, feeds[0]!);
    await storeIndex(test, 7);
    failWrites((table) => table === 'nameIndexes');
    await expect(collectGarbage(db)).rejects.toThrow('injected failure');
    failWrites(null);
    expect(await db.nameIndexes.toCollection().primaryKeys()).toEqual([7]);
  });
});
