// A vocabulary key column sorted once at build time and searched by binary search (equal and
// prefix ranges); key-trie.ts walks it for typos. No per-key objects, so a million-name
// register costs a few typed arrays.

export interface SortedKeys {
  /** keys[token] */
  keys: readonly string[];
  /** Token numbers in key order. */
  order: Uint32Array;
}

export function sortKeys(keys: readonly string[]): SortedKeys {
  const order = Uint32Array.from(keys.keys());
  order.sort((a, b) => compareText(keys[a]!, keys[b]!) || a - b);
  return { keys, order };
}

/** Code-unit order, the same in every engine and locale: what every key and tie-break sorts by. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** First position in `order` whose key is not below `value`. */
function lowerBound(sorted: SortedKeys, value: string, from = 0): number {
  let lo = from;
  let hi = sorted.order.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted.keys[sorted.order[mid]!]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export interface Range {
  start: number;
  end: number;
}

export function equalRange(sorted: SortedKeys, value: string): Range {
  const start = lowerBound(sorted, value);
  let end = start;
  while (end < sorted.order.length && sorted.keys[sorted.order[end]!] === value) end++;
  return { start, end };
}

/** Positions of every key that starts with `prefix` (keys equal to it included). */
export function prefixRange(sorted: SortedKeys, prefix: string, from = 0): Range {
  const start = lowerBound(sorted, prefix, from);
  // U+FFFF sorts after every character a key can hold.
  return { start, end: lowerBound(sorted, prefix + '\uffff', start) };
}
