// The order of testimonies and places (docs/content-folder.md "The order"): exhibit.yaml's
// `order:` lists ids; those it names come first, in its order, the rest after in file-name order.

export const ORDERED_KINDS = ['testimonies', 'places'] as const;
export type OrderedKind = (typeof ORDERED_KINDS)[number];

/** `entries` (in file-name order) in the order `ids` gives; ids that name no entry are skipped. */
export function inExhibitOrder<T extends { id?: string }>(entries: readonly T[], ids: readonly string[]): T[] {
  const rank = new Map<string, number>();
  ids.forEach((id, index) => {
    if (!rank.has(id)) rank.set(id, index);
  });
  const rankOf = (entry: T) => (entry.id !== undefined ? rank.get(entry.id) : undefined) ?? ids.length;
  // The sort is stable: unnamed entries keep their file-name order.
  return [...entries].sort((a, b) => rankOf(a) - rankOf(b));
}
