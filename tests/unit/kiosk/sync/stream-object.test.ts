import { describe, expect, it } from 'vitest';
import { objectPath, type ObjectEntry } from '../../../../src/feed/manifest-schema.ts';
import { sha256Hex } from '../../../../src/feed/sha256.ts';
import type { ChunkedObject, EskeDb } from '../../../../src/kiosk/storage/eske-db.ts';
import { storeChunk } from '../../../../src/kiosk/storage/object-chunks.ts';
import { readStoredObject, storedHashes } from '../../../../src/kiosk/storage/version-store.ts';
import type { FetchLike } from '../../../../src/kiosk/sync/fetch-feed-file.ts';
import { streamObject } from '../../../../src/kiosk/sync/stream-object.ts';
import { createTestDb } from '../storage/test-db.ts';
import { FEED_URL, MemoryFeedHost } from './memory-feed.ts';

const CHUNK_BYTES = 16;
/** Six full chunks and a last one of 4 bytes. */
const CONTENT = Uint8Array.from({ length: 100 }, (_, i) => (i * 7) % 251);

async function entryOf(bytes: Uint8Array): Promise<ObjectEntry> {
  return { sha256: await sha256Hex(bytes), bytes: bytes.length, type: 'video/mp4', role: 'media', name: 'files/t04.mp4' };
}

async function setup(bytes: Uint8Array<ArrayBuffer> = CONTENT) {
  const { db } = createTestDb();
  const entry = await entryOf(bytes);
  const host = new MemoryFeedHost();
  host.files.set(objectPath(entry), bytes);
  const download = (listed: ObjectEntry = entry, fetch: FetchLike = host.fetch) =>
    streamObject(
      {
        db,
        fetch,
        now: () => 1,
        chunkBytes: CHUNK_BYTES,
        request: { url: new URL(objectPath(listed), FEED_URL).href, stallTimeoutMs: 1_000 },
      },
      listed,
    );
  const failure = (listed?: ObjectEntry, fetch?: FetchLike) =>
    download(listed, fetch).then(
      () => null,
      (error: unknown) => error,
    );
  return { db, entry, host, download, failure };
}

async function chunkSizes(db: EskeDb, sha256: string): Promise<number[]> {
  return (await db.objectChunks.where('sha256').equals(sha256).toArray()).map((chunk) => chunk.blob.size);
}

async function storedBytes(db: EskeDb, sha256: string): Promise<Uint8Array | null> {
  const blob = await readStoredObject(db, sha256);
  return blob && new Uint8Array(await blob.arrayBuffer());
}

describe('streamObject', () => {
  it('stores the object as chunks of the chunk size, the last one shorter, and reads it back whole', async () => {
    const { db, entry, download } = await setup();
    await download();
    expect(await chunkSizes(db, entry.sha256)).toEqual([16, 16, 16, 16, 16, 16, 4]);
    expect(await db.objects.get(entry.sha256)).toMatchObject({ bytes: 100, chunkCount: 7, storedAt: 1 });
    expect(await storedBytes(db, entry.sha256)).toEqual(CONTENT);
    expect((await readStoredObject(db, entry.sha256))?.type).toBe('video/mp4');
  });

  describe('after the connection dropped midway', () => {
    it('keeps the full chunks received, yet does not count the object as stored', async () => {
      const { db, entry, host, failure } = await setup();
      host.fault = () => ({ kind: 'break-after', bytes: 40 });
      expect(await failure()).toMatchObject({ code: 'network' });
      expect(await chunkSizes(db, entry.sha256)).toEqual([16, 16]);
      expect(await storedHashes(db, [entry.sha256])).toEqual(new Set());
      expect(await readStoredObject(db, entry.sha256)).toBeNull();
    });

    it('goes on from the last stored chunk with a Range request, fetching only the rest', async () => {
      const { db, entry, host, download, failure } = await setup();
      host.fault = () => ({ kind: 'break-after', bytes: 40 });
      await failure();
      host.fault = null;
      host.sentBytes = 0;
      await download();
      expect(host.ranges).toEqual([null, 'bytes=32-']);
      expect(host.sentBytes).toBe(CONTENT.length - 32);
      expect(await chunkSizes(db, entry.sha256)).toEqual([16, 16, 16, 16, 16, 16, 4]);
      expect(await storedBytes(db, entry.sha256)).toEqual(CONTENT);
    });

    it('resumes again and again until the object is whole', async () => {
      const { db, entry, host, download, failure } = await setup();
      host.fault = () => ({ kind: 'break-after', bytes: 20 });
      for (let attempt = 0; attempt < 5; attempt++) await failure();
      host.fault = null;
      await download();
      expect(host.ranges).toEqual([null, 'bytes=16-', 'bytes=32-', 'bytes=48-', 'bytes=64-', 'bytes=80-']);
      expect(await storedBytes(db, entry.sha256)).toEqual(CONTENT);
    });

    it('starts over with the whole object from a host that ignores Range', async () => {
      const { db, entry, host, download, failure } = await setup();
      host.fault = () => ({ kind: 'break-after', bytes: 40 });
      await failure();
      host.fault = null;
      host.honoursRange = false;
      host.sentBytes = 0;
      await download();
      expect(host.ranges).toEqual([null, 'bytes=32-']);
      expect(host.sentBytes).toBe(CONTENT.length);
      expect(await chunkSizes(db, entry.sha256)).toEqual([16, 16, 16, 16, 16, 16, 4]);
      expect(await storedBytes(db, entry.sha256)).toEqual(CONTENT);
    });

    it('discards its chunks when the host answers with another range than asked', async () => {
      const { db, entry, host, download, failure } = await setup();
      host.fault = () => ({ kind: 'break-after', bytes: 40 });
      await failure();
      // Asked from byte 32, the host sends from 16.
      const fromSixteen = () => new Response(CONTENT.slice(16), { status: 206, headers: { 'Content-Range': 'bytes 16-99/100' } });
      expect(await failure(entry, async () => fromSixteen())).toMatchObject({ code: 'range', status: 206 });
      expect(await chunkSizes(db, entry.sha256)).toEqual([]);
      host.fault = null;
      await download();
      expect(host.ranges.at(-1)).toBeNull();
      expect(await storedBytes(db, entry.sha256)).toEqual(CONTENT);
    });
  });

  describe('when the bytes do not match the manifest', () => {
    it('rejects a hash mismatch at the end, storing nothing and releasing every chunk', async () => {
      const altered = CONTENT.slice();
      altered[99] = altered[99]! ^ 1;
      const { db, entry, host, failure } = await setup();
      host.files.set(objectPath(entry), altered);
      expect(await failure()).toMatchObject({ code: 'object-hash' });
      expect(await db.objects.count()).toBe(0);
      expect(await db.objectChunks.count()).toBe(0);
    });

    it('rejects stored chunks that went bad while waiting, then downloads the object whole', async () => {
      const { db, entry, host, download, failure } = await setup();
      host.fault = () => ({ kind: 'break-after', bytes: 40 });
      await failure();
      host.fault = null;
      await db.objectChunks.update([entry.sha256, 0, 0], { blob: new Blob([new Uint8Array(16)]) });
      expect(await failure()).toMatchObject({ code: 'object-hash' });
      expect(await db.objectChunks.count()).toBe(0);
      await download();
      expect(await storedBytes(db, entry.sha256)).toEqual(CONTENT);
    });

    it('starts over from the first byte when the stored chunks hold more than the object', async () => {
      const { db, entry, host, download } = await setup();
      for (let index = 0; index < 7; index++) {
        await storeChunk(db, { sha256: entry.sha256, set: 0, index, blob: new Blob([new Uint8Array(CHUNK_BYTES)]) });
      }
      await download();
      expect(host.ranges).toEqual([null]);
      expect(await storedBytes(db, entry.sha256)).toEqual(CONTENT);
    });

    it('cuts an endless response off one byte past the declared size', async () => {
      const { db, host, failure } = await setup();
      host.fault = () => ({ kind: 'endless' });
      expect(await failure()).toMatchObject({ code: 'object-size', expected: 100, actual: 101 });
      expect(host.sentBytes).toBeLessThan(CONTENT.length * 4);
      expect(await db.objectChunks.count()).toBe(0);
    });
  });

  describe('when the object is stored already (a re-download)', () => {
    it('writes the fresh copy beside the stored one, which it replaces only once verified', async () => {
      const { db, entry, host, download, failure } = await setup();
      await download();
      const chunkSet = async () => ((await db.objects.get(entry.sha256)) as ChunkedObject | undefined)?.chunkSet;
      const before = await chunkSet();
      host.fault = () => ({ kind: 'break-after', bytes: 40 });
      await failure();
      expect(await storedBytes(db, entry.sha256)).toEqual(CONTENT);
      host.fault = null;
      await download();
      expect(await chunkSet()).not.toBe(before);
      expect(await chunkSizes(db, entry.sha256)).toEqual([16, 16, 16, 16, 16, 16, 4]);
      expect(await storedBytes(db, entry.sha256)).toEqual(CONTENT);
    });
  });
});
