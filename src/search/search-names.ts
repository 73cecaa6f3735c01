// Answers a name query over a NameIndex: every query word is matched against the vocabulary
// (word-matcher.ts), candidate records come from the rarest word first, and each candidate is
// scored by pairing query words with its name words. Full-name matches rank above partial
// ones; ties break by surname, given name and id, so the same query always gives the same list.

import { MAX_QUERY_WORDS, queryWords } from './fold-text.ts';
import { LEVEL_SCORE, type MatchLevel } from './match-levels.ts';
import { FIELD, type FieldCode, type NameIndex } from './name-index.ts';
import { nameKeys } from './name-keys.ts';
import { WordMatcher } from './word-matcher.ts';

/** Results returned when the caller does not say. */
export const DEFAULT_LIMIT = 20;
/** Records scored per query at most: bounds a common name on a million-record register. */
export const DEFAULT_SCAN_BUDGET = 12_000;
/**
 * The budget while only one or two letters are typed: tens of thousands of names match them
 * equally, and the visitor is about to type the next letter anyway.
 */
export const SHORT_QUERY_SCAN_BUDGET = 1_500;
const SHORT_QUERY_LETTERS = 2;
/** A record with more name words than this is scored on its first ones only (a bit mask each). */
const MAX_RECORD_WORDS = 24;
/** Added when every query word found its own name word: full name above surname only. */
const FULL_MATCH_BONUS = 0.3;

/** Байтурсынов or Ospanuly typed by a visitor is a surname: a given name Оспан matches it less. */
const ENDING_ON_GIVEN_NAME_WEIGHT = 0.8;

const FIELD_WEIGHT: Record<FieldCode, number> = {
  [FIELD.surname]: 1,
  [FIELD.givenName]: 1,
  [FIELD.patronymic]: 0.85,
  [FIELD.variant]: 0.97,
};

export interface SearchFilters {
  birthYearFrom?: number | undefined;
  birthYearTo?: number | undefined;
  /** A value of `index.places`. */
  place?: string | undefined;
  /** A value of `index.fates`. */
  fate?: string | undefined;
}

export interface SearchOptions {
  limit?: number;
  /** Treat the last word as still being typed (the kiosk while typing, and the CLI). */
  prefix?: boolean;
  filters?: SearchFilters;
  scanBudget?: number;
}

export interface WordMatch {
  /** Which query word. */
  queryWord: number;
  /** Which vocabulary word of the record it matched, and in which field. */
  word: number;
  field: FieldCode;
  level: MatchLevel;
}

export interface SearchHit {
  record: number;
  id: string;
  /** 0..1: 1 is every word matched exactly. */
  score: number;
  matches: WordMatch[];
}

export interface SearchResult {
  hits: SearchHit[];
  /** Records that match; a lower bound when `complete` is false (the scan budget ran out). */
  total: number;
  complete: boolean;
}

export function searchNames(index: NameIndex, query: string, options: SearchOptions = {}): SearchResult {
  // A word of letters that are no sound (ъ, ь) would match every name as a prefix.
  const words = queryWords(query)
    .map(nameKeys)
    .filter((keys) => keys.form !== '');
  if (words.length === 0) return { hits: [], total: 0, complete: true };
  const prefix = options.prefix ?? true;
  // A one-letter word is an initial (А. Байтурсынов) wherever it stands.
  const matchers = words.map(
    (keys, i) => new WordMatcher(index, keys, (prefix && i === words.length - 1) || keys.exact.length === 1),
  );
  const accept = recordFilter(index, options.filters);
  const limit = Math.max(1, options.limit ?? DEFAULT_LIMIT);
  const letters = words.reduce((sum, keys) => sum + keys.exact.length, 0);
  const budget = options.scanBudget ?? (letters <= SHORT_QUERY_LETTERS ? SHORT_QUERY_SCAN_BUDGET : DEFAULT_SCAN_BUDGET);
  const maxScore = words.length + (words.length > 1 ? FULL_MATCH_BONUS : 0);

  const byRarity = [...matchers].sort((a, b) => a.estimatedPostings - b.estimatedPostings);
  const driver = byRarity[0]!;
  // Which other words each record holds, one bit per word: full matches are then found among
  // the rarest word's records without scoring the rest (the Ахмет of "Ахмет Байтур" holds
  // tens of thousands of records on a large register).
  const holds = new Uint8Array(index.recordCount);
  let required = 0;
  byRarity.slice(1).forEach((matcher, i) => {
    if (matcher.estimatedPostings > MASK_MAX_POSTINGS) return;
    const bit = 1 << i;
    required |= bit;
    forEachRecord(index, matcher, (record) => {
      holds[record]! |= bit;
      return true;
    });
  });

  const top: Ranked[] = [];
  let scanned = 0;
  let total = 0;
  let complete = true;
  const score = (record: number): boolean => {
    holds[record] = SEEN;
    if (!accept(record)) return true;
    if (++scanned > budget) return false;
    total++;
    insertTop(index, top, { record, score: scoreRecord(index, matchers, record, maxScore) }, limit);
    return true;
  };
  // Full-name candidates first, then, while the top list has room, records holding some words.
  complete = forEachRecord(
    index,
    driver,
    (record) => (holds[record]! & required) !== required || holds[record] === SEEN || score(record),
  );
  const partialCeiling = (words.length - 1) / maxScore;
  for (const matcher of byRarity) {
    if (!complete || (top.length === limit && top[limit - 1]!.score > partialCeiling)) break;
    complete = forEachRecord(index, matcher, (record) => holds[record] === SEEN || score(record));
  }
  if (!complete) total = Math.max(total, driver.estimatedPostings);
  const hits = top.map(({ record, score }) => {
    const matches: WordMatch[] = [];
    scoreRecord(index, matchers, record, maxScore, matches);
    return { record, id: index.ids[record]!, score, matches };
  });
  return { hits, total, complete };
}

// Scratch for pairing query words with a record's words; one query runs at a time per thread.
const cellValue = new Float64Array(MAX_QUERY_WORDS * MAX_RECORD_WORDS);
const cellLevel = new Int8Array(MAX_QUERY_WORDS * MAX_RECORD_WORDS);

/**
 * Pairs query words with name words greedily by best value, each name word serving one query
 * word, and returns the record's score. With `matches`, also says which pairs were made.
 */
/** Marks a record as scored in `holds`; word bits never reach it (at most 5 words besides the driver). */
const SEEN = 0x80;
/** A word with more records than this is not pre-marked: marking would cost more than it saves. */
const MASK_MAX_POSTINGS = 300_000;

/** Calls `visit` for every record of every candidate word, best words first, until it returns false. */
function forEachRecord(index: NameIndex, matcher: WordMatcher, visit: (record: number) => boolean): boolean {
  for (const token of matcher.candidates()) {
    for (let p = index.postingStart[token]!; p < index.postingStart[token + 1]!; p++) {
      if (!visit(index.postings[p]!)) return false;
    }
  }
  return true;
}

function scoreRecord(index: NameIndex, matchers: WordMatcher[], record: number, maxScore: number, matches?: WordMatch[]): number {
  const start = index.recordStart[record]!;
  const count = Math.min(index.recordStart[record + 1]! - start, MAX_RECORD_WORDS);
  const words = matchers.length;
  for (let q = 0; q < words; q++) {
    const matcher = matchers[q]!;
    for (let i = 0; i < count; i++) {
      const level = matcher.levelOf(index.recordWords[start + i]!);
      const cell = q * MAX_RECORD_WORDS + i;
      cellLevel[cell] = level;
      const field = index.recordFields[start + i] as FieldCode;
      const weight = field === FIELD.givenName && matcher.hasEnding ? ENDING_ON_GIVEN_NAME_WEIGHT : FIELD_WEIGHT[field];
      cellValue[cell] = level === -1 ? 0 : LEVEL_SCORE[level] * weight;
    }
  }
  let usedWords = 0;
  let usedPositions = 0;
  let sum = 0;
  let paired = 0;
  for (let round = 0; round < words; round++) {
    let best = 0;
    let bestCell = -1;
    for (let q = 0; q < words; q++) {
      if (usedWords & (1 << q)) continue;
      for (let i = 0; i < count; i++) {
        const value = cellValue[q * MAX_RECORD_WORDS + i]!;
        if (value > best && !(usedPositions & (1 << i))) {
          best = value;
          bestCell = q * MAX_RECORD_WORDS + i;
        }
      }
    }
    if (bestCell === -1) break;
    const q = Math.floor(bestCell / MAX_RECORD_WORDS);
    const i = bestCell % MAX_RECORD_WORDS;
    usedWords |= 1 << q;
    usedPositions |= 1 << i;
    sum += best;
    paired++;
    matches?.push({
      queryWord: q,
      word: index.recordWords[start + i]!,
      field: index.recordFields[start + i] as FieldCode,
      level: cellLevel[bestCell] as MatchLevel,
    });
  }
  if (words > 1 && paired === words) sum += FULL_MATCH_BONUS;
  return sum / maxScore;
}

interface Ranked {
  record: number;
  score: number;
}

function insertTop(index: NameIndex, top: Ranked[], candidate: Ranked, limit: number): void {
  if (top.length === limit) {
    const last = top[limit - 1]!;
    if (candidate.score < last.score || (candidate.score === last.score && compareRanked(index, candidate, last) >= 0)) return;
  }
  let at = top.length;
  while (at > 0 && compareRanked(index, candidate, top[at - 1]!) < 0) at--;
  top.splice(at, 0, candidate);
  if (top.length > limit) top.pop();
}

/**
 * Equal scores: the more common surname first (of names that match a half-typed word equally,
 * the common ones are the likelier), then surname, given name and id in order.
 */
function compareRanked(index: NameIndex, a: Ranked, b: Ranked): number {
  if (a.score !== b.score) return b.score - a.score;
  const surnameA = firstWordOf(index, a.record, FIELD.surname);
  const surnameB = firstWordOf(index, b.record, FIELD.surname);
  if (surnameA !== surnameB) {
    const common = recordsOf(index, surnameB) - recordsOf(index, surnameA);
    if (common !== 0) return common;
  }
  for (const field of [FIELD.surname, FIELD.givenName]) {
    const order = compareText(
      wordText(index, firstWordOf(index, a.record, field)),
      wordText(index, firstWordOf(index, b.record, field)),
    );
    if (order !== 0) return order;
  }
  return compareText(index.ids[a.record]!, index.ids[b.record]!);
}

/** The record's first word in `field`, or -1. */
function firstWordOf(index: NameIndex, record: number, field: FieldCode): number {
  for (let p = index.recordStart[record]!; p < index.recordStart[record + 1]!; p++) {
    if (index.recordFields[p] === field) return index.recordWords[p]!;
  }
  return -1;
}

function recordsOf(index: NameIndex, word: number): number {
  return word === -1 ? 0 : index.postingStart[word + 1]! - index.postingStart[word]!;
}

function wordText(index: NameIndex, word: number): string {
  return word === -1 ? '' : index.columns.exact.keys[word]!;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function recordFilter(index: NameIndex, filters: SearchFilters | undefined): (record: number) => boolean {
  if (!filters) return () => true;
  const from = filters.birthYearFrom;
  const to = filters.birthYearTo;
  const place = filters.place === undefined ? undefined : index.places.indexOf(filters.place);
  const fate = filters.fate === undefined ? undefined : index.fates.indexOf(filters.fate);
  return (record) => {
    const year = index.birthYear[record]!;
    if (from !== undefined && (year === 0 || year < from)) return false;
    if (to !== undefined && (year === 0 || year > to)) return false;
    if (place !== undefined && index.place[record] !== place) return false;
    if (fate !== undefined && index.fate[record] !== fate) return false;
    return true;
  };
}
