// Everything one query word can match in the vocabulary, found once per query: exact, form,
// sound and skeleton keys by binary search, typos by the sorted-key Levenshtein walk, and
// (for the word being typed) prefixes, which are tested lazily because a one-letter prefix
// covers a fifth of the vocabulary.

import { LEVEL, maxEditsFor, type MatchLevel } from './match-levels.ts';
import type { KeyColumn, NameIndex } from './name-index.ts';
import { nearEndingStem, skeletonOf, soundOf, type NameKeys } from './name-keys.ts';
import { equalRange, fuzzySearch, prefixRange, type Range } from './sorted-keys.ts';

const EQUAL_LEVELS: [KeyColumn, MatchLevel][] = [
  ['exact', LEVEL.exact],
  ['stem', LEVEL.form],
  ['sound', LEVEL.sound],
  ['skeleton', LEVEL.skeleton],
];
const PREFIX_LEVELS: [KeyColumn, MatchLevel][] = [
  ['exact', LEVEL.exactPrefix],
  ['form', LEVEL.formPrefix],
  ['soundForm', LEVEL.soundPrefix],
];

/** A skeleton of fewer letters than this says too little to match on (Ли → "l"). */
const MIN_SKELETON = 3;

export class WordMatcher {
  readonly keys: NameKeys;
  readonly #index: NameIndex;
  /** Best level of every word matched whole (not by prefix). */
  readonly #whole = new Map<number, MatchLevel>();
  readonly #prefixRanges: { column: KeyColumn; level: MatchLevel; range: Range }[] = [];
  readonly estimatedPostings: number;
  /** The word ends in -ов, -ұлы, -овна…: a surname or patronymic, not a given name. */
  readonly hasEnding: boolean;

  constructor(index: NameIndex, keys: NameKeys, isPrefix: boolean) {
    this.#index = index;
    this.keys = keys;
    this.hasEnding = this.keys.stem.length < this.keys.form.length - 1;
    for (const [column, level] of EQUAL_LEVELS) {
      if (column === 'skeleton' && this.keys.skeleton.length < MIN_SKELETON) continue;
      const sorted = index.columns[column];
      const { start, end } = equalRange(sorted, this.keys[column]);
      for (let i = start; i < end; i++) this.#note(sorted.order[i]!, level);
    }
    // Typos on the stem's sound, and on the whole form letter by letter: a typo in the ending
    // itself (Искакво, Хамитовв, Крыов, Хаеллұлы) hides the ending from stripEnding, and
    // merged doubled letters would count one slip as two.
    for (const column of ['sound', 'form'] as const) {
      // One slip letter by letter is what the form walk is for; more is the sound walk's.
      const maxEdits = Math.min(maxEditsFor(this.keys[column].length), column === 'form' ? 1 : 2);
      if (maxEdits === 0) continue;
      fuzzySearch(index.columns[column], this.keys[column], maxEdits, (token, distance) => {
        this.#note(token, distance === 0 ? LEVEL.sound : distance === 1 ? LEVEL.typo1 : LEVEL.typo2);
      });
    }
    const slipStem = nearEndingStem(this.keys.form);
    if (slipStem !== null) this.#noteSlipStem(index, slipStem);
    let postings = 0;
    for (const token of this.#whole.keys()) postings += index.postingStart[token + 1]! - index.postingStart[token]!;
    if (isPrefix) {
      for (const [column, level] of PREFIX_LEVELS) {
        const range = prefixRange(index.columns[column], this.keys[column]);
        this.#prefixRanges.push({ column, level, range });
      }
      // The sound-prefix range holds the other two in all but rare cases: count it alone.
      postings += rangePostings(index, this.#prefixRanges[2]!.column, this.#prefixRanges[2]!.range);
    }
    this.estimatedPostings = postings;
  }

  /** A typo in the ending: the stem under it, matched by sound or skeleton, or by sound with one more slip. */
  #noteSlipStem(index: NameIndex, stem: string): void {
    const sound = soundOf(stem);
    const { start, end } = equalRange(index.columns.sound, sound);
    for (let i = start; i < end; i++) this.#note(index.columns.sound.order[i]!, LEVEL.typo1);
    const skeleton = skeletonOf(soundOf(stem, false));
    if (skeleton.length >= MIN_SKELETON) {
      const range = equalRange(index.columns.skeleton, skeleton);
      for (let i = range.start; i < range.end; i++) this.#note(index.columns.skeleton.order[i]!, LEVEL.typo2);
    }
    if (maxEditsFor(sound.length) > 0) fuzzySearch(index.columns.sound, sound, 1, (token) => this.#note(token, LEVEL.typo2));
  }

  #note(token: number, level: MatchLevel): void {
    const known = this.#whole.get(token);
    if (known === undefined || level < known) this.#whole.set(token, level);
  }

  /** The best level at which this word matches vocabulary word `token`, or -1. */
  levelOf(token: number): MatchLevel | -1 {
    let best: MatchLevel | -1 = this.#whole.get(token) ?? -1;
    for (const { column, level } of this.#prefixRanges) {
      if (best !== -1 && best <= level) break;
      if (this.#index.columns[column].keys[token]!.startsWith(this.keys[column])) {
        best = level;
        break;
      }
    }
    return best;
  }

  /** Matched vocabulary words, best first: whole matches by level, then prefix ranges in key order. */
  *candidates(): Generator<number> {
    const whole = [...this.#whole].sort((a, b) => a[1] - b[1] || a[0] - b[0]);
    for (const [token] of whole) yield token;
    // The three prefix ranges overlap; each word is given once.
    const given = new Uint8Array(this.#index.display.length);
    for (const { column, range } of this.#prefixRanges) {
      const order = this.#index.columns[column].order;
      for (let i = range.start; i < range.end; i++) {
        const token = order[i]!;
        if (given[token] || this.#whole.has(token)) continue;
        given[token] = 1;
        yield token;
      }
    }
  }
}

// Prefix sums of posting counts in each column's key order, so a prefix range's size is O(1).
const cumulative = new WeakMap<NameIndex, Partial<Record<KeyColumn, Uint32Array>>>();

function rangePostings(index: NameIndex, column: KeyColumn, range: Range): number {
  let byColumn = cumulative.get(index);
  if (!byColumn) cumulative.set(index, (byColumn = {}));
  let sums = byColumn[column];
  if (!sums) {
    const order = index.columns[column].order;
    sums = new Uint32Array(order.length + 1);
    for (let i = 0; i < order.length; i++)
      sums[i + 1] = sums[i]! + index.postingStart[order[i]! + 1]! - index.postingStart[order[i]!]!;
    byColumn[column] = sums;
  }
  return sums[range.end]! - sums[range.start]!;
}
