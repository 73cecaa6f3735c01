// A kiosk for sync tests: a fresh fake-IndexedDB store, an in-memory host and the real syncOnce
// bound to a target, plus the checks every sync test makes (the installed version reads back
// whole, which objects are stored). Shared by the syncOnce test files.

import { expect } from 'vitest';
import type { EskeDb } from '../../../../src/kiosk/storage/eske-db.ts';
import { readActiveContent } from '../../../../src/kiosk/storage/read-active-content.ts';
import type { FeedTarget } from '../../../../src/kiosk/sync/feed-target.ts';
import { syncOnce, type SyncLimits, type SyncMode } from '../../../../src/kiosk/sync/sync-once.ts';
import { createTestDb } from '../storage/test-db.ts';
import { MemoryFeedHost, type MemoryFeed } from './memory-feed.ts';

export const NOW = Date.parse('2026-05-10T12:00:00Z');

export function testKiosk(target: FeedTarget, limits: Partial<SyncLimits> = {}) {
  const { db, failWrites } = createTestDb();
  const host = new MemoryFeedHost();
  const sync = (mode?: SyncMode) =>
    syncOnce(target, { db, fetch: host.fetch, now: () => NOW, limits: { stallTimeoutMs: 100, ...limits } }, undefined, mode);
  return { db, host, failWrites, sync };
}
export type TestKiosk = ReturnType<typeof testKiosk>;

/** Publishes and installs each feed in turn, then forgets the requests made. */
export async function install(kiosk: TestKiosk, ...feeds: MemoryFeed[]): Promise<TestKiosk> {
  for (const feed of feeds) {
    kiosk.host.publish(feed);
    expect(await kiosk.sync()).toEqual({ kind: 'installed', version: feed.version });
  }
  kiosk.host.requests.length = 0;
  return kiosk;
}

/** Every document, names shard and object of `feed` reads back through readActiveContent. */
export async function expectVersionReadable(db: EskeDb, feed: MemoryFeed): Promise<void> {
  const content = await readActiveContent(db);
  expect(content?.version).toBe(feed.version);
  if (!content) return;
  expect(content.manifest).toEqual(feed.manifest);
  expect(content.exhibit).toEqual(feed.documents.exhibit);
  expect(content.timeline).toEqual(feed.documents.timeline);
  expect(content.testimonies).toEqual(feed.documents.testimonies);
  expect(await Promise.all(content.namesShards.map((entry) => content.loadNamesShard(entry)))).toEqual(feed.documents.names);
  for (const entry of feed.manifest.objects) {
    const blob = await content.mediaBlob(entry.sha256);
    expect(blob?.type).toBe(entry.type);
    expect(new Uint8Array(await blob!.arrayBuffer())).toEqual(feed.objectBytes.get(entry.sha256));
  }
}

export async function storedHashes(db: EskeDb): Promise<Set<string>> {
  return new Set(await db.objects.toCollection().primaryKeys());
}
