import { afterEach, describe, expect, it, vi } from 'vitest';
import type { NameRecord } from '../../../../src/feed/content-schema.ts';
import { EngineClient, EngineError, IndexStoreError } from '../../../../src/kiosk/names/engine-client.ts';
import { NameIndexDbError } from '../../../../src/kiosk/storage/name-index-idb.ts';
import { servicePort } from './service-port.ts';

const records: NameRecord[] = [
  { id: 'a', surname: 'Байтұрсынов', givenName: 'Ахмет', birthYear: 1872 },
  { id: 'b', surname: 'Жансүгіров', givenName: 'Ілияс', birthYear: 1894 },
];
const SHARD = JSON.stringify({ shard: 0, shardCount: 1, records });

async function loadedClient() {
  const port = servicePort();
  const client = new EngineClient(port);
  await client.load(5, [SHARD]);
  return { port, client };
}

const errorOf = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: unknown) => error,
  );

afterEach(() => {
  vi.restoreAllMocks();
});

describe('EngineClient', () => {
  describe('#build and #load', () => {
    it('builds in the worker and reports how it went', async () => {
      // The worker times the build with two clock reads: 250 ms apart.
      vi.spyOn(performance, 'now').mockReturnValueOnce(1_000).mockReturnValueOnce(1_250);
      const client = new EngineClient(servicePort());
      const built = await client.build(5, [SHARD]);
      expect(built).toEqual({ version: 5, recordCount: records.length, buildMs: 250, reusedRecords: 0, storeProblem: null });
    });

    it('turns a store problem back into an IndexStoreError with the store’s code', async () => {
      const client = new EngineClient(
        servicePort({
          read: async () => null,
          write: async () => {
            throw new NameIndexDbError('busy', 'database "eske" did not open within 5000 ms');
          },
        }),
      );
      const { storeProblem } = await client.build(5, [SHARD]);
      expect(storeProblem).toBeInstanceOf(IndexStoreError);
      expect(storeProblem?.code).toBe('busy');
    });

    it('loads a version in the worker, built there when it has none stored', async () => {
      const client = new EngineClient(servicePort());
      const loaded = await client.load(5, [SHARD]);
      expect(loaded).toMatchObject({ version: 5, recordCount: records.length, storeProblem: null });
      expect(loaded.buildMs).not.toBeNull();
      expect(loaded.facets.birthYears).toEqual({ from: 1872, to: 1894 });
    });

    it('sends version numbers and shards, never an index', async () => {
      const port = servicePort();
      const client = new EngineClient(port);
      const shard = new Blob([SHARD]);
      await client.build(5, [shard]);
      await client.load(5, [shard]);
      expect(port.requests.map((request) => Object.keys(request).sort())).toEqual([
        ['id', 'kind', 'shards', 'version'],
        ['id', 'kind', 'shards', 'version'],
      ]);
    });
  });

  describe('#search', () => {
    it('answers with rows of the loaded version', async () => {
      const { client } = await loadedClient();
      const answer = await client.search('Жансүгіров');
      expect(answer).toMatchObject({ version: 5, total: 1 });
      expect(answer!.rows.map((row) => row.id)).toEqual(['b']);
    });

    it('drops an answer that a newer search overtook', async () => {
      const { client } = await loadedClient();
      const older = client.search('Ж');
      const newer = client.search('Жан');
      expect(await older).toBeNull();
      expect((await newer)!.rows.map((row) => row.id)).toEqual(['b']);
    });

    it('rejects with the worker’s code when it cannot answer', async () => {
      const client = new EngineClient(servicePort());
      const error = await errorOf(client.search('Ахмет'));
      expect(error).toBeInstanceOf(EngineError);
      expect((error as EngineError).code).toBe('no-index');
    });
  });

  describe('#lookup', () => {
    it('gives rows by id with their version', async () => {
      const { client } = await loadedClient();
      expect(await client.lookup(['a'])).toMatchObject({ version: 5, rows: [{ id: 'a', shard: 0, birthYear: 1872 }] });
    });
  });

  describe('when the worker fails', () => {
    it('rejects every open request with worker-failed', async () => {
      const port = servicePort();
      const client = new EngineClient(port);
      const open = client.build(1, [SHARD]);
      port.crash(new Error('out of memory'));
      const error = await errorOf(open);
      expect((error as EngineError).code).toBe('worker-failed');
    });
  });

  describe('#close', () => {
    it('ends the worker and refuses open and later requests', async () => {
      const port = servicePort();
      const client = new EngineClient(port);
      const open = client.build(1, [SHARD]);
      client.close();
      expect(port.closed).toBe(true);
      expect(((await errorOf(open)) as EngineError).code).toBe('closed');
      expect(((await errorOf(client.search('a'))) as EngineError).code).toBe('closed');
    });
  });
});
