import { beforeAll, describe, expect, it } from 'vitest';
import type { KeyPairText } from '../../../../src/feed/ed25519.ts';
import { readMeta } from '../../../../src/kiosk/storage/eske-db.ts';
import {
  readHeartbeatCounters,
  readQueuedHeartbeatEvents,
  recordHeartbeatEvent,
} from '../../../../src/kiosk/storage/heartbeat-queue.ts';
import { nameIndexDb } from '../../../../src/kiosk/storage/name-index-idb.ts';
import { storeChunk } from '../../../../src/kiosk/storage/object-chunks.ts';
import { resetContent } from '../../../../src/kiosk/storage/reset-content.ts';
import { readLog } from '../../../../src/kiosk/storage/technician-log.ts';
import { syncOnce } from '../../../../src/kiosk/sync/sync-once.ts';
import { buildNameIndex } from '../../../../src/search/name-index.ts';
import { buildMemoryFeed, MemoryFeedHost, targetTrusting, testKeys, type MemoryFeed } from '../sync/memory-feed.ts';
import { createTestDb } from './test-db.ts';

let keys: KeyPairText;
let v1: MemoryFeed;
let v5: MemoryFeed;
let otherExhibit: MemoryFeed;

beforeAll(async () => {
  keys = await testKeys();
  v1 = await buildMemoryFeed({ version: 1 }, keys);
  v5 = await buildMemoryFeed({ version: 5 }, keys);
  otherExhibit = await buildMemoryFeed({ version: 2, exhibitId: 'karlag-museum' }, keys);
});

async function kioskWith(...feeds: MemoryFeed[]) {
  const test = createTestDb();
  const host = new MemoryFeedHost();
  const sync = () => syncOnce(targetTrusting([keys]), { db: test.db, fetch: host.fetch, now: () => 0 });
  for (const feed of feeds) {
    host.publish(feed);
    expect((await sync()).kind).toBe('installed');
  }
  return { ...test, host, sync };
}

describe('resetContent', () => {
  it('leaves no object, version, name index, usage count or meta value of the exhibit, and keeps the log and the heartbeat', async () => {
    const kiosk = await kioskWith(v1, v5);
    await nameIndexDb({ indexedDB: kiosk.indexedDB, name: kiosk.name }).write(5, {
      index: buildNameIndex([{ id: 'a', surname: 'Сейфуллин', givenName: 'Сәкен' }]),
      shardOf: new Uint16Array(1),
    });
    await kiosk.db.usage.put({ day: '2026-05-31', visit: 3, search: 1, record: 1, testimony: 0 });
    await storeChunk(kiosk.db, { sha256: 'c'.repeat(64), set: 0, index: 0, blob: new Blob(['a download under way']) });
    await recordHeartbeatEvent(kiosk.db, { kind: 'start', at: 500 });
    const logBefore = (await readLog(kiosk.db)).length;

    const report = await resetContent(kiosk.db, 1000);

    expect(report).toMatchObject({ deletedVersions: [1, 5], deletedUsageDays: 1 });
    expect(report.deletedObjects).toBeGreaterThan(0);
    for (const table of [kiosk.db.objects, kiosk.db.objectChunks, kiosk.db.versions, kiosk.db.nameIndexes, kiosk.db.usage]) {
      expect(await table.count(), table.name).toBe(0);
    }
    expect(await kiosk.db.meta.toCollection().primaryKeys()).toEqual(['heartbeatCounters']);
    expect((await readHeartbeatCounters(kiosk.db)).events.start).toBe(1);
    expect(await readQueuedHeartbeatEvents(kiosk.db, Infinity)).toHaveLength(1);
    const log = await readLog(kiosk.db);
    expect(log).toHaveLength(logBefore + 1);
    expect(log[0]).toMatchObject({ level: 'warn', code: 'content-reset', at: 1000 });
  });

  it('lets a lower version of another exhibit install afterwards, which a kiosk-config without exhibitId refused', async () => {
    const kiosk = await kioskWith(v5);
    kiosk.host.publish(otherExhibit);
    expect(await kiosk.sync()).toMatchObject({ kind: 'rejected', error: { code: 'exhibit-mismatch' } });

    await resetContent(kiosk.db, 0);
    expect(await kiosk.sync()).toEqual({ kind: 'installed', version: 2 });
    expect(await readMeta(kiosk.db, 'activeVersion')).toBe(2);
    expect((await kiosk.db.versions.toArray()).map((row) => row.exhibitId)).toEqual(['karlag-museum']);
  });

  it('says in the log when sync did it for a kiosk-config that moved the kiosk', async () => {
    const kiosk = await kioskWith(v1);
    await resetContent(kiosk.db, 7, { exhibitChanged: { from: 'alzhir-memorial', to: 'karlag-museum' } });
    expect((await readLog(kiosk.db, 1))[0]).toMatchObject({ level: 'warn', code: 'exhibit-changed', at: 7 });
    expect(await kiosk.db.objects.count()).toBe(0);
  });
});
