import { describe, expect, it } from 'vitest';
import { chooseShardCount, RegisterShardCollector, shardOf } from '../../../../src/curator/build/shard-register.ts';
import type { RegisterRecord } from '../../../../src/curator/content/register-columns.ts';

function records(count: number): RegisterRecord[] {
  return Array.from({ length: count }, (_, i) => ({ id: `KZ-${i}`, surname: `S${i}`, givenName: 'G' }));
}

function shardsOf(list: RegisterRecord[], maxRecords: number) {
  const collector = new RegisterShardCollector();
  try {
    for (const record of list) collector.add(record);
    return [...collector.shards(() => [], maxRecords)].map((shard) => ({
      ...shard,
      text: new TextDecoder().decode(shard.bytes),
    }));
  } finally {
    collector.dispose();
  }
}

describe('chooseShardCount', () => {
  it('is 1 for an empty or small register', () => {
    expect(chooseShardCount([], 100)).toBe(1);
    expect(chooseShardCount([1, 2, 3], 100)).toBe(1);
  });

  it('picks a power of two that leaves shards at most about 80% full on average', () => {
    const hashes = Array.from({ length: 1000 }, (_, i) => (i * 2654435761) >>> 0);
    const count = chooseShardCount(hashes, 100);
    expect(Math.log2(count) % 1).toBe(0);
    expect(1000 / count).toBeLessThanOrEqual(80);
  });

  it('doubles while any shard would pass the limit', () => {
    // Every hash ≡ 0 (mod 16): up to 16 shards, all 50 land in shard 0; with 32, 25 in each of two.
    const hashes = Array.from({ length: 50 }, (_, i) => i * 16);
    expect(chooseShardCount(hashes, 40)).toBe(32);
  });
});

describe('RegisterShardCollector', () => {
  it('puts each record in the shard its id hashes to, within the limit', () => {
    const shards = shardsOf(records(500), 100);
    expect(shards.reduce((sum, shard) => sum + shard.records, 0)).toBe(500);
    for (const shard of shards) {
      expect(shard.records).toBeLessThanOrEqual(100);
      const parsed = JSON.parse(shard.text) as { shard: number; shardCount: number; records: RegisterRecord[] };
      expect(parsed.shardCount).toBe(shards.length);
      for (const record of parsed.records) expect(shardOf(record.id, parsed.shardCount)).toBe(parsed.shard);
    }
  });

  it('gives the same bytes whatever order the rows came in', () => {
    const list = records(300);
    const forward = shardsOf(list, 100).map((shard) => shard.text);
    const backward = shardsOf([...list].reverse(), 100).map((shard) => shard.text);
    expect(backward).toEqual(forward);
  });

  it('changes only one shard when one record changes', () => {
    const list = records(300);
    const before = shardsOf(list, 100).map((shard) => shard.text);
    list[42] = { ...list[42]!, surname: 'Edited' };
    const after = shardsOf(list, 100).map((shard) => shard.text);
    expect(after.filter((text, index) => text !== before[index])).toHaveLength(1);
  });
});
