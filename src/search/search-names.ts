// Answers a name query over a NameIndex, the engine's public entry: the words are matched
// (word-matcher.ts), candidates scanned and scored (scan-candidates.ts, score-record.ts) and
// joined readings tried (joined-readings.ts). Full names rank above partial matches; ties break
// by surname, given name and id, so the same query always gives the same list.

import { queryWords } from './fold-text.ts';
import { withJoinedReadings } from './joined-readings.ts';
import type { NameIndex } from './name-index.ts';
import { nameKeys } from './name-keys.ts';
import { scanCandidates, type SearchResult } from './scan-candidates.ts';
import type { SearchOptions } from './search-plan.ts';

export type { SearchHit, SearchResult } from './scan-candidates.ts';
export type { SearchFilters, SearchOptions } from './search-plan.ts';
export type { WordMatch } from './score-record.ts';

export function searchNames(index: NameIndex, query: string, options: SearchOptions = {}): SearchResult {
  // A word of letters that are no sound (ъ, ь) would match every name as a prefix.
  const words = queryWords(query)
    .map(nameKeys)
    .filter((keys) => keys.form !== '');
  if (words.length === 0) return { hits: [], total: 0, complete: true };
  const result = scanCandidates(index, words, options);
  if (words.length === 1 || result.hits[0]?.matches.length === words.length) return result;
  return withJoinedReadings(index, words, options, result);
}
