// The events before and after one on the timeline (docs/design.md §6), in the Timeline screen's
// own order, so "next" on an event page goes where the timeline does. No DOM.

import type { ExhibitDoc, TimelineEvent } from '../../feed/content-schema.ts';
import { orderTimeline } from './timeline-order.ts';

export interface EventNeighbours {
  previous: TimelineEvent | null;
  next: TimelineEvent | null;
}

export function eventNeighbours(events: readonly TimelineEvent[], eras: ExhibitDoc['eras'], eventId: string): EventNeighbours {
  const ordered = orderTimeline(events, eras).map((entry) => entry.event);
  const index = ordered.findIndex((event) => event.id === eventId);
  if (index < 0) return { previous: null, next: null };
  return { previous: ordered[index - 1] ?? null, next: ordered[index + 1] ?? null };
}
