// Answers a name query over a NameIndex: every query word is matched against the vocabulary
// (word-matcher.ts), candidate records come from the rarest word first, and each candidate is
// scored by pairing query words with its name words. Full-name matches rank above partial
// ones; ties break by surname, given name and id, so the same query always gives the same list.

import { MAX_QUERY_WORDS, queryWords } from './fold-text.ts';
import { LEVEL_COUNT, LEVEL_SCORE, type MatchLevel } from './match-levels.ts';
import { FIELD, type FieldCode, type NameIndex } from './name-index.ts';
import { nameKeys, type NameKeys } from './name-keys.ts';
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
  /** Query words it stands for from `queryWord` on: 2 for two words the register joins (Бом Ун, Бомун). */
  span: number;
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
  /** Equal scores rank by tier, then record: 0 holds every query word, then by the rarest word it was found through. */
  tier: number;
  matches: WordMatch[];
}

export interface SearchResult {
  hits: SearchHit[];
  /**
   * Records that match; a lower bound when `complete` is false: the scan budget ran out, or
   * the rest could not rank and went unread.
   */
  total: number;
  complete: boolean;
}

export function searchNames(index: NameIndex, query: string, options: SearchOptions = {}): SearchResult {
  // A word of letters that are no sound (ъ, ь) would match every name as a prefix.
  const words = queryWords(query)
    .map(nameKeys)
    .filter((keys) => keys.form !== '');
  if (words.length === 0) return { hits: [], total: 0, complete: true };
  const result = searchWords(index, words, options);
  if (words.length === 1 || result.hits[0]?.matches.length === words.length) return result;
  // No record holds every word: the visitor may have written apart what the register writes
  // as one word (Бом Ун for Бомун, Мухамед Жан for Мухамед-Жан). Each pair of neighbours is
  // tried joined; a record that holds every word of such a reading scores what that reading
  // gives, and the list is ordered by score again, keeping the order as typed among equals.
  const limit = Math.max(1, options.limit ?? DEFAULT_LIMIT);
  const byRecord = new Map(result.hits.map((hit) => [hit.record, hit]));
  let total = result.total;
  let complete = result.complete;
  for (let at = 0; at + 1 < words.length; at++) {
    const joined = [...words.slice(0, at), nameKeys(words[at]!.exact + words[at + 1]!.exact), ...words.slice(at + 2)];
    // Whole readings only: a partial match of fewer words would merely score a larger share,
    // and partial matches must not crowd a whole reading out of the limit.
    const other = searchWords(index, joined, options, true);
    complete &&= other.complete;
    for (const hit of other.hits) {
      const known = byRecord.get(hit.record);
      if (hit.matches.length < joined.length || (known && !hitRanksAbove(hit, known))) continue;
      if (!known) total++;
      // Back to the query's own words: the joined word stands for the pair.
      const matches = hit.matches.map((match) =>
        match.queryWord === at
          ? { ...match, span: 2 }
          : match.queryWord > at
            ? { ...match, queryWord: match.queryWord + 1 }
            : match,
      );
      byRecord.set(hit.record, { ...hit, matches });
    }
  }
  const hits = [...byRecord.values()].sort((a, b) => (hitRanksAbove(a, b) ? -1 : hitRanksAbove(b, a) ? 1 : 0));
  return { hits: hits.slice(0, limit), total, complete: complete && hits.length <= limit };
}

/** `wholeOnly`: only records that hold every word (tier 0). */
function searchWords(index: NameIndex, words: NameKeys[], options: SearchOptions, wholeOnly = false): SearchResult {
  const prefix = options.prefix ?? true;
  // A one-letter word is an initial (А. Байтурсынов) wherever it stands.
  const matchers = words.map(
    (keys, i) => new WordMatcher(index, keys, (prefix && i === words.length - 1) || keys.exact.length === 1),
  );
  const accept = recordFilter(index, options.filters);
  const limit = Math.max(1, options.limit ?? DEFAULT_LIMIT);
  const letters = words.reduce((sum, keys) => sum + keys.exact.length, 0);
  const budget = options.scanBudget ?? (letters <= SHORT_QUERY_LETTERS ? SHORT_QUERY_SCAN_BUDGET : DEFAULT_SCAN_BUDGET);
  const bonus = words.length > 1 ? FULL_MATCH_BONUS : 0;
  const maxPoints = words.length * WHOLE + bonus;

  const byRarity = [...matchers].sort((a, b) => a.postingCount - b.postingCount);
  const seen = startSeen(index.recordCount);
  const driver = byRarity[0]!;
  const others = byRarity.slice(1);
  // Whether a record of the rarest word holds every other word too, read from its own few
  // words with one bit per other word: cheaper than marking the records of the others (the
  // Ахмет of "Ахмет Байтур" holds tens of thousands on a large register).
  const otherBits = new Uint8Array(index.display.length);
  others.forEach((matcher, i) => {
    for (const token of matcher.matched()) otherBits[token]! |= 1 << i;
  });
  const allOthers = (1 << others.length) - 1;
  const holdsOthers = (record: number) => {
    let bits = 0;
    for (let p = index.recordStart[record]!; p < index.recordStart[record + 1]!; p++) bits |= otherBits[index.recordWords[p]!]!;
    return bits === allOthers;
  };

  const top: Ranked[] = [];
  let scanned = 0;
  let cut = false;
  /**
   * Scores the records of `matcher`'s words, best level first, with `tier` as their tie-break.
   * `bound(level)` is the most a record reached at that level can score; once it cannot rank,
   * neither can anything after it. False when the scan budget ran out.
   */
  const scan = (
    matcher: WordMatcher,
    tier: number,
    bound: (level: MatchLevel) => number,
    eligible: (record: number) => boolean,
  ) => {
    for (let level = 0 as MatchLevel; level < LEVEL_COUNT; level++) {
      const most = bound(level);
      for (const token of matcher.tokensAt(level)) {
        for (let p = index.postingStart[token]!; p < index.postingStart[token + 1]!; p++) {
          const record = index.postings[p]!;
          if (top.length === limit) {
            const last = top[limit - 1]!;
            if (most < last.points || (most === last.points && tier > last.tier)) {
              cut = true;
              return true;
            }
            // Records of one word come in rank order: the rest of this word ranks lower still.
            if (most === last.points && tier === last.tier && record > last.record) {
              cut = true;
              break;
            }
          }
          if (!eligible(record) || seen(record)) continue;
          if (!accept(record)) continue;
          if (++scanned > budget) return false;
          insertTop(top, { record, tier, points: scoreRecord(index, matchers, record, bonus) }, limit);
        }
      }
    }
    return true;
  };
  const rest = (words.length - 1) * WHOLE;
  // Full-name candidates first, then records holding some of the words, rarest word first: a
  // record that lacks a word scores at most what its other words are worth.
  let withinBudget = scan(driver, 0, (level) => LEVEL_POINTS[level]! + rest + bonus, holdsOthers);
  if (words.length > 1 && !wholeOnly) {
    const lacking = (words.length - 2) * WHOLE;
    for (let i = 0; withinBudget && i < byRarity.length; i++) {
      withinBudget = scan(
        byRarity[i]!,
        i + 1,
        (level) => LEVEL_POINTS[level]! + lacking,
        () => true,
      );
    }
  }
  const hits = top.map(({ record, tier, points }) => {
    const matches: WordMatch[] = [];
    scoreRecord(index, matchers, record, bonus, matches);
    return { record, id: index.ids[record]!, score: points / maxPoints, tier, matches };
  });
  const total = withinBudget ? scanned : Math.max(scanned, driver.postingCount);
  return { hits, total, complete: withinBudget && !cut };
}

/** One whole word matched exactly, in points: scores add in integers, so equal scores are equal. */
const WHOLE = 10_000;
/** Added when every query word found its own name word: full name above surname only. */
const FULL_MATCH_BONUS = 3_000;
/** A level's points at full weight: LEVEL_SCORE in hundredths, times a weight in hundredths. */
const LEVEL_POINTS = Array.from({ length: LEVEL_COUNT }, (_, level) => Math.round(LEVEL_SCORE[level as MatchLevel] * 100) * 100);

/** Байтурсынов or Ospanuly typed by a visitor is a surname: a given name Оспан matches it less. */
const ENDING_ON_GIVEN_NAME_WEIGHT = 80;

/** Field weights in hundredths. */
const FIELD_WEIGHT: Record<FieldCode, number> = {
  [FIELD.surname]: 100,
  [FIELD.givenName]: 100,
  [FIELD.patronymic]: 85,
  [FIELD.variant]: 97,
};

// Which records the query being answered has scored, stamped with a query number so that no
// query clears an array the size of the register. One query runs at a time per thread.
let stamps = new Uint32Array(0);
let stamp = 0;

/** A test that also marks: true for a record already met in this query. */
function startSeen(recordCount: number): (record: number) => boolean {
  if (stamps.length < recordCount) stamps = new Uint32Array(recordCount);
  if (++stamp === 2 ** 32) {
    stamps.fill(0);
    stamp = 1;
  }
  const current = stamp;
  return (record) => {
    if (stamps[record] === current) return true;
    stamps[record] = current;
    return false;
  };
}

// Scratch for pairing query words with a record's words; one query runs at a time per thread.
const cellValue = new Int32Array(MAX_QUERY_WORDS * MAX_RECORD_WORDS);
const cellLevel = new Int8Array(MAX_QUERY_WORDS * MAX_RECORD_WORDS);

/**
 * Pairs query words with name words greedily by best value, each name word serving one query
 * word, and returns the record's points. With `matches`, also says which pairs were made.
 */
function scoreRecord(index: NameIndex, matchers: WordMatcher[], record: number, bonus: number, matches?: WordMatch[]): number {
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
      cellValue[cell] = level === -1 ? 0 : (LEVEL_POINTS[level]! / 100) * weight;
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
      span: 1,
      word: index.recordWords[start + i]!,
      field: index.recordFields[start + i] as FieldCode,
      level: cellLevel[bestCell] as MatchLevel,
    });
  }
  return words > 1 && paired === words ? sum + bonus : sum;
}

interface Ranked {
  record: number;
  /** 0: holds every query word; then by the rarest word the record was found through. */
  tier: number;
  points: number;
}

/**
 * Keeps the best `limit`: more points first, then the lower tier, then the lower record
 * number, which is the register's tie-break order (more common surname, then alphabetical).
 */
function insertTop(top: Ranked[], candidate: Ranked, limit: number): void {
  if (top.length === limit && !ranksAbove(candidate, top[limit - 1]!)) return;
  let at = top.length;
  while (at > 0 && ranksAbove(candidate, top[at - 1]!)) at--;
  top.splice(at, 0, candidate);
  if (top.length > limit) top.pop();
}

function ranksAbove(a: Ranked, b: Ranked): boolean {
  if (a.points !== b.points) return a.points > b.points;
  return ranksAboveAtEqualScore(a, b);
}

/** Hits of different readings of a query compare by score, then as ranked within one. */
function hitRanksAbove(a: SearchHit, b: SearchHit): boolean {
  if (a.score !== b.score) return a.score > b.score;
  return ranksAboveAtEqualScore(a, b);
}

function ranksAboveAtEqualScore(a: Omit<Ranked, 'points'>, b: Omit<Ranked, 'points'>): boolean {
  if (a.tier !== b.tier) return a.tier < b.tier;
  return a.record < b.record;
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
