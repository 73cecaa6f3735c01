// What one record scores for a query: its name words are paired with the query words, best
// value first, in integer points (exact > other form > phonetic > typo, full name above surname).

import { MAX_QUERY_WORDS } from './fold-text.ts';
import { LEVEL_COUNT, LEVEL_SCORE, type MatchLevel } from './match-levels.ts';
import { FIELD, type FieldCode, type NameIndex } from './name-index.ts';
import type { WordMatcher } from './word-matcher.ts';

/** A record with more name words than this is scored on its first ones only (a bit mask each). */
const MAX_RECORD_WORDS = 24;

/** One whole word matched exactly, in points: scores add in integers, so equal scores are equal. */
export const WHOLE = 10_000;
/** Added when every query word found its own name word: full name above surname only. */
export const FULL_MATCH_BONUS = 3_000;
/** A level's points at full weight: LEVEL_SCORE in hundredths, times a weight in hundredths. */
export const LEVEL_POINTS = Array.from(
  { length: LEVEL_COUNT },
  (_, level) => Math.round(LEVEL_SCORE[level as MatchLevel] * 100) * 100,
);

/** Байтурсынов or Ospanuly typed by a visitor is a surname: a given name Оспан matches it less. */
const ENDING_ON_GIVEN_NAME_WEIGHT = 80;

/** Field weights in hundredths. */
const FIELD_WEIGHT: Record<FieldCode, number> = {
  [FIELD.surname]: 100,
  [FIELD.givenName]: 100,
  [FIELD.patronymic]: 85,
  [FIELD.variant]: 97,
};

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

// Scratch for pairing query words with a record's words; one query runs at a time per thread.
const cellValue = new Int32Array(MAX_QUERY_WORDS * MAX_RECORD_WORDS);
const cellLevel = new Int8Array(MAX_QUERY_WORDS * MAX_RECORD_WORDS);

/**
 * Pairs query words with name words greedily by best value, each name word serving one query
 * word, and returns the record's points. With `matches`, also says which pairs were made.
 */
export function scoreRecord(
  index: NameIndex,
  matchers: WordMatcher[],
  record: number,
  bonus: number,
  matches?: WordMatch[],
): number {
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
