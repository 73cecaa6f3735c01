// What a place page (docs/design.md §9 `place`) links to: the events and testimonies its file
// names, and every event whose own links name the place, once each, events in date order. No DOM.

import type { Place, TestimoniesDoc, Testimony, TimelineDoc, TimelineEvent } from '../../feed/content-schema.ts';

export interface PlaceLinks {
  events: TimelineEvent[];
  testimonies: Testimony[];
}

export function placeLinks(place: Place, timeline: TimelineDoc, testimonies: TestimoniesDoc): PlaceLinks {
  const events = timeline.events
    .filter((event) => place.links.events.includes(event.id) || event.links.places.includes(place.id))
    // Partial ISO dates sort as text (`1937` < `1937-08` < `1938`); the sort is stable for equal dates.
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return {
    events,
    testimonies: testimonies.testimonies.filter((testimony) => place.links.testimonies.includes(testimony.id)),
  };
}
