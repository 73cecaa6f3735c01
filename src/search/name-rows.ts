// A record as a result row: its name words as the register wrote them, grouped by field, with
// the part each query word matched (a whole word, or the letters typed so far), its years and
// place. Built from the index alone, so a row costs no shard read; the record page reads the
// shard named in `shard`.

import { foldText } from './fold-text.ts';
import { LEVEL, type MatchLevel } from './match-levels.ts';
import { FIELD, type NameIndex } from './name-index.ts';
import { romanize } from './romanize.ts';
import type { WordMatch } from './score-record.ts';

export interface MarkedWord {
  text: string;
  /** How many characters from the start matched: 0 none, `text.length` the whole word. */
  marked: number;
}

export interface NameRow {
  id: string;
  /** Position of the record's shard in the manifest's list of names shards. */
  shard: number;
  surname: MarkedWord[];
  givenName: MarkedWord[];
  patronymic: MarkedWord[];
  /** Words of another spelling (name_variants) that the query matched; empty when none did. */
  variant: MarkedWord[];
  birthYear?: number;
  deathYear?: number;
  place?: string;
  /** 0..1, as searchNames scores; 0 for a row looked up by id. */
  score: number;
}

const FIELD_PARTS = ['surname', 'givenName', 'patronymic', 'variant'] as const;

/**
 * The row of `record`. `matches` and `words` (the query's words, queryWords()) come from a
 * search and say what to mark; a row looked up by id has neither.
 */
export function nameRow(
  index: NameIndex,
  shardOf: Uint16Array,
  record: number,
  score = 0,
  matches: readonly WordMatch[] = [],
  words: readonly string[] = [],
): NameRow {
  const row: NameRow = {
    id: index.ids[record]!,
    shard: shardOf[record]!,
    surname: [],
    givenName: [],
    patronymic: [],
    variant: [],
    score,
  };
  for (let p = index.recordStart[record]!; p < index.recordStart[record + 1]!; p++) {
    const word = index.recordWords[p]!;
    const field = index.recordFields[p]!;
    const text = index.display[word]!;
    const match = matches.find((candidate) => candidate.word === word);
    const typed = match ? words.slice(match.queryWord, match.queryWord + match.span).join('') : '';
    const marked = match ? markedLength(text, typed, match.level) : 0;
    // Variants are only worth showing when they are why the record is here.
    if (field === FIELD.variant && marked === 0) continue;
    row[FIELD_PARTS[field] ?? 'variant'].push({ text, marked });
  }
  const birthYear = index.birthYear[record]!;
  const deathYear = index.deathYear[record]!;
  const place = index.place[record]!;
  if (birthYear !== 0) row.birthYear = birthYear;
  if (deathYear !== 0) row.deathYear = deathYear;
  if (place >= 0) row.place = index.places[place]!;
  return row;
}

/**
 * How much of `text` to mark for a query word that matched it at `level`: the whole word for a
 * whole-word match; for a prefix, the letters of `text` that the typed letters stand for, which
 * differ in number when the visitor typed in another script ("zh" is one letter, ж).
 */
export function markedLength(text: string, queryWord: string, level: MatchLevel): number {
  if (level === LEVEL.exactPrefix) return Math.min(text.length, queryWord.length);
  if (level !== LEVEL.formPrefix && level !== LEVEL.soundPrefix) return text.length;
  const typed = romanize(queryWord).length;
  for (let chars = 1; chars < text.length; chars++) {
    if (romanize(foldText(text.slice(0, chars))).length >= typed) return chars;
  }
  return text.length;
}
