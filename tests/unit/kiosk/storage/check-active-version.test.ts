import { beforeAll, describe, expect, it } from 'vitest';
import type { KeyPairText } from '../../../../src/feed/ed25519.ts';
import { objectPath, type ObjectEntry } from '../../../../src/feed/manifest-schema.ts';
import { checkActiveVersion } from '../../../../src/kiosk/storage/check-active-version.ts';
import { readMeta, writeMeta, type EskeDb } from '../../../../src/kiosk/storage/eske-db.ts';
import { readActiveContent } from '../../../../src/kiosk/storage/read-active-content.ts';
import { StoredContentMissingError } from '../../../../src/kiosk/storage/storage-errors.ts';
import { activateVersion, stageVersion, storeObject } from '../../../../src/kiosk/storage/version-store.ts';
import { syncOnce } from '../../../../src/kiosk/sync/sync-once.ts';
import { buildMemoryFeed, MemoryFeedHost, targetTrusting, testKeys, type MemoryFeed } from '../sync/memory-feed.ts';
import { createTestDb } from './test-db.ts';

const NOW = Date.parse('2026-05-10T12:00:00Z');

let keys: KeyPairText;
let v1: MemoryFeed;

beforeAll(async () => {
  keys = await testKeys();
  v1 = await buildMemoryFeed({ version: 1 }, keys);
});

async function installedKiosk() {
  const { db } = createTestDb();
  const host = new MemoryFeedHost().publish(v1);
  const sync = () => syncOnce(targetTrusting([keys]), { db, fetch: host.fetch, now: () => NOW });
  expect(await sync()).toEqual({ kind: 'installed', version: 1 });
  host.requests.length = 0;
  return { db, host, sync };
}

function entry(name: string): ObjectEntry {
  return v1.manifest.objects.find((candidate) => candidate.name === name)!;
}

const media = () => v1.manifest.objects.filter((candidate) => candidate.role === 'media');

/** Replaces a stored object's bytes, as a disk fault or a hand in DevTools would. */
async function overwrite(db: EskeDb, target: ObjectEntry, bytes: Uint8Array<ArrayBuffer>): Promise<void> {
  await db.objects.update(target.sha256, { blob: new Blob([bytes], { type: target.type }) });
}

/** The stored bytes of `target` with one character changed, the size kept. */
function altered(target: ObjectEntry, from: string, to: string): Uint8Array<ArrayBuffer> {
  const text = new TextDecoder().decode(v1.objectBytes.get(target.sha256));
  expect(text).toContain(from);
  const bytes = new TextEncoder().encode(text.replace(from, to));
  expect(bytes.length).toBe(target.bytes);
  return bytes;
}

describe('checkActiveVersion', () => {
  it('finds nothing wrong with a whole version, hashing every document and the media within budget', async () => {
    const { db } = await installedKiosk();
    const check = await checkActiveVersion(db);
    expect(check).toMatchObject({ version: 1, lostVersion: null, problems: [], screensBlocked: false });
    expect(check.objects).toBe(v1.manifest.objects.length);
    expect(check.hashedObjects).toBe(v1.manifest.objects.length);
  });

  it('reports nothing before the first install', async () => {
    const { db } = createTestDb();
    expect(await checkActiveVersion(db)).toMatchObject({ version: null, lostVersion: null, problems: [] });
  });

  describe('when a stored names shard was edited', () => {
    it('reports and deletes it, and the next sync fetches it alone, so the name reads as published', async () => {
      const { db, host, sync } = await installedKiosk();
      const shard = entry('names shard 0');
      await overwrite(db, shard, altered(shard, 'Сейфуллин', 'Сейфуллан'));

      const check = await checkActiveVersion(db);
      expect(check.problems).toEqual([{ name: shard.name, sha256: shard.sha256, role: 'names', code: 'object-hash' }]);
      expect(check.screensBlocked).toBe(false);
      expect(await db.objects.get(shard.sha256)).toBeUndefined();

      expect(await sync()).toEqual({ kind: 'up-to-date', version: 1 });
      expect(host.objectRequests()).toEqual([objectPath(shard)]);
      const content = await readActiveContent(db);
      expect((await content!.loadNamesShard(shard)).records[0]?.surname).toBe('Сейфуллин');
    });
  });

  describe('when a document the screens read is damaged', () => {
    it('blocks the screens until sync fetched it again', async () => {
      const { db, sync } = await installedKiosk();
      const exhibit = entry('exhibit.json');
      await overwrite(db, exhibit, new TextEncoder().encode('{"id":'));

      const check = await checkActiveVersion(db);
      expect(check.problems).toEqual([expect.objectContaining({ role: 'exhibit', code: 'object-size' })]);
      expect(check.screensBlocked).toBe(true);
      await expect(readActiveContent(db)).rejects.toBeInstanceOf(StoredContentMissingError);

      expect(await sync()).toEqual({ kind: 'up-to-date', version: 1 });
      expect((await readActiveContent(db))?.exhibit).toEqual(v1.documents.exhibit);
    });

    it('holds each of the three against its schema too', async () => {
      // A version installed by an older app whose exhibit this app's schema refuses.
      const { db } = createTestDb();
      const older = await buildMemoryFeed(
        { version: 1, documentOverrides: { exhibit: { ...v1.documents.exhibit, languages: [] } } },
        keys,
      );
      await stageVersion(db, {
        version: 1,
        exhibitId: older.manifest.exhibitId,
        manifestBytes: older.signedBytes as Uint8Array<ArrayBuffer>,
        signatures: older.signatures,
        stagedAt: NOW,
      });
      for (const object of older.manifest.objects) {
        const bytes = older.objectBytes.get(object.sha256)!;
        await storeObject(db, {
          sha256: object.sha256,
          type: object.type,
          bytes: object.bytes,
          blob: new Blob([bytes]),
          storedAt: NOW,
        });
      }
      await activateVersion(db, {
        version: 1,
        expectedActive: null,
        sha256s: older.manifest.objects.map((o) => o.sha256),
        at: NOW,
      });

      const check = await checkActiveVersion(db);
      expect(check.problems).toEqual([expect.objectContaining({ role: 'exhibit', code: 'object-format' })]);
      expect(check.screensBlocked).toBe(true);
    });
  });

  it('reports a missing object without deleting anything else', async () => {
    const { db } = await installedKiosk();
    const audio = entry('files/t01.ogg');
    await db.objects.delete(audio.sha256);
    const check = await checkActiveVersion(db);
    expect(check.problems).toEqual([{ name: audio.name, sha256: audio.sha256, role: 'media', code: 'stored-content-missing' }]);
    expect(await db.objects.count()).toBe(v1.manifest.objects.length - 1);
  });

  it('hashes the media in turns within its budget, so that every object has its turn', async () => {
    const { db } = await installedKiosk();
    for (const object of media()) await overwrite(db, object, new Uint8Array(object.bytes));

    // A budget of one byte: one object a start (at least one is always hashed).
    const found: string[] = [];
    for (let start = 0; start < media().length; start++) {
      const check = await checkActiveVersion(db, { mediaBudgetBytes: 1 });
      const hashed = check.problems.filter((problem) => problem.code === 'object-hash');
      expect(hashed).toHaveLength(1);
      found.push(hashed[0]!.name);
    }
    expect(found.sort()).toEqual(
      media()
        .map((object) => object.name)
        .sort(),
    );
    expect(await readMeta(db, 'mediaCheckCursor')).toMatch(/^[0-9a-f]{64}$/);
  });

  it('checks an object above the hashing cap for its size only', async () => {
    const { db } = await installedKiosk();
    const audio = entry('files/t01.ogg');
    await overwrite(db, audio, new Uint8Array(audio.bytes));
    expect((await checkActiveVersion(db, { maxHashedObjectBytes: 0 })).problems).toEqual([]);
    await overwrite(db, audio, new Uint8Array(audio.bytes + 1));
    expect((await checkActiveVersion(db, { maxHashedObjectBytes: 0 })).problems).toEqual([
      expect.objectContaining({ name: audio.name, code: 'object-size' }),
    ]);
  });

  it('drops an active pointer whose version is gone, so that the kiosk installs afresh', async () => {
    const { db } = createTestDb();
    await writeMeta(db, 'activeVersion', 5);
    expect(await checkActiveVersion(db)).toMatchObject({ version: null, lostVersion: 5 });
    expect(await readMeta(db, 'activeVersion')).toBeUndefined();

    const host = new MemoryFeedHost().publish(v1);
    const outcome = await syncOnce(targetTrusting([keys]), { db, fetch: host.fetch, now: () => NOW });
    expect(outcome).toEqual({ kind: 'installed', version: 1 });
  });
});
