// Whether a key in a settings file is a slip of the keyboard for a key the schema has
// ("idleSecond" for "idleSeconds"), so the message can say which one was meant. DOM-free.

/** More edits than this is another word, not a slip. */
export const NEAR_MISS_MAX_EDITS = 2;

/**
 * Edits (insert, delete, replace, swap two neighbours) from one word to the other, ignoring
 * case: "feedURL" is a slip for "feedUrl", and "idelSeconds" one swap from "idleSeconds".
 */
export function editDistance(from: string, to: string): number {
  const a = from.toLowerCase();
  const b = to.toLowerCase();
  // rows[i][j]: edits from the first i letters of a to the first j of b.
  const rows = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => i + j));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = best;
    }
  }
  return rows[a.length]![b.length]!;
}

/**
 * The candidate `word` is a slip for, the closest first (the earlier one on a tie), or undefined.
 * A short word needs fewer edits: two edits turn "pin" into almost any three-letter word.
 */
export function nearMiss<T extends string>(word: string, candidates: readonly T[]): T | undefined {
  const maxEdits = Math.min(NEAR_MISS_MAX_EDITS, Math.floor(word.length / 3));
  let closest: { candidate: T; edits: number } | undefined;
  for (const candidate of candidates) {
    const edits = editDistance(word, candidate);
    if (edits <= maxEdits && (closest === undefined || edits < closest.edits)) closest = { candidate, edits };
  }
  return closest?.candidate;
}
