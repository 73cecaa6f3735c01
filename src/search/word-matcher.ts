// Everything one query word can match in the vocabulary, found once per query: exact, form,
// sound and skeleton keys by binary search, typos by the trie walk, and (for the word being
// typed) prefixes. Each matched word keeps its best level, and the words are grouped by
// level, so search can take them best first and stop when no worse level can rank.

import { fuzzySearch } from './key-trie.ts';
import { LEVEL, LEVEL_COUNT, maxEditsFor, type MatchLevel } from './match-levels.ts';
import type { KeyColumn, NameIndex } from './name-index.ts';
import { nearEndingStem, skeletonOf, soundOf, type NameKeys } from './name-keys.ts';
import { equalRange, prefixRange, type Range, type SortedKeys } from './sorted-keys.ts';

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
  /** The word ends in -ов, -ұлы, -овна…: a surname or patronymic, not a given name. */
  readonly hasEnding: boolean;
  /** Postings of every matched word: how many records this word leads to, counted with repeats. */
  readonly postingCount: number;
  /** levels[token] is the best level at which the word matches `token`, plus one; 0 where it does not. */
  readonly #levels: Uint8Array;
  readonly #touched: number[] = [];
  /** Matched tokens by level: tokens[levelStart[l] .. levelStart[l + 1]) are those at level l. */
  readonly #tokens: Uint32Array;
  readonly #levelStart = new Uint32Array(LEVEL_COUNT + 1);

  constructor(index: NameIndex, keys: NameKeys, isPrefix: boolean) {
    this.keys = keys;
    this.hasEnding = keys.stem.length < keys.form.length - 1;
    this.#levels = new Uint8Array(index.display.length);
    for (const [column, level] of EQUAL_LEVELS) {
      if (column === 'skeleton' && keys.skeleton.length < MIN_SKELETON) continue;
      this.#noteRange(index.columns[column], equalRange(index.columns[column], keys[column]), level);
    }
    // Typos on the stem's sound, and on the whole form letter by letter: a typo in the ending
    // itself (Искакво, Хамитовв, Крыов, Хаеллұлы) hides the ending from stripEnding, and
    // merged doubled letters would count one slip as two.
    for (const column of ['sound', 'form'] as const) {
      // One slip letter by letter is what the form walk is for; more is the sound walk's.
      const maxEdits = Math.min(maxEditsFor(keys[column].length), column === 'form' ? 1 : 2);
      if (maxEdits === 0) continue;
      fuzzySearch(index.columns[column], keys[column], maxEdits, (token, distance) => {
        this.#note(token, distance === 0 ? LEVEL.sound : distance === 1 ? LEVEL.typo1 : LEVEL.typo2);
      });
    }
    const slipStem = nearEndingStem(keys.form);
    if (slipStem !== null) this.#noteSlipStem(index, slipStem);
    if (isPrefix) {
      for (const [column, level] of PREFIX_LEVELS) {
        this.#noteRange(index.columns[column], prefixRange(index.columns[column], keys[column]), level);
      }
    }
    this.#tokens = new Uint32Array(this.#touched.length);
    for (const token of this.#touched) this.#levelStart[this.#levels[token]!]!++;
    for (let level = 0; level < LEVEL_COUNT; level++) this.#levelStart[level + 1]! += this.#levelStart[level]!;
    const fill = this.#levelStart.slice(0, LEVEL_COUNT);
    let postings = 0;
    for (const token of this.#touched) {
      this.#tokens[fill[this.#levels[token]! - 1]!++] = token;
      postings += index.postingStart[token + 1]! - index.postingStart[token]!;
    }
    this.postingCount = postings;
  }

  /** A typo in the ending: the stem under it, matched by sound or skeleton, or by sound with one more slip. */
  #noteSlipStem(index: NameIndex, stem: string): void {
    const sound = soundOf(stem);
    this.#noteRange(index.columns.sound, equalRange(index.columns.sound, sound), LEVEL.typo1);
    const skeleton = skeletonOf(soundOf(stem, false));
    if (skeleton.length >= MIN_SKELETON) {
      this.#noteRange(index.columns.skeleton, equalRange(index.columns.skeleton, skeleton), LEVEL.typo2);
    }
    if (maxEditsFor(sound.length) > 0) fuzzySearch(index.columns.sound, sound, 1, (token) => this.#note(token, LEVEL.typo2));
  }

  #noteRange(sorted: SortedKeys, { start, end }: Range, level: MatchLevel): void {
    for (let i = start; i < end; i++) this.#note(sorted.order[i]!, level);
  }

  #note(token: number, level: MatchLevel): void {
    const known = this.#levels[token]!;
    if (known === 0) this.#touched.push(token);
    if (known === 0 || level < known - 1) this.#levels[token] = level + 1;
  }

  /** The best level at which this word matches vocabulary word `token`, or -1. */
  levelOf(token: number): MatchLevel | -1 {
    return (this.#levels[token]! - 1) as MatchLevel | -1;
  }

  /** Every vocabulary word this word matches, best level first. */
  matched(): Uint32Array {
    return this.#tokens;
  }

  /** The vocabulary words this word matches at `level`. */
  tokensAt(level: MatchLevel): Uint32Array {
    return this.#tokens.subarray(this.#levelStart[level], this.#levelStart[level + 1]);
  }
}
