import { describe, expect, it } from 'vitest';
import type { NameRecord } from '../../../../src/feed/content-schema.ts';
import { EngineClient, EngineError } from '../../../../src/kiosk/names/engine-client.ts';
import { servicePort } from './service-port.ts';

const records: NameRecord[] = [
  { id: 'a', surname: 'Байтұрсынов', givenName: 'Ахмет', birthYear: 1872 },
  { id: 'b', surname: 'Жансүгіров', givenName: 'Ілияс', birthYear: 1894 },
];
const SHARD = JSON.stringify({ shard: 0, shardCount: 1, records });

async function loadedClient() {
  const port = servicePort();
  const client = new EngineClient(port);
  const built = await client.build([SHARD]);
  await client.load(5, built.index, built.shardOf);
  return { port, client };
}

const errorOf = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: unknown) => error,
  );

describe('EngineClient', () => {
  describe('#build and #load', () => {
    it('builds in the worker and loads the result back into it', async () => {
      const client = new EngineClient(servicePort());
      const built = await client.build([SHARD]);
      expect(built.index.recordCount).toBe(2);
      expect(built.buildMs).toBeGreaterThanOrEqual(0);
      const loaded = await client.load(5, built.index, built.shardOf);
      expect(loaded).toMatchObject({ version: 5, recordCount: 2 });
    });

    it('moves the index’s typed arrays to the worker instead of copying them', async () => {
      const client = new EngineClient(servicePort());
      const { index, shardOf } = await client.build([SHARD]);
      await client.load(1, index, shardOf);
      expect(index.postings.byteLength).toBe(0);
      expect(shardOf.byteLength).toBe(0);
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
      const open = client.build([SHARD]);
      port.crash(new Error('out of memory'));
      const error = await errorOf(open);
      expect((error as EngineError).code).toBe('worker-failed');
    });
  });

  describe('#close', () => {
    it('ends the worker and refuses open and later requests', async () => {
      const port = servicePort();
      const client = new EngineClient(port);
      const open = client.build([SHARD]);
      client.close();
      expect(port.closed).toBe(true);
      expect(((await errorOf(open)) as EngineError).code).toBe('closed');
      expect(((await errorOf(client.search('a'))) as EngineError).code).toBe('closed');
    });
  });
});
