import { describe, expect, it } from 'vitest';
import { fuzzySearch } from '../../../src/search/key-trie.ts';
import { sortKeys } from '../../../src/search/sorted-keys.ts';

/** Levenshtein with adjacent transpositions as one edit (optimal string alignment), cell by cell. */
function distance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}

/** Deterministic keys over a small alphabet, so that near neighbours and shared prefixes abound. */
function randomKeys(count: number, seed: number): string[] {
  let state = seed;
  const next = () => (state = (state * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
  return Array.from({ length: count }, () => {
    let key = '';
    const length = Math.floor(next() * 9);
    for (let i = 0; i < length; i++) key += 'abcdž'[Math.floor(next() * 5)];
    return key;
  });
}

function found(keys: string[], query: string, maxEdits: number): string[] {
  const hits: string[] = [];
  fuzzySearch(sortKeys(keys), query, maxEdits, (token, d) => hits.push(`${token}:${d}`));
  return hits.sort();
}

describe('fuzzySearch', () => {
  const keys = [...randomKeys(600, 7), '', 'abc', 'abc'];

  it('finds exactly the keys within the allowed edits, with their distance', () => {
    for (const query of ['', 'a', 'ab', 'abcd', 'badc', 'žžabc', 'abcdabcd', 'ddddddddddd']) {
      for (const maxEdits of [0, 1, 2, 3]) {
        const expected = keys
          .map((key, token) => ({ token, d: distance(key, query) }))
          .filter(({ d }) => d <= maxEdits)
          .map(({ token, d }) => `${token}:${d}`)
          .sort();
        expect(found(keys, query, maxEdits), `${query} within ${maxEdits}`).toEqual(expected);
      }
    }
  });

  it('counts a swap of neighbouring letters as one edit', () => {
    expect(found(['ahmet'], 'haemt', 2)).toEqual(['0:2']);
    expect(found(['ahmet'], 'ahmte', 1)).toEqual(['0:1']);
  });

  it('gives every token of a repeated key', () => {
    expect(found(['abc', 'x', 'abc'], 'abd', 1)).toEqual(['0:1', '2:1']);
  });
});
