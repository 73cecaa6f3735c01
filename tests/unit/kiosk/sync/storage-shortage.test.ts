import { beforeAll, describe, expect, it } from 'vitest';
import type { KeyPairText } from '../../../../src/feed/ed25519.ts';
import { errorCode } from '../../../../src/feed/error-code.ts';
import { objectPath } from '../../../../src/feed/manifest-schema.ts';
import { readMeta, type StorageShortage } from '../../../../src/kiosk/storage/eske-db.ts';
import { readActiveContent } from '../../../../src/kiosk/storage/read-active-content.ts';
import { readLog } from '../../../../src/kiosk/storage/technician-log.ts';
import { holdLifted, SHORTAGE_RETRY_AFTER_MS } from '../../../../src/kiosk/sync/storage-shortage.ts';
import { syncOnce, type SyncMode } from '../../../../src/kiosk/sync/sync-once.ts';
import { createTestDb } from '../storage/test-db.ts';
import { buildMemoryFeed, MemoryFeedHost, targetTrusting, testKeys, type MemoryFeed } from './memory-feed.ts';

const NOW = Date.parse('2026-05-10T12:00:00Z');

let keys: KeyPairText;
const feeds = {} as Record<'v1' | 'v2', MemoryFeed>;

beforeAll(async () => {
  keys = await testKeys();
  feeds.v1 = await buildMemoryFeed({ version: 1 }, keys);
  feeds.v2 = await buildMemoryFeed({ version: 2 }, keys);
});

/** A kiosk whose store has a quota, with the clock in the test's hands. */
async function kiosk(...installedVersions: MemoryFeed[]) {
  const { db, quota } = createTestDb();
  const host = new MemoryFeedHost();
  const clock = { now: NOW };
  const sync = (mode: SyncMode = 'regular') =>
    syncOnce(
      targetTrusting([keys]),
      { db, fetch: host.fetch, now: () => clock.now, limits: { stallTimeoutMs: 100 }, estimateStorage: quota.estimate },
      undefined,
      mode,
    );
  for (const feed of installedVersions) {
    host.publish(feed);
    expect(await sync()).toEqual({ kind: 'installed', version: feed.version });
  }
  host.requests.length = 0;
  return { db, quota, host, clock, sync };
}

/** Bytes of the objects of `feed` that `other` does not have. */
function addedBytes(feed: MemoryFeed, other?: MemoryFeed): number {
  const had = new Set(other?.manifest.objects.map((entry) => entry.sha256));
  return feed.manifest.objects.filter((entry) => !had.has(entry.sha256)).reduce((sum, entry) => sum + entry.bytes, 0);
}

async function storedHashes(db: Awaited<ReturnType<typeof kiosk>>['db']): Promise<Set<string>> {
  return new Set(await db.objects.toCollection().primaryKeys());
}

const hashesOf = (feed: MemoryFeed) => new Set(feed.manifest.objects.map((entry) => entry.sha256));

describe('holdLifted', () => {
  const shortage: StorageShortage = { version: 2, neededBytes: 1000, availableBytes: 600, freeBytes: 700, at: NOW };

  it('keeps the hold while the free space has not grown by the shortfall', () => {
    expect(holdLifted(shortage, 700, NOW + 1)).toBe(false);
    expect(holdLifted(shortage, 1099, NOW + 1)).toBe(false);
  });

  it('lifts it once the free space has grown by what was missing', () => {
    expect(holdLifted(shortage, 1100, NOW + 1)).toBe(true);
  });

  it('lifts it after a day whatever the browser reports, and never on space it does not report', () => {
    expect(holdLifted(shortage, null, NOW + SHORTAGE_RETRY_AFTER_MS - 1)).toBe(false);
    expect(holdLifted({ ...shortage, freeBytes: null }, 5000, NOW + 1)).toBe(false);
    expect(holdLifted(shortage, null, NOW + SHORTAGE_RETRY_AFTER_MS)).toBe(true);
  });
});

describe('syncOnce when the store runs out of space', () => {
  it('stops before downloading when the browser reports less free space than the new version needs', async () => {
    const k = await kiosk(feeds.v1);
    const free = 100;
    k.quota.limitBytes = k.quota.usedBytes() + free;
    k.host.publish(feeds.v2);

    const outcome = await k.sync();
    expect(outcome.kind).toBe('failed');
    expect('error' in outcome && errorCode(outcome.error)).toBe('storage-full');
    expect(k.host.objectRequests()).toEqual([]);
    expect(await readMeta(k.db, 'storageShortage')).toEqual({
      version: 2,
      neededBytes: addedBytes(feeds.v2, feeds.v1),
      availableBytes: free,
      freeBytes: free,
      at: NOW,
    });
    expect((await readActiveContent(k.db))?.version).toBe(1);
    expect((await readLog(k.db, 1))[0]).toMatchObject({ level: 'warn', code: 'storage-full' });
  });

  describe('when a write is refused for quota mid-download', () => {
    /** Version 1 installed; the estimate promises room for version 2, the disk holds a third of it. */
    async function refusedMidway() {
      const k = await kiosk(feeds.v1);
      const room = Math.floor(addedBytes(feeds.v2, feeds.v1) / 3);
      k.quota.limitBytes = k.quota.usedBytes() + room;
      k.quota.reportedQuotaBytes = k.quota.usedBytes() + 10 * addedBytes(feeds.v2);
      k.host.publish(feeds.v2);
      const outcome = await k.sync();
      return { ...k, room, outcome };
    }

    it('ends with its own code, not a bare AbortError, and keeps version 1 on screen', async () => {
      const { db, outcome } = await refusedMidway();
      expect(outcome.kind).toBe('failed');
      expect('error' in outcome && errorCode(outcome.error)).toBe('storage-full');
      expect((await readActiveContent(db))?.version).toBe(1);
      expect(await readLog(db, 1)).toEqual([expect.objectContaining({ level: 'warn', code: 'storage-full', count: 1 })]);
      expect((await readMeta(db, 'lastSync'))?.code).toBe('storage-full');
    });

    it('releases what version 2 had stored, and records what it needs against what fitted', async () => {
      const { db, room } = await refusedMidway();
      expect(await storedHashes(db)).toEqual(hashesOf(feeds.v1));
      expect(await db.versions.toCollection().primaryKeys()).toEqual([1]);
      const shortage = await readMeta(db, 'storageShortage');
      expect(shortage?.neededBytes).toBe(addedBytes(feeds.v2, feeds.v1));
      expect(shortage?.availableBytes).toBeLessThanOrEqual(room);
    });

    it('downloads nothing at the next syncs while the space stays as it was: one log line counts them', async () => {
      const { db, host, sync } = await refusedMidway();
      host.requests.length = 0;
      for (let i = 0; i < 3; i++) expect(await sync()).toMatchObject({ kind: 'failed', error: { code: 'storage-full' } });
      expect(host.objectRequests()).toEqual([]);
      expect(await readLog(db, 1)).toEqual([expect.objectContaining({ code: 'storage-full', count: 4 })]);
    });

    it('installs version 2 by itself once space is freed, and forgets the shortage', async () => {
      const { db, quota, host, sync } = await refusedMidway();
      // The technician deleted other files: the browser reports the room they left.
      quota.limitBytes = quota.usedBytes() + 20 * addedBytes(feeds.v2);
      quota.reportedQuotaBytes = quota.limitBytes;
      host.requests.length = 0;
      expect(await sync()).toEqual({ kind: 'installed', version: 2 });
      const added = feeds.v2.manifest.objects.filter((entry) => !hashesOf(feeds.v1).has(entry.sha256));
      expect(host.objectRequests().sort()).toEqual(added.map((entry) => objectPath(entry)).sort());
      expect(await readMeta(db, 'storageShortage')).toBeUndefined();
    });

    it('tries again after a day even when the browser reports no more space', async () => {
      const { host, clock, sync } = await refusedMidway();
      clock.now += SHORTAGE_RETRY_AFTER_MS;
      host.requests.length = 0;
      expect(await sync()).toMatchObject({ kind: 'failed', error: { code: 'storage-full' } });
      expect(host.objectRequests().length).toBeGreaterThan(0);
    });

    it('tries again at once when the technician asks', async () => {
      const { host, sync } = await refusedMidway();
      host.requests.length = 0;
      expect(await sync('forced')).toMatchObject({ kind: 'failed', error: { code: 'storage-full' } });
      expect(host.objectRequests().length).toBeGreaterThan(0);
    });
  });

  it('leaves a first install that does not fit with nothing stored', async () => {
    const k = await kiosk();
    k.quota.limitBytes = Math.floor(addedBytes(feeds.v1) / 2);
    k.quota.reportedQuotaBytes = 10 * addedBytes(feeds.v1);
    k.host.publish(feeds.v1);
    expect(await k.sync()).toMatchObject({ kind: 'failed', error: { code: 'storage-full' } });
    expect(await readActiveContent(k.db)).toBeNull();
    expect(await k.db.versions.count()).toBe(0);
    expect(await k.db.objects.count()).toBe(0);
  });

  it('keeps the active version’s objects when its repair runs out of space', async () => {
    const k = await kiosk(feeds.v1);
    const audio = feeds.v1.manifest.objects.find((entry) => entry.name === 'files/t01.ogg')!;
    await k.db.objects.delete(audio.sha256);
    k.quota.limitBytes = k.quota.usedBytes();
    k.quota.reportedQuotaBytes = k.quota.usedBytes() + 10 * audio.bytes;
    expect(await k.sync()).toMatchObject({ kind: 'failed', error: { code: 'storage-full' } });
    const left = hashesOf(feeds.v1);
    left.delete(audio.sha256);
    expect(await storedHashes(k.db)).toEqual(left);
    expect((await k.db.versions.get(1))?.state).toBe('active');

    k.host.requests.length = 0;
    expect(await k.sync()).toMatchObject({ kind: 'failed', error: { code: 'storage-full' } });
    expect(k.host.objectRequests()).toEqual([]);
  });
});
