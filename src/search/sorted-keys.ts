// A vocabulary key column sorted once at build time, searched by binary search (equal and
// prefix ranges) and by a Levenshtein walk that treats the sorted list as a trie: keys that
// share a prefix share the rows of the edit-distance table, and a prefix already too far
// from the query skips every key under it. No per-key objects, so a million-name register
// costs a few typed arrays.

export interface SortedKeys {
  /** keys[token] */
  keys: readonly string[];
  /** Token numbers in key order. */
  order: Uint32Array;
}

export function sortKeys(keys: readonly string[]): SortedKeys {
  const order = Uint32Array.from(keys.keys());
  order.sort((a, b) => compare(keys[a]!, keys[b]!) || a - b);
  return { keys, order };
}

function compare(a: string, b: string): number {
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
  const width = query.length + 1;
  const maxDepth = query.length + maxEdits + 1;
  // rows[d] holds the table row after the first d characters of the current key.
  const rows = new Int32Array((maxDepth + 1) * width);
  for (let j = 0; j < width; j++) rows[j] = j;
  let previous = '';
  let validDepth = 0;
  const { keys, order } = sorted;
  for (let i = 0; i < order.length; i++) {
    const token = order[i]!;
    const key = keys[token]!;
    let depth = Math.min(sharedPrefix(previous, key), validDepth);
    let pruned = false;
    while (depth < key.length && depth < maxDepth) {
      depth++;
      const row = depth * width;
      const up = row - width;
      const char = key.charCodeAt(depth - 1);
      rows[row] = depth;
      let best = depth;
      for (let j = 1; j < width; j++) {
        const cost = query.charCodeAt(j - 1) === char ? 0 : 1;
        let value = Math.min(rows[up + j]! + 1, rows[row + j - 1]! + 1, rows[up + j - 1]! + cost);
        if (depth > 1 && j > 1 && char === query.charCodeAt(j - 2) && key.charCodeAt(depth - 2) === query.charCodeAt(j - 1)) {
          value = Math.min(value, rows[up - width + j - 2]! + 1);
        }
        rows[row + j] = value;
        if (value < best) best = value;
      }
      if (best > maxEdits) {
        // Every key under this prefix is at least this far: jump past all of them.
        i = endOfPrefix(sorted, i, key, depth) - 1;
        pruned = true;
        depth--;
        break;
      }
    }
    validDepth = depth;
    previous = key;
    if (pruned || depth < key.length) continue;
    const distance = rows[key.length * width + query.length]!;
    if (distance <= maxEdits) visit(token, distance);
  }
}

/**
 * The first position after `from` whose key does not share the first `depth` characters of
 * `key`. Galloping, because most groups skipped during a fuzzy walk hold a few keys only.
 */
function endOfPrefix(sorted: SortedKeys, from: number, key: string, depth: number): number {
  const { keys, order } = sorted;
  const shares = (position: number) => {
    const other = keys[order[position]!]!;
    return other.length >= depth && sharedPrefix(key, other) >= depth;
  };
  let low = from;
  let step = 1;
  while (from + step < order.length && shares(from + step)) {
    low = from + step;
    step *= 2;
  }
  let high = Math.min(from + step, order.length);
  while (low + 1 < high) {
    const mid = (low + high) >>> 1;
    if (shares(mid)) low = mid;
    else high = mid;
  }
  return low + 1;
}

function sharedPrefix(a: string, b: string): number {
  const length = Math.min(a.length, b.length);
  let i = 0;
  while (i < length && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}
