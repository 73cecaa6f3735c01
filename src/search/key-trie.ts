// A sorted key column as a trie of its distinct keys, laid out in preorder typed arrays, for
// the typo walk: keys that share a prefix share the rows of the edit-distance table, a prefix
// already too far from the query skips its whole subtree in one step, and only the diagonal
// band of each row that can still hold a match is computed. Derived from the column on first
// use and kept beside it, so the stored index does not grow.

import type { SortedKeys } from './sorted-keys.ts';

interface KeyTrie {
  /** Node n's letter (UTF-16 code unit) and depth; node 0 is the root (the empty key). */
  char: Uint16Array;
  depth: Uint16Array;
  /** The node after n's subtree in preorder. */
  next: Uint32Array;
  /** order[first[n] .. last[n]) are the tokens whose key ends at node n (none when equal). */
  first: Uint32Array;
  last: Uint32Array;
}

const tries = new WeakMap<SortedKeys, KeyTrie>();

function trieOf(sorted: SortedKeys): KeyTrie {
  let trie = tries.get(sorted);
  if (!trie) tries.set(sorted, (trie = buildTrie(sorted)));
  return trie;
}

function buildTrie({ keys, order }: SortedKeys): KeyTrie {
  let letters = 0;
  for (let i = 0; i < order.length; i++) letters += keys[order[i]!]!.length;
  const capacity = letters + 1;
  const trie: KeyTrie = {
    char: new Uint16Array(capacity),
    depth: new Uint16Array(capacity),
    next: new Uint32Array(capacity),
    first: new Uint32Array(capacity),
    last: new Uint32Array(capacity),
  };
  // path[d] is the node at depth d on the way to the key just placed.
  const path: number[] = [0];
  let nodes = 1;
  let previous = '';
  for (let i = 0; i < order.length;) {
    const key = keys[order[i]!]!;
    let end = i + 1;
    while (end < order.length && keys[order[end]!] === key) end++;
    const shared = sharedPrefix(previous, key);
    for (let d = previous.length; d > shared; d--) trie.next[path[d]!] = nodes;
    for (let d = shared + 1; d <= key.length; d++) {
      trie.char[nodes] = key.charCodeAt(d - 1);
      trie.depth[nodes] = d;
      path[d] = nodes++;
    }
    const node = path[key.length]!;
    trie.first[node] = i;
    trie.last[node] = end;
    previous = key;
    i = end;
  }
  for (let d = previous.length; d >= 0; d--) trie.next[path[d]!] = nodes;
  return {
    char: trie.char.slice(0, nodes),
    depth: trie.depth.slice(0, nodes),
    next: trie.next.slice(0, nodes),
    first: trie.first.slice(0, nodes),
    last: trie.last.slice(0, nodes),
  };
}

/**
 * Calls `visit(token, distance)` for every key within `maxEdits` of `query` (Levenshtein
 * with adjacent transpositions counted as one edit).
 */
export function fuzzySearch(
  sorted: SortedKeys,
  query: string,
  maxEdits: number,
  visit: (token: number, distance: number) => void,
): void {
  const { char, depth, next, first, last } = trieOf(sorted);
  const { order } = sorted;
  const m = query.length;
  const width = m + 1;
  const tooFar = maxEdits + 1;
  const maxDepth = m + maxEdits;
  const target = new Uint16Array(width);
  for (let j = 1; j <= m; j++) target[j] = query.charCodeAt(j - 1);
  // rows[d] is the table row after the first d letters of the current path; only the band
  // |d - j| <= maxEdits is filled, with `tooFar` just outside it, which is all a cell reads.
  const rows = new Int32Array((maxDepth + 1) * width);
  for (let j = 0; j <= m; j++) rows[j] = j;
  const path = new Uint16Array(maxDepth + 1);
  if (m <= maxEdits) visitTokens(0, m);
  for (let n = 1; n < char.length;) {
    const d = depth[n]!;
    if (d > maxDepth) {
      n = next[n]!;
      continue;
    }
    const c = char[n]!;
    path[d] = c;
    const row = d * width;
    const up = row - width;
    const lo = Math.max(1, d - maxEdits);
    const hi = Math.min(m, d + maxEdits);
    rows[row + lo - 1] = lo === 1 ? d : tooFar;
    let best = d <= maxEdits ? d : tooFar;
    for (let j = lo; j <= hi; j++) {
      let value = rows[up + j - 1]! + (target[j] === c ? 0 : 1);
      const insert = rows[row + j - 1]! + 1;
      if (insert < value) value = insert;
      const remove = rows[up + j]! + 1;
      if (remove < value) value = remove;
      if (d > 1 && j > 1 && c === target[j - 1] && path[d - 1] === target[j]) {
        const swap = rows[up - width + j - 2]! + 1;
        if (swap < value) value = swap;
      }
      rows[row + j] = value;
      if (value < best) best = value;
    }
    if (hi < m) rows[row + hi + 1] = tooFar;
    if (best > maxEdits) {
      // Every key under this prefix is at least this far.
      n = next[n]!;
      continue;
    }
    if (last[n]! > first[n]! && d >= m - maxEdits) {
      const distance = rows[row + m]!;
      if (distance <= maxEdits) visitTokens(n, distance);
    }
    n++;
  }

  function visitTokens(node: number, distance: number): void {
    for (let i = first[node]!; i < last[node]!; i++) visit(order[i]!, distance);
  }
}

function sharedPrefix(a: string, b: string): number {
  const length = Math.min(a.length, b.length);
  let i = 0;
  while (i < length && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}
