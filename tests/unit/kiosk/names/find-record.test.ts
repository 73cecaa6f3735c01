import { describe, expect, it, vi } from 'vitest';
import type { NameRecord, NamesShard } from '../../../../src/feed/content-schema.ts';
import type { ObjectEntry } from '../../../../src/feed/manifest-schema.ts';
import { findRecord } from '../../../../src/kiosk/names/find-record.ts';
import type { ActiveContent } from '../../../../src/kiosk/storage/read-active-content.ts';
import type { NameRow } from '../../../../src/search/worker-protocol.ts';

const record = (id: string): NameRecord => ({ id, surname: 'Сейфуллин', givenName: 'Сәкен' });
const SHARDS: NamesShard[] = [
  { shard: 0, shardCount: 2, records: [record('a')] },
  { shard: 1, shardCount: 2, records: [record('b')] },
];

function content() {
  const namesShards = SHARDS.map((_, n) => ({ name: `names shard ${n}`, sha256: String(n) }) as ObjectEntry);
  const loadNamesShard = vi.fn(async (entry: ObjectEntry) => SHARDS[Number(entry.sha256)]!);
  return { content: { namesShards, loadNamesShard } as unknown as ActiveContent, loadNamesShard };
}

const row = (id: string, shard: number) => ({ id, shard }) as NameRow;
const noLookup = vi.fn(async () => []);

describe('findRecord', () => {
  it('reads the record from the shard its row named', async () => {
    const { content: shown, loadNamesShard } = content();
    expect(await findRecord(shown, 'b', 1, noLookup)).toEqual(record('b'));
    expect(loadNamesShard).toHaveBeenCalledTimes(1);
    expect(noLookup).not.toHaveBeenCalled();
  });

  it('asks the index for the shard when the row’s shard does not hold it', async () => {
    const { content: shown } = content();
    const lookup = vi.fn(async () => [row('b', 1)]);
    expect(await findRecord(shown, 'b', 0, lookup)).toEqual(record('b'));
    expect(await findRecord(shown, 'b', undefined, lookup)).toEqual(record('b'));
    expect(lookup).toHaveBeenCalledTimes(2);
  });

  it('is null for a record nobody knows', async () => {
    const { content: shown } = content();
    expect(await findRecord(shown, 'zz', 0, noLookup)).toBeNull();
    expect(await findRecord(shown, 'zz', 7, async () => [row('zz', 9)])).toBeNull();
  });

  it('reads a shard once while going back and forth between its records', async () => {
    const { content: shown, loadNamesShard } = content();
    await findRecord(shown, 'a', 0, noLookup);
    await findRecord(shown, 'b', 1, noLookup);
    await findRecord(shown, 'a', 0, noLookup);
    expect(loadNamesShard).toHaveBeenCalledTimes(2);
  });

  it('reads a shard again after a failed read', async () => {
    const { content: shown, loadNamesShard } = content();
    loadNamesShard.mockRejectedValueOnce(new Error('disk'));
    await expect(findRecord(shown, 'a', 0, noLookup)).rejects.toThrow('disk');
    expect(await findRecord(shown, 'a', 0, noLookup)).toEqual(record('a'));
  });
});
