// Entries in the order the kiosk shows them: timeline events by date (partial dates sort as text,
// `1937` before `1937-07`; a tie by id, as src/kiosk/screens/timeline-order.ts does), testimonies
// and places by file name. No DOM.

import type { EntrySummary } from '../protocol/studio-protocol.ts';

export function inKioskOrder(entries: readonly EntrySummary[]): EntrySummary[] {
  const byId = (a: EntrySummary, b: EntrySummary) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const byDate = (a: EntrySummary, b: EntrySummary) => {
    const [x, y] = [a.date ?? '', b.date ?? ''];
    return x < y ? -1 : x > y ? 1 : byId(a, b);
  };
  return [...entries].sort(entries[0]?.kind === 'timeline' ? byDate : byId);
}
