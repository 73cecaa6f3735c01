import { beforeAll, describe, expect, it } from 'vitest';
import { FeedError } from '../../../../src/feed/errors.ts';
import type { EskeDb } from '../../../../src/kiosk/storage/eske-db.ts';
import { readActiveContent } from '../../../../src/kiosk/storage/read-active-content.ts';
import { StoredContentMissingError } from '../../../../src/kiosk/storage/storage-errors.ts';
import { storageSummary } from '../../../../src/kiosk/storage/storage-summary.ts';
import { syncOnce } from '../../../../src/kiosk/sync/sync-once.ts';
import type { KeyPairText } from '../../../../src/feed/ed25519.ts';
import { buildMemoryFeed, MemoryFeedHost, targetTrusting, testKeys, type MemoryFeed } from '../sync/memory-feed.ts';
import { createTestDb } from './test-db.ts';

let v1: MemoryFeed;
let v2: MemoryFeed;
let keys: KeyPairText;

beforeAll(async () => {
  keys = await testKeys();
  [v1, v2] = await Promise.all([buildMemoryFeed({ version: 1 }, keys), buildMemoryFeed({ version: 2 }, keys)]);
});

async function install(db: EskeDb, feed: MemoryFeed) {
  const host = new MemoryFeedHost().publish(feed);
  const outcome = await syncOnce(targetTrusting([keys]), { db, fetch: host.fetch, now: () => 0 });
  expect(outcome.kind).toBe('installed');
}

const bytesOf = async (blob: Blob | null) => (blob ? new Uint8Array(await blob.arrayBuffer()) : null);

describe('readActiveContent', () => {
  it('returns null before the first install', async () => {
    expect(await readActiveContent(createTestDb().db)).toBeNull();
  });

  it('keeps reading the version it was made from after a switch', async () => {
    const { db } = createTestDb();
    await install(db, v1);
    const before = (await readActiveContent(db))!;
    await install(db, v2);
    const audio = v1.manifest.objects.find((entry) => entry.name === 'files/t01.ogg')!;
    expect(await bytesOf(await before.mediaBlob(audio.sha256))).toEqual(v1.objectBytes.get(audio.sha256));
    expect(await before.loadNamesShard(before.namesShards[1]!)).toEqual(v1.documents.names[1]);
    expect((await readActiveContent(db))?.version).toBe(2);
  });

  it('gives a names shard of its version unparsed, for the search worker to index', async () => {
    const { db } = createTestDb();
    await install(db, v1);
    const content = (await readActiveContent(db))!;
    const blob = await content.namesShardBlob(content.namesShards[0]!);
    expect(JSON.parse(await blob.text())).toEqual(v1.documents.names[0]);
    const otherShard = { ...content.namesShards[0]!, sha256: 'f'.repeat(64) };
    await expect(content.namesShardBlob(otherShard)).rejects.toBeInstanceOf(StoredContentMissingError);
  });

  it('gives no blob for an object of another version', async () => {
    const { db } = createTestDb();
    await install(db, v1);
    await install(db, v2);
    const content = (await readActiveContent(db))!;
    const oldAudio = v1.manifest.objects.find((entry) => entry.name === 'files/t01.ogg')!;
    expect(await db.objects.get(oldAudio.sha256)).toBeDefined();
    expect(await content.mediaBlob(oldAudio.sha256)).toBeNull();
  });

  it('refuses to load a names shard that is not of its version', async () => {
    const { db } = createTestDb();
    await install(db, v2);
    const content = (await readActiveContent(db))!;
    const oldShard = v1.manifest.objects.find((entry) => entry.name === 'names shard 1')!;
    await expect(content.loadNamesShard(oldShard)).rejects.toBeInstanceOf(StoredContentMissingError);
  });

  it('throws ObjectFormatError when a stored document no longer matches its schema', async () => {
    const { db } = createTestDb();
    await install(db, v1);
    const exhibit = v1.manifest.objects.find((entry) => entry.role === 'exhibit')!;
    await db.objects.update(exhibit.sha256, { blob: new Blob(['{"id": 1}']) });
    const error = await readActiveContent(db).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(FeedError);
    expect((error as FeedError).code).toBe('object-format');
  });
});

describe('storageSummary', () => {
  it('counts the stored objects and their bytes', async () => {
    const { db } = createTestDb();
    await install(db, v1);
    const bytes = v1.manifest.objects.reduce((sum, entry) => sum + entry.bytes, 0);
    expect(await storageSummary(db)).toEqual({
      objectCount: v1.manifest.objects.length,
      objectBytes: bytes,
      versions: [{ version: 1, state: 'active' }],
    });
  });
});
