// The name index: a vocabulary of distinct name words with their keys (see name-keys.ts), each
// key column sorted for lookup, postings from word to records, and per record its words and
// the few fields that filters and result rows need. Everything is typed arrays and string
// arrays, so it is compact, clones to a Web Worker, and stores in IndexedDB as it is.

import { capitalize, nameWords } from './fold-text.ts';
import { nameKeys, type NameKeys } from './name-keys.ts';
import { compareText, sortKeys, type SortedKeys } from './sorted-keys.ts';

/** Bumped whenever the layout or the keys change; an index of another version is rebuilt. */
export const NAME_INDEX_FORMAT = 'eske-name-index/2';

export const FIELD = { surname: 0, givenName: 1, patronymic: 2, variant: 3 } as const;
export type FieldCode = (typeof FIELD)[keyof typeof FIELD];

/** What the engine needs of a register record. */
export interface SearchableRecord {
  id: string;
  surname: string;
  givenName: string;
  patronymic?: string | undefined;
  nameVariants?: readonly string[] | undefined;
  birthYear?: number | undefined;
  deathYear?: number | undefined;
  birthPlace?: string | undefined;
  fate?: string | undefined;
}

export const KEY_COLUMNS = ['exact', 'stem', 'sound', 'skeleton', 'form', 'soundForm'] as const;
export type KeyColumn = (typeof KEY_COLUMNS)[number];

export interface NameIndex {
  format: typeof NAME_INDEX_FORMAT;
  recordCount: number;
  /** Record ids. Records are numbered in search's tie-break order (see NameIndexBuilder). */
  ids: string[];
  /** Each word as first written in the register, for result rows. */
  display: string[];
  columns: Record<KeyColumn, SortedKeys>;
  /** postings[postingStart[t] .. postingStart[t+1]) are the records holding word t. */
  postingStart: Uint32Array;
  postings: Uint32Array;
  /** recordWords[recordStart[r] .. recordStart[r+1]) are record r's words, with their fields. */
  recordStart: Uint32Array;
  recordWords: Uint32Array;
  recordFields: Uint8Array;
  /** 0 where unknown. */
  birthYear: Int16Array;
  deathYear: Int16Array;
  /** Index into `places`/`fates`, -1 where unknown. */
  place: Int32Array;
  fate: Int32Array;
  places: string[];
  fates: string[];
}

/** Collects records, then lays out the index in one pass. */
export class NameIndexBuilder {
  readonly #wordIds = new Map<string, number>();
  readonly #display: string[] = [];
  readonly #ids: string[] = [];
  readonly #words: number[] = [];
  readonly #fields: number[] = [];
  readonly #recordStart: number[] = [0];
  readonly #birthYear: number[] = [];
  readonly #deathYear: number[] = [];
  readonly #place: number[] = [];
  readonly #fate: number[] = [];
  readonly #places = new Dictionary();
  readonly #fates = new Dictionary();
  #reuse: Reuse | null = null;

  add(record: SearchableRecord): void {
    this.#ids.push(record.id);
    const seen = new Set<number>();
    const addText = (text: string | undefined, field: FieldCode) => {
      if (!text) return;
      for (const word of nameWords(text)) {
        const id = this.#wordId(word, () => displayForm(word, text));
        if (seen.has(id)) continue;
        seen.add(id);
        this.#words.push(id);
        this.#fields.push(field);
      }
    };
    addText(record.surname, FIELD.surname);
    addText(record.givenName, FIELD.givenName);
    addText(record.patronymic, FIELD.patronymic);
    for (const variant of record.nameVariants ?? []) addText(variant, FIELD.variant);
    this.#endRecord(
      record.birthYear ?? 0,
      record.deathYear ?? 0,
      this.#places.id(record.birthPlace),
      this.#fates.id(record.fate),
    );
  }

  /**
   * Adds record `record` of an index this code built before, as `add` added it then: its words
   * come folded from that index, so the register shard it came from need not be read again. A
   * word keeps the capitals it was first seen with there (see docs/design.md §7, on rebuilding
   * only changed shards).
   */
  addFromIndex(previous: NameIndex, record: number): void {
    const reuse = this.#reuseOf(previous);
    this.#ids.push(previous.ids[record]!);
    for (let p = previous.recordStart[record]!; p < previous.recordStart[record + 1]!; p++) {
      const token = previous.recordWords[p]!;
      let id = reuse.words[token]!;
      // Mapped at the word's first use, so new words are numbered in the order add() would number them.
      if (id === -1) id = reuse.words[token] = this.#wordId(previous.columns.exact.keys[token]!, () => previous.display[token]!);
      this.#words.push(id);
      this.#fields.push(previous.recordFields[p]!);
    }
    const mapped = (ids: Int32Array, at: number, values: readonly string[], into: Dictionary) =>
      at === -1 ? -1 : ids[at] !== -1 ? ids[at]! : (ids[at] = into.id(values[at]));
    this.#endRecord(
      previous.birthYear[record]!,
      previous.deathYear[record]!,
      mapped(reuse.places, previous.place[record]!, previous.places, this.#places),
      mapped(reuse.fates, previous.fate[record]!, previous.fates, this.#fates),
    );
  }

  /** The earlier index's word, place and fate numbers mapped to this builder's, -1 until first used. */
  #reuseOf(previous: NameIndex): Reuse {
    if (this.#reuse?.from !== previous) {
      const unmapped = (length: number) => new Int32Array(length).fill(-1);
      this.#reuse = {
        from: previous,
        words: unmapped(previous.display.length),
        places: unmapped(previous.places.length),
        fates: unmapped(previous.fates.length),
      };
    }
    return this.#reuse;
  }

  #endRecord(birthYear: number, deathYear: number, place: number, fate: number): void {
    this.#recordStart.push(this.#words.length);
    this.#birthYear.push(birthYear);
    this.#deathYear.push(deathYear);
    this.#place.push(place);
    this.#fate.push(fate);
  }

  #wordId(word: string, display: () => string): number {
    let id = this.#wordIds.get(word);
    if (id === undefined) {
      id = this.#display.length;
      this.#wordIds.set(word, id);
      this.#display.push(display());
    }
    return id;
  }

  /** The index, and for each of its records the position at which it was added. */
  build(): BuiltNameIndex {
    const wordCount = this.#display.length;
    const keys = Object.fromEntries(KEY_COLUMNS.map((column) => [column, new Array<string>(wordCount)])) as Record<
      KeyColumn,
      string[]
    >;
    let wordIndex = 0;
    for (const word of this.#wordIds.keys()) {
      const wordKeys: NameKeys = nameKeys(word);
      for (const column of KEY_COLUMNS) keys[column][wordIndex] = wordKeys[column];
      wordIndex++;
    }
    const columns = Object.fromEntries(KEY_COLUMNS.map((column) => [column, sortKeys(keys[column])])) as Record<
      KeyColumn,
      SortedKeys
    >;
    const inputOrder = this.#rankOrder(columns.exact);
    const recordCount = inputOrder.length;
    const recordStart = new Uint32Array(recordCount + 1);
    const recordWords = new Uint32Array(this.#words.length);
    const recordFields = new Uint8Array(this.#words.length);
    for (let r = 0; r < recordCount; r++) {
      const from = this.#recordStart[inputOrder[r]!]!;
      const to = this.#recordStart[inputOrder[r]! + 1]!;
      for (let p = from; p < to; p++) {
        recordWords[recordStart[r]! + p - from] = this.#words[p]!;
        recordFields[recordStart[r]! + p - from] = this.#fields[p]!;
      }
      recordStart[r + 1] = recordStart[r]! + to - from;
    }
    const postingStart = new Uint32Array(wordCount + 1);
    for (const word of recordWords) postingStart[word + 1]!++;
    for (let t = 0; t < wordCount; t++) postingStart[t + 1]! += postingStart[t]!;
    const postings = new Uint32Array(recordWords.length);
    const fill = postingStart.slice(0, wordCount);
    for (let r = 0; r < recordCount; r++) {
      for (let p = recordStart[r]!; p < recordStart[r + 1]!; p++) postings[fill[recordWords[p]!]!++] = r;
    }
    const inRankOrder = <T>(values: readonly T[]): T[] => Array.from(inputOrder, (input) => values[input]!);
    const index: NameIndex = {
      format: NAME_INDEX_FORMAT,
      recordCount,
      ids: inRankOrder(this.#ids),
      display: this.#display,
      columns,
      postingStart,
      postings,
      recordStart,
      recordWords,
      recordFields,
      birthYear: Int16Array.from(inRankOrder(this.#birthYear)),
      deathYear: Int16Array.from(inRankOrder(this.#deathYear)),
      place: Int32Array.from(inRankOrder(this.#place)),
      fate: Int32Array.from(inRankOrder(this.#fate)),
      places: this.#places.values,
      fates: this.#fates.values,
    };
    return { index, inputOrder };
  }

  /**
   * Records in the order search breaks ties in: the more common surname first (of names that
   * match a half-typed word equally, the common ones are the likelier), then surname, given
   * name and id. Numbering records so lets a search stop reading a word's records as soon as
   * the rest cannot rank.
   */
  #rankOrder(exact: SortedKeys): Uint32Array {
    const recordCount = this.#ids.length;
    const frequency = new Uint32Array(this.#display.length);
    for (const word of this.#words) frequency[word]!++;
    const alphabetical = new Uint32Array(this.#display.length);
    exact.order.forEach((token, position) => (alphabetical[token] = position));
    const surnameFrequency = new Uint32Array(recordCount);
    const surnameRank = new Uint32Array(recordCount);
    const givenRank = new Uint32Array(recordCount);
    for (let r = 0; r < recordCount; r++) {
      const surname = this.#firstWord(r, FIELD.surname);
      const given = this.#firstWord(r, FIELD.givenName);
      // A missing word sorts first, as an empty text would.
      if (surname !== -1) {
        surnameFrequency[r] = frequency[surname]!;
        surnameRank[r] = alphabetical[surname]! + 1;
      }
      if (given !== -1) givenRank[r] = alphabetical[given]! + 1;
    }
    const ids = this.#ids;
    return Uint32Array.from(ids.keys()).sort(
      (a, b) =>
        surnameFrequency[b]! - surnameFrequency[a]! ||
        surnameRank[a]! - surnameRank[b]! ||
        givenRank[a]! - givenRank[b]! ||
        compareText(ids[a]!, ids[b]!) ||
        a - b,
    );
  }

  #firstWord(record: number, field: FieldCode): number {
    for (let p = this.#recordStart[record]!; p < this.#recordStart[record + 1]!; p++) {
      if (this.#fields[p] === field) return this.#words[p]!;
    }
    return -1;
  }
}

interface Reuse {
  from: NameIndex;
  words: Int32Array;
  places: Int32Array;
  fates: Int32Array;
}

export interface BuiltNameIndex {
  index: NameIndex;
  /** inputOrder[record] is the position at which the record was added (records are numbered by rank). */
  inputOrder: Uint32Array;
}

export function buildNameIndex(records: Iterable<SearchableRecord>): NameIndex {
  const builder = new NameIndexBuilder();
  for (const record of records) builder.add(record);
  return builder.build().index;
}

/** The word with the capitals the register gave it, where the source still shows them. */
function displayForm(word: string, source: string): string {
  const original = source.normalize('NFKC');
  const at = original.toLowerCase().replace(/ё/g, 'е').indexOf(word);
  if (at >= 0) return original.slice(at, at + word.length);
  return capitalize(word);
}

class Dictionary {
  readonly values: string[] = [];
  readonly #ids = new Map<string, number>();
  id(value: string | undefined): number {
    if (!value) return -1;
    let id = this.#ids.get(value);
    if (id === undefined) {
      id = this.values.length;
      this.values.push(value);
      this.#ids.set(value, id);
    }
    return id;
  }
}
