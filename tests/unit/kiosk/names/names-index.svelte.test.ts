import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { KeyPairText } from '../../../../src/feed/ed25519.ts';
import { configureErrorHandling } from '../../../../src/kiosk/app/handle-error.ts';
import { MEASURE_BUILD, MEASURE_SHOW, NamesIndex } from '../../../../src/kiosk/names/names-index.svelte.ts';
import type { EskeDb } from '../../../../src/kiosk/storage/eske-db.ts';
import { nameIndexDb } from '../../../../src/kiosk/storage/name-index-idb.ts';
import { readActiveContent, type ActiveContent } from '../../../../src/kiosk/storage/read-active-content.ts';
import type { LogLine } from '../../../../src/kiosk/storage/technician-log.ts';
import { syncOnce } from '../../../../src/kiosk/sync/sync-once.ts';
import type { NameIndex } from '../../../../src/search/name-index.ts';
import type { StoredIndexes } from '../../../../src/search/search-service.ts';
import type { EngineReply } from '../../../../src/search/worker-protocol.ts';
import { buildMemoryFeed, MemoryFeedHost, targetTrusting, testKeys, type MemoryFeed } from '../sync/memory-feed.ts';
import { createTestDb, type TestDb } from '../storage/test-db.ts';
import { servicePort, type ServicePort } from './service-port.ts';

let keys: KeyPairText;
let v1: MemoryFeed;
let v2: MemoryFeed;

beforeAll(async () => {
  keys = await testKeys();
  v1 = await buildMemoryFeed({ version: 1 }, keys);
  v2 = await buildMemoryFeed({ version: 2 }, keys);
});

beforeEach(() => {
  vi.spyOn(console, 'error').mockImplementation(() => {});
  performance.clearMeasures();
});

interface Kiosk {
  test: TestDb;
  db: EskeDb;
  /** The stored indexes as the workers see them. */
  stored: StoredIndexes;
  content: ActiveContent;
  ports: ServicePort[];
  names: NamesIndex;
}

/**
 * A kiosk with version 1 installed, and a NamesIndex whose workers are in-process services
 * that store indexes in the kiosk's (fake) IndexedDB, as the real workers do.
 */
async function kiosk(existing?: TestDb, stored?: StoredIndexes): Promise<Kiosk> {
  const test = existing ?? createTestDb();
  if (!existing) {
    const host = new MemoryFeedHost().publish(v1);
    await syncOnce(targetTrusting([keys]), { db: test.db, fetch: host.fetch, now: () => 0 });
  }
  const workerStore = stored ?? nameIndexDb({ indexedDB: test.indexedDB, name: test.name, now: () => 5 });
  const ports: ServicePort[] = [];
  const names = new NamesIndex();
  names.connect({ db: test.db, spawn: () => ports[ports.push(servicePort(workerStore)) - 1]! });
  return { test, db: test.db, stored: workerStore, content: (await readActiveContent(test.db))!, ports, names };
}

const kinds = (port: ServicePort) => port.requests.map((request) => request.kind);
const loadedReplies = (ports: ServicePort[]) =>
  ports
    .flatMap((port) => port.replies)
    .filter((reply): reply is Extract<EngineReply, { kind: 'loaded' }> => reply.kind === 'loaded');
const measured = (name: string) => performance.getEntriesByName(name).length;

/** A disk that is full: every write of an index fails. */
const fullDisk = (test: TestDb): StoredIndexes => {
  const store = nameIndexDb({ indexedDB: test.indexedDB, name: test.name });
  return {
    read: (version) => store.read(version),
    write: async () => {
      throw new DOMException('the disk is full', 'QuotaExceededError');
    },
  };
};

describe('NamesIndex', () => {
  describe('#prepare', () => {
    it('builds the index in a worker of its own, stores it and ends that worker', async () => {
      const { stored, content, ports, names } = await kiosk();
      await names.prepare(content);
      expect(ports).toHaveLength(1);
      expect(kinds(ports[0]!)).toEqual(['build']);
      expect(ports[0]!.closed).toBe(true);
      expect((await stored.read(1))?.index.ids.sort()).toEqual(['1', '2']);
      expect(names.status).toBe('empty');
      expect(measured(MEASURE_BUILD)).toBe(1);
    });

    it('offers the index on screen to the next version’s build, which reads only the shards that changed', async () => {
      const { db, stored, content, ports, names } = await kiosk();
      await names.show(content);
      const host = new MemoryFeedHost().publish(v2);
      await syncOnce(targetTrusting([keys]), { db, fetch: host.fetch, now: () => 1 });
      const next = (await readActiveContent(db))!;
      await names.prepare(next);
      const build = ports.at(-1)!;
      expect(build.requests[0]).toMatchObject({
        kind: 'build',
        version: 2,
        reuseVersion: 1,
        shardHashes: next.namesShards.map((entry) => entry.sha256),
      });
      // Version 2 shares names shard 0 (one record) with version 1 and changes shard 1.
      expect(build.replies[0]).toMatchObject({ kind: 'built', recordCount: 2, reusedRecords: 1 });
      expect((await stored.read(2))?.shardHashes).toEqual(next.namesShards.map((entry) => entry.sha256));
    });

    it('has the search worker read the stored index when the version comes on screen', async () => {
      const { content, ports, names } = await kiosk();
      await names.prepare(content);
      await names.show(content);
      expect(names.status).toBe('ready');
      expect(ports.map(kinds)).toEqual([['build'], ['load']]);
      expect(loadedReplies(ports).map((reply) => reply.buildMs)).toEqual([null]);
    });

    it('logs an index it could not store, and the search worker builds it when the version comes on screen', async () => {
      const installed = await kiosk();
      const { content, ports, names } = await kiosk(installed.test, fullDisk(installed.test));
      await expect(names.prepare(content)).resolves.toBeUndefined();
      expect(console.error).toHaveBeenCalled();
      await names.show(content);
      expect(names.status).toBe('ready');
      expect(ports.map(kinds)).toEqual([['build'], ['load']]);
      expect(loadedReplies(ports)[0]!.buildMs).not.toBeNull();
      expect((await names.search('Сейфуллин', {}))?.rows.map((row) => row.id)).toEqual(['1']);
    });

    it('logs the store’s own code when the worker cannot keep the index', async () => {
      const installed = await kiosk();
      // A database the kiosk never created: the worker's store refuses it as 'no-database'.
      const nowhere = nameIndexDb({ indexedDB: installed.test.indexedDB, name: 'not-created' });
      const { content, names } = await kiosk(installed.test, nowhere);
      const logged: LogLine[] = [];
      configureErrorHandling({ log: async (line) => void logged.push(line) });
      try {
        await names.prepare(content);
      } finally {
        configureErrorHandling({ log: async () => {} });
      }
      expect(logged.map((line) => line.code)).toEqual(['no-database']);
    });

    it('drops the build of a version older than the one on screen', async () => {
      const { content, ports, names } = await kiosk();
      await names.show({ ...content, version: 2 });
      const searchers = ports.length;
      await names.prepare(content);
      expect(ports).toHaveLength(searchers);
    });

    it('logs a failed build and lets the version come on screen as unavailable', async () => {
      const { content, ports, names } = await kiosk();
      const broken = { ...content, namesShardBlob: async () => new Blob(['not json']) };
      await expect(names.prepare(broken)).resolves.toBeUndefined();
      expect(console.error).toHaveBeenCalled();
      await names.show(broken);
      expect(names.status).toBe('failed');
      expect(ports).toHaveLength(1);

      await names.retry(content);
      expect(names.status).toBe('ready');
    });
  });

  describe('#show', () => {
    it('loads the stored index on a cold start instead of rebuilding it', async () => {
      const first = await kiosk();
      await first.names.prepare(first.content);
      performance.clearMeasures();
      const restarted = await kiosk(first.test);
      await restarted.names.show(restarted.content);
      expect(restarted.names.status).toBe('ready');
      expect(restarted.ports.map(kinds)).toEqual([['load']]);
      expect(loadedReplies(restarted.ports).map((reply) => reply.buildMs)).toEqual([null]);
      expect(restarted.names.facets?.birthYears).toEqual({ from: 1894, to: 1894 });
      expect([measured(MEASURE_BUILD), measured(MEASURE_SHOW)]).toEqual([0, 1]);
    });

    it('has the search worker build, store and load when no index is stored', async () => {
      const { stored, content, ports, names } = await kiosk();
      const showing = names.show(content);
      expect(names.status).toBe('loading');
      await showing;
      expect(names.status).toBe('ready');
      expect(ports.map(kinds)).toEqual([['load']]);
      expect(loadedReplies(ports)[0]!.buildMs).not.toBeNull();
      expect(await stored.read(1)).not.toBeNull();
      expect([measured(MEASURE_BUILD), measured(MEASURE_SHOW)]).toEqual([1, 1]);
    });

    it('rebuilds an index stored in another format', async () => {
      const first = await kiosk();
      await first.names.prepare(first.content);
      const row = (await first.db.nameIndexes.get(1))!;
      await first.db.nameIndexes.put({
        ...row,
        format: 'eske-name-index/0',
        index: { ...row.index, format: 'x' } as unknown as NameIndex,
      });
      const restarted = await kiosk(first.test);
      await restarted.names.show(restarted.content);
      expect(restarted.names.status).toBe('ready');
      expect(restarted.ports.flatMap(kinds)).toEqual(['load']);
      expect(loadedReplies(restarted.ports)[0]!.buildMs).not.toBeNull();
      expect((await restarted.stored.read(1))?.index.format).toBe(row.index.format);
    });

    it('joins the first call for the same content', async () => {
      const { content, ports, names } = await kiosk();
      await Promise.all([names.show(content), names.show(content)]);
      expect(ports.flatMap(kinds).filter((kind) => kind === 'load')).toHaveLength(1);
    });

    it('says there is no register for content without one', async () => {
      const { content, names } = await kiosk();
      await names.show({ ...content, namesShards: [] });
      expect(names.status).toBe('empty');
    });
  });

  describe('#search and #lookup', () => {
    it('answer from the index on screen', async () => {
      const { content, names } = await kiosk();
      await names.show(content);
      const answer = await names.search('Сейфуллин', {});
      expect(answer?.rows.map((row) => [row.id, row.shard])).toEqual([['1', 0]]);
      expect((await names.lookup(content, ['2'])).map((row) => [row.id, row.shard])).toEqual([['2', 1]]);
    });

    it('answer nothing before an index is on screen', async () => {
      const { names } = await kiosk();
      expect(await names.search('Сейфуллин', {})).toBeNull();
    });

    it('turn a crashed search worker into a failure the screen offers to retry', async () => {
      const { content, ports, names } = await kiosk();
      await names.show(content);
      const searcher = ports.find((port) => kinds(port).includes('load'))!;
      const searching = names.search('Сейфуллин', {});
      searcher.crash(new Error('out of memory'));
      expect(await searching).toBeNull();
      expect(names.status).toBe('failed');
      expect(searcher.closed).toBe(true);
      await names.retry(content);
      expect(names.status).toBe('ready');
    });
  });
});
