import { describe, expect, it } from 'vitest';
import { SeededRandom, weightedTable, zipfTable } from '../../../src/synthetic-register/seeded-random.ts';

function draws(seed: number, count: number): number[] {
  const random = new SeededRandom(seed);
  return Array.from({ length: count }, () => random.nextUint32());
}

describe('SeededRandom', () => {
  it('gives the same sequence for the same seed', () => {
    expect(draws(42, 100)).toEqual(draws(42, 100));
  });

  it('gives different sequences for different seeds, including seeds above 2^32', () => {
    expect(draws(1, 20)).not.toEqual(draws(2, 20));
    expect(draws(0, 20)).not.toEqual(draws(2 ** 32, 20));
  });

  it('keeps int() within both bounds and reaches each of them', () => {
    const random = new SeededRandom(7);
    const seen = new Set<number>();
    for (let i = 0; i < 2_000; i++) seen.add(random.int(3, 9));
    expect([...seen].sort()).toEqual([3, 4, 5, 6, 7, 8, 9]);
  });

  it('keeps next() in [0, 1)', () => {
    const random = new SeededRandom(3);
    for (let i = 0; i < 10_000; i++) {
      const value = random.next();
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThan(1);
    }
  });

  it('refuses a seed that is not a safe integer', () => {
    expect(() => new SeededRandom(1.5)).toThrow();
    expect(() => new SeededRandom(2 ** 60)).toThrow();
  });
});

describe('pickWeighted', () => {
  it('never picks an item of weight zero and follows the weights', () => {
    const random = new SeededRandom(11);
    const table = weightedTable([
      ['never', 0],
      ['rare', 1],
      ['common', 9],
    ] as const);
    const counts = { never: 0, rare: 0, common: 0 };
    for (let i = 0; i < 10_000; i++) counts[random.pickWeighted(table)]++;
    expect(counts.never).toBe(0);
    expect(counts.common / counts.rare).toBeGreaterThan(6);
    expect(counts.common / counts.rare).toBeLessThan(13);
  });
});

describe('zipfTable', () => {
  it('makes the first item the most likely and still draws from the tail', () => {
    const items = Array.from({ length: 1_000 }, (_, i) => i);
    const table = zipfTable(items, 1, 0);
    const random = new SeededRandom(5);
    const counts = new Map<number, number>();
    for (let i = 0; i < 50_000; i++) {
      const item = random.pickWeighted(table);
      counts.set(item, (counts.get(item) ?? 0) + 1);
    }
    const first = counts.get(0) ?? 0;
    expect(Math.max(...counts.values())).toBe(first);
    expect([...counts.keys()].filter((item) => item >= 500).length).toBeGreaterThan(300);
  });
});
