// Seeded pseudo-random numbers for the synthetic register: the same seed gives the same sequence
// on every machine and Node version, so a generated file is reproducible byte for byte.
// xoshiro128** is fast and well distributed in 32-bit integer arithmetic; it is not for secrets.

/** Items with precomputed cumulative weights, so each pick is one binary search. */
export interface WeightedTable<T> {
  readonly items: readonly T[];
  /** cumulative[i] is the sum of the weights of items 0..i. */
  readonly cumulative: Float64Array;
}

export function weightedTable<T>(entries: readonly (readonly [T, number])[]): WeightedTable<T> {
  if (entries.length === 0) throw new Error('weightedTable: no entries');
  const items: T[] = [];
  const cumulative = new Float64Array(entries.length);
  let total = 0;
  for (const [item, weight] of entries) {
    if (!(weight >= 0)) throw new Error(`weightedTable: weight ${weight} is not a non-negative number`);
    total += weight;
    cumulative[items.length] = total;
    items.push(item);
  }
  if (total <= 0) throw new Error('weightedTable: all weights are zero');
  return { items, cumulative };
}

/**
 * Zipf–Mandelbrot weights 1 / (rank + offset)^exponent over items listed most common first:
 * a few names take a large share and a long tail appears rarely, as in real name registers.
 * The offset flattens the head so the commonest name is not implausibly dominant.
 */
export function zipfTable<T>(itemsByRank: readonly T[], exponent: number, offset = 0): WeightedTable<T> {
  return weightedTable(itemsByRank.map((item, rank) => [item, 1 / Math.pow(rank + 1 + offset, exponent)] as const));
}

/** splitmix32, used only to spread a small seed over the 128 bits of xoshiro state. */
function splitmix32(state: number): [next: number, output: number] {
  const next = (state + 0x9e3779b9) | 0;
  let z = next;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return [next, (z ^ (z >>> 16)) >>> 0];
}

export class SeededRandom {
  #a: number;
  #b: number;
  #c: number;
  #d: number;

  /** Any safe integer; the high bits are folded in so seeds above 2^32 still differ. */
  constructor(seed: number) {
    if (!Number.isSafeInteger(seed)) throw new Error(`SeededRandom: seed ${seed} is not a safe integer`);
    const high = Math.floor(seed / 0x1_0000_0000) | 0;
    let state = (seed | 0) ^ Math.imul(high, 0x27d4eb2f);
    const words: number[] = [];
    for (let i = 0; i < 4; i++) {
      const [next, output] = splitmix32(state);
      state = next;
      words.push(output);
    }
    [this.#a, this.#b, this.#c, this.#d] = words as [number, number, number, number];
    // xoshiro must not start from the all-zero state, which it can never leave.
    if ((this.#a | this.#b | this.#c | this.#d) === 0) this.#a = 1;
  }

  /** The next 32 random bits as an unsigned integer. */
  nextUint32(): number {
    const result = Math.imul(rotateLeft(Math.imul(this.#b, 5), 7), 9) >>> 0;
    const t = this.#b << 9;
    this.#c ^= this.#a;
    this.#d ^= this.#b;
    this.#b ^= this.#c;
    this.#a ^= this.#d;
    this.#c ^= t;
    this.#d = rotateLeft(this.#d, 11);
    return result;
  }

  /** A float in [0, 1). */
  next(): number {
    return this.nextUint32() / 0x1_0000_0000;
  }

  /** An integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** True with the given probability (0 never, 1 always). */
  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('SeededRandom.pick: no items');
    return items[Math.floor(this.next() * items.length)] as T;
  }

  pickWeighted<T>(table: WeightedTable<T>): T {
    const { cumulative, items } = table;
    const target = this.next() * (cumulative[cumulative.length - 1] as number);
    let low = 0;
    let high = cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((cumulative[middle] as number) > target) high = middle;
      else low = middle + 1;
    }
    return items[low] as T;
  }
}

function rotateLeft(value: number, bits: number): number {
  return (value << bits) | (value >>> (32 - bits));
}
