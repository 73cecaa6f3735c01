// The Timeline screen's order (DESIGN §6): events by date, grouped under the era each names.
// Partial ISO dates sort as text ("1937" < "1937-07" < "1937-07-30"). Eras overlap (the camps
// span the terror), so groups follow their earliest event, not the eras' own years. No DOM.

import type { ExhibitDoc, TimelineEvent } from '../../feed/content-schema.ts';

export interface EraGroup {
  /** The era, or null for events that name none (or an era the exhibit lacks). */
  era: ExhibitDoc['eras'][number] | null;
  events: TimelineEvent[];
}

function byDate(a: TimelineEvent, b: TimelineEvent): number {
  return a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export function groupTimeline(events: readonly TimelineEvent[], eras: ExhibitDoc['eras']): EraGroup[] {
  const eraById = new Map(eras.map((era) => [era.id, era]));
  const groups = new Map<string | null, EraGroup>();
  for (const event of [...events].sort(byDate)) {
    const era = (event.era !== undefined && eraById.get(event.era)) || null;
    const key = era?.id ?? null;
    let group = groups.get(key);
    if (!group) {
      group = { era, events: [] };
      groups.set(key, group);
    }
    group.events.push(event);
  }
  // Map order is the order of each group's first (earliest) event.
  return [...groups.values()];
}
