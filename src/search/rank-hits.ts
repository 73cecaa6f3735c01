// The order of search results, in one place for the scan and for joined readings: more points
// first, then the lower tier, then the lower record number (the register's tie-break order).

/** A hit as the order sees it; `tier` 0 holds every query word, then by the rarest word it was found through. */
interface Placed {
  record: number;
  tier: number;
}

export interface Ranked extends Placed {
  points: number;
}

/**
 * Keeps the best `limit`: more points first, then the lower tier, then the lower record
 * number, which is the register's tie-break order (more common surname, then alphabetical).
 */
export function insertTop(top: Ranked[], candidate: Ranked, limit: number): void {
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
export function hitRanksAbove(a: Placed & { score: number }, b: Placed & { score: number }): boolean {
  if (a.score !== b.score) return a.score > b.score;
  return ranksAboveAtEqualScore(a, b);
}

function ranksAboveAtEqualScore(a: Placed, b: Placed): boolean {
  if (a.tier !== b.tier) return a.tier < b.tier;
  return a.record < b.record;
}
