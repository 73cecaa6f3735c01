// Finds the best records for one reading of a query: candidates come from the rarest word, level
// by level, full names first; the scan stops once a level can no longer rank or the budget ends.

import { LEVEL_COUNT, type MatchLevel } from './match-levels.ts';
import type { NameIndex } from './name-index.ts';
import type { NameKeys } from './name-keys.ts';
import { insertTop, type Ranked } from './rank-hits.ts';
import { FULL_MATCH_BONUS, LEVEL_POINTS, scoreRecord, WHOLE, type WordMatch } from './score-record.ts';
import { hitLimit, recordFilter, scanBudget, type SearchOptions } from './search-plan.ts';
import { WordMatcher } from './word-matcher.ts';

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

/** `wholeOnly`: only records that hold every word (tier 0). */
export function scanCandidates(index: NameIndex, words: NameKeys[], options: SearchOptions, wholeOnly = false): SearchResult {
  const prefix = options.prefix ?? true;
  // A one-letter word is an initial (А. Байтурсынов) wherever it stands.
  const matchers = words.map(
    (keys, i) => new WordMatcher(index, keys, (prefix && i === words.length - 1) || keys.exact.length === 1),
  );
  const accept = recordFilter(index, options.filters);
  const limit = hitLimit(options);
  const budget = scanBudget(words, options);
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
