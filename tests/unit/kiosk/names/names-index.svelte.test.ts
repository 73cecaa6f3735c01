import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { KeyPairText } from '../../../../src/feed/ed25519.ts';
import { NamesIndex } from '../../../../src/kiosk/names/names-index.svelte.ts';
import type { EskeDb } from '../../../../src/kiosk/storage/eske-db.ts';
import { readNameIndex } from '../../../../src/kiosk/storage/name-index-store.ts';
import { readActiveContent, type ActiveContent } from '../../../../src/kiosk/storage/read-active-content.ts';
import { syncOnce } from '../../../../src/kiosk/sync/sync-once.ts';
import type { NameIndex } from '../../../../src/search/name-index.ts';
import { buildMemoryFeed, FEED_URL, MemoryFeedHost, testKeys, type MemoryFeed } from '../sync/memory-feed.ts';
import { createTestDb } from '../storage/test-db.ts';
import { servicePort, type ServicePort } from './service-port.ts';

let keys: KeyPairText;
let v1: MemoryFeed;

beforeAll(async () => {
  keys = await testKeys();
  v1 = await buildMemoryFeed({ version: 1 }, keys.privateKey);
});

beforeEach(() => {
  vi.spyOn(console, 'error').mockImplementation(() => {});
});

interface Kiosk {
  db: EskeDb;
  content: ActiveContent;
  ports: ServicePort[];
  names: NamesIndex;
}

/** A kiosk with version 1 installed, and a NamesIndex whose workers are in-process services. */
async function kiosk(db?: EskeDb): Promise<Kiosk> {
  const store = db ?? createTestDb().db;
  if (!db) {
    const host = new MemoryFeedHost().publish(v1);
    await syncOnce(
      { feedUrl: FEED_URL, trustedKeys: [keys.publicKey], exhibitId: null },
      { db: store, fetch: host.fetch, now: () => 0 },
    );
  }
  const ports: ServicePort[] = [];
  const names = new NamesIndex();
  names.connect({ db: store, now: () => 5, spawn: () => ports[ports.push(servicePort()) - 1]! });
  return { db: store, content: (await readActiveContent(store))!, ports, names };
}

const kinds = (port: ServicePort) => port.requests.map((request) => request.kind);

describe('NamesIndex', () => {
  describe('#prepare', () => {
    it('builds the index in a worker of its own, stores it and ends that worker', async () => {
      const { db, content, ports, names } = await kiosk();
      await names.prepare(content);
      expect(ports).toHaveLength(1);
      expect(kinds(ports[0]!)).toEqual(['build']);
      expect(ports[0]!.closed).toBe(true);
      expect((await readNameIndex(db, 1))?.index.ids.sort()).toEqual(['1', '2']);
      expect(names.status).toBe('empty');
    });

    it('hands the built index to the search worker when the version comes on screen', async () => {
      const { content, ports, names } = await kiosk();
      await names.prepare(content);
      await names.show(content);
      expect(names.status).toBe('ready');
      expect(ports.map(kinds)).toEqual([['build'], ['load']]);
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
      const restarted = await kiosk(first.db);
      await restarted.names.show(restarted.content);
      expect(restarted.names.status).toBe('ready');
      expect(restarted.ports.map(kinds)).toEqual([['load']]);
      expect(restarted.names.facets?.birthYears).toEqual({ from: 1894, to: 1894 });
    });

    it('builds, stores and loads when no index is stored', async () => {
      const { db, content, ports, names } = await kiosk();
      const showing = names.show(content);
      expect(names.status).toBe('loading');
      await showing;
      expect(names.status).toBe('ready');
      expect(ports.map(kinds)).toEqual([['build'], ['load']]);
      expect(await readNameIndex(db, 1)).not.toBeNull();
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
      const restarted = await kiosk(first.db);
      await restarted.names.show(restarted.content);
      expect(restarted.names.status).toBe('ready');
      expect(restarted.ports.flatMap(kinds).sort()).toEqual(['build', 'load']);
      expect((await readNameIndex(first.db, 1))?.index.format).toBe(row.index.format);
    });

    it('joins the first call for the same content', async () => {
      const { content, ports, names } = await kiosk();
      await Promise.all([names.show(content), names.show(content)]);
      expect(ports.flatMap(kinds).filter((kind) => kind === 'build')).toHaveLength(1);
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
