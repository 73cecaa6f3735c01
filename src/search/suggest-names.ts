// The closest names in the register to a query that found nothing (docs/design.md §7: "offer the
// closest names"). The same sorted-key Levenshtein walk as typo matching, on the sound keys,
// with one edit more than search allows: what search refused as too far is what a visitor
// may have meant. Each suggestion is the query with one word replaced, ready to search.

import { capitalize, queryWords } from './fold-text.ts';
import { maxEditsFor } from './match-levels.ts';
import type { NameIndex } from './name-index.ts';
import { nameKeys } from './name-keys.ts';
import { fuzzySearch } from './key-trie.ts';
import { compareText } from './sorted-keys.ts';

export const DEFAULT_SUGGESTIONS = 5;
/** Edits beyond what search allows for a word of the same length. */
const EXTRA_EDITS = 1;
/** A name more than this far off is another name, however short the list would be. */
const MAX_SUGGEST_EDITS = 3;

export interface NameSuggestion {
  /** The query with one word replaced by a register word, as the register writes it. */
  text: string;
  /** Edits between the query word and the suggested word's sound. */
  distance: number;
  /** Records holding the suggested word. */
  records: number;
}

export function suggestNames(index: NameIndex, query: string, limit: number = DEFAULT_SUGGESTIONS): NameSuggestion[] {
  const words = queryWords(query);
  const bySound = new Map<string, NameSuggestion>();
  words.forEach((word, at) => {
    const sound = nameKeys(word).sound;
    const maxEdits = Math.min(MAX_SUGGEST_EDITS, Math.max(1, maxEditsFor(sound.length) + EXTRA_EDITS));
    fuzzySearch(index.columns.sound, sound, maxEdits, (token, distance) => {
      const key = `${at} ${index.columns.sound.keys[token]!}`;
      const records = index.postingStart[token + 1]! - index.postingStart[token]!;
      // Many spellings share a sound (Байтурсынов, Байтұрсынұлы, Baitursynov): offer the most
      // common spelling once, not each of them.
      const known = bySound.get(key);
      if (known && (known.distance < distance || (known.distance === distance && known.records >= records))) return;
      const text = words.map((other, i) => (i === at ? index.display[token]! : capitalize(other))).join(' ');
      bySound.set(key, { text, distance, records });
    });
  });
  const seen = new Set<string>();
  return [...bySound.values()]
    .sort((a, b) => a.distance - b.distance || b.records - a.records || compareText(a.text, b.text))
    .filter((candidate) => !seen.has(candidate.text) && seen.add(candidate.text))
    .slice(0, limit);
}
