// Answers a name query over a NameIndex: every query word is matched against the vocabulary
// (word-matcher.ts), candidate records come from the rarest word first, and each candidate is
// scored by pairing query words with its name words. Full-name matches rank above partial
// ones; ties break by surname, given name and id, so the same query always gives the same list.

import { queryWords } from './fold-text.ts';
import { LEVEL_SCORE, type MatchLevel } from './match-levels.ts';
import { FIELD, type FieldCode, type NameIndex } from './name-index.ts';
import { WordMatcher } from './word-matcher.ts';

/** Results returned when the caller does not say. */
export const DEFAULT_LIMIT = 20;
/** Records scored per query at most: bounds a one-letter query on a million names. */
export const DEFAULT_SCAN_BUDGET = 12_000;
/** A record with more name words than this is scored on its first ones only. */
const MAX_RECORD_WORDS = 24;
/** Added when every query word found its own name word: full name above surname only. */
const FULL_MATCH_BONUS = 0.3;

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
  const words = queryWords(query);
  if (words.length === 0) return { hits: [], total: 0, complete: true };
  const prefix = options.prefix ?? true;
  const matchers = words.map((word, i) => new WordMatcher(index, word, prefix && i === words.length - 1));
  const accept = recordFilter(index, options.filters);
  const limit = Math.max(1, options.limit ?? DEFAULT_LIMIT);
  const budget = options.scanBudget ?? DEFAULT_SCAN_BUDGET;
  const maxScore = words.length + (words.length > 1 ? FULL_MATCH_BONUS : 0);

  const seen = new Uint8Array(index.recordCount);
  const top: SearchHit[] = [];
  let scanned = 0;
  let total = 0;
  let complete = true;
  const byRarity = [...matchers].sort((a, b) => a.estimatedPostings - b.estimatedPostings);
  const partialCeiling = (words.length - 1) / maxScore;
  scan: for (const matcher of byRarity) {
    // Every full match holds the rarest word, so all of them are scored by now; other words
    // only add partial matches, which cannot reach a full top list.
    if (matcher !== byRarity[0] && top.length === limit && top[limit - 1]!.score > partialCeiling) break;
    for (const token of matcher.candidates()) {
      for (let p = index.postingStart[token]!; p < index.postingStart[token + 1]!; p++) {
        const record = index.postings[p]!;
        if (seen[record]) continue;
        seen[record] = 1;
        if (!accept(record)) continue;
        if (++scanned > budget) {
          complete = false;
          break scan;
        }
        const hit = scoreRecord(index, matchers, record, maxScore);
        total++;
        insertTop(index, top, hit, limit);
      }
    }
  }
  if (!complete) total = Math.max(total, byRarity[0]!.estimatedPostings);
  return { hits: top, total, complete };
}

function scoreRecord(index: NameIndex, matchers: WordMatcher[], record: number, maxScore: number): SearchHit {
  const start = index.recordStart[record]!;
  const count = Math.min(index.recordStart[record + 1]! - start, MAX_RECORD_WORDS);
  // Pair query words with name words greedily by best score; each name word serves one query word.
  const cells: { queryWord: number; position: number; level: MatchLevel; value: number }[] = [];
  for (let q = 0; q < matchers.length; q++) {
    for (let i = 0; i < count; i++) {
      const level = matchers[q]!.levelOf(index.recordWords[start + i]!);
      if (level === -1) continue;
      const field = index.recordFields[start + i] as FieldCode;
      cells.push({ queryWord: q, position: i, level, value: LEVEL_SCORE[level] * FIELD_WEIGHT[field] });
    }
  }
  cells.sort((a, b) => b.value - a.value || a.queryWord - b.queryWord || a.position - b.position);
  let usedWords = 0;
  let usedPositions = 0;
  let sum = 0;
  const matches: WordMatch[] = [];
  for (const cell of cells) {
    if (usedWords & (1 << cell.queryWord) || usedPositions & (1 << cell.position)) continue;
    usedWords |= 1 << cell.queryWord;
    usedPositions |= 1 << cell.position;
    sum += cell.value;
    const at = start + cell.position;
    matches.push({ queryWord: cell.queryWord, word: index.recordWords[at]!, field: index.recordFields[at] as FieldCode, level: cell.level });
  }
  if (matchers.length > 1 && matches.length === matchers.length) sum += FULL_MATCH_BONUS;
  return { record, id: index.ids[record]!, score: sum / maxScore, matches };
}

function insertTop(index: NameIndex, top: SearchHit[], hit: SearchHit, limit: number): void {
  if (top.length === limit && compareHits(index, hit, top[limit - 1]!) >= 0) return;
  let at = top.length;
  while (at > 0 && compareHits(index, hit, top[at - 1]!) < 0) at--;
  top.splice(at, 0, hit);
  if (top.length > limit) top.pop();
}

function compareHits(index: NameIndex, a: SearchHit, b: SearchHit): number {
  if (a.score !== b.score) return b.score - a.score;
  for (const field of [FIELD.surname, FIELD.givenName]) {
    const order = compareText(firstWordOf(index, a.record, field), firstWordOf(index, b.record, field));
    if (order !== 0) return order;
  }
  return compareText(a.id, b.id);
}

function firstWordOf(index: NameIndex, record: number, field: FieldCode): string {
  for (let p = index.recordStart[record]!; p < index.recordStart[record + 1]!; p++) {
    if (index.recordFields[p] === field) return index.columns.exact.keys[index.recordWords[p]!]!;
  }
  return '';
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
