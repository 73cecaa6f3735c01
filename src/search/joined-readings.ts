// Readings of a query with two neighbouring words joined, tried when no record holds every word:
// a visitor may write apart what the register joins (Бом Ун for Бомун, Мухамед Жан for Мухамед-Жан).

import type { NameIndex } from './name-index.ts';
import { nameKeys, type NameKeys } from './name-keys.ts';
import { hitRanksAbove } from './rank-hits.ts';
import { scanCandidates, type SearchResult } from './scan-candidates.ts';
import { hitLimit, type SearchOptions } from './search-plan.ts';

/**
 * Adds to `result` (the query as typed) the records of each joined reading. A record that holds
 * every word of such a reading scores what that reading gives, and the list is ordered by score
 * again, keeping the order as typed among equals.
 */
export function withJoinedReadings(
  index: NameIndex,
  words: NameKeys[],
  options: SearchOptions,
  result: SearchResult,
): SearchResult {
  const limit = hitLimit(options);
  const byRecord = new Map(result.hits.map((hit) => [hit.record, hit]));
  let total = result.total;
  let complete = result.complete;
  for (let at = 0; at + 1 < words.length; at++) {
    const joined = [...words.slice(0, at), nameKeys(words[at]!.exact + words[at + 1]!.exact), ...words.slice(at + 2)];
    // Whole readings only: a partial match of fewer words would merely score a larger share,
    // and partial matches must not crowd a whole reading out of the limit.
    const other = scanCandidates(index, joined, options, true);
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
