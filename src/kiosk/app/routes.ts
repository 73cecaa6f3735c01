// Where a visitor can be. Each screen name is its docs/design.md §9 `data-screen` value. A kiosk has no
// address bar, so routes are plain values, not URLs. No DOM.

import type { ExhibitDoc, TestimoniesDoc, TimelineDoc } from '../../feed/content-schema.ts';

export const SECTIONS = ['home', 'timeline', 'testimonies', 'places', 'names'] as const;
export type Section = (typeof SECTIONS)[number];

export type Route =
  | { screen: 'home' }
  | { screen: 'timeline' }
  | { screen: 'event'; eventId: string }
  | { screen: 'testimonies' }
  /** `atSeconds`: open the recording there (a moment chosen from a keyword), without playing. */
  | { screen: 'testimony'; testimonyId: string; atSeconds?: number }
  /** The moments across all testimonies where a topic of the exhibit's `keywords` is spoken of. */
  | { screen: 'keyword'; keywordId: string }
  | { screen: 'places' }
  | { screen: 'place'; placeId: string }
  | { screen: 'names' }
  /** `shard`: where the result row said the record is (see find-record.ts); a hint, not a promise. */
  | { screen: 'record'; recordId: string; shard?: number }
  | { screen: 'technician' };

export const HOME: Route = { screen: 'home' };

/** The section a route belongs to, for the highlighted navigation button. */
export function sectionOf(route: Route): Section | null {
  switch (route.screen) {
    case 'event':
      return 'timeline';
    case 'testimony':
    case 'keyword':
      return 'testimonies';
    case 'place':
      return 'places';
    case 'record':
      return 'names';
    case 'technician':
      return null;
    default:
      return route.screen;
  }
}

/**
 * The sections a visitor is offered: those the exhibit lists, less Places when it has no place
 * to show (an exhibit may list the section before its first place is written).
 */
export function shownSections(exhibit: Pick<ExhibitDoc, 'sections' | 'places'>): ExhibitDoc['sections'] {
  return exhibit.sections.filter((section) => section !== 'places' || exhibit.places.length > 0);
}

export interface RoutableContent {
  exhibit: Pick<ExhibitDoc, 'sections' | 'places' | 'keywords'>;
  timeline: TimelineDoc;
  testimonies: TestimoniesDoc;
}

/**
 * Whether a route still leads somewhere after new content arrives: a removed event, place,
 * keyword or section sends the visitor home instead of to an empty page. Records are checked by
 * their own screen, since the register loads later.
 */
export function routeExists(route: Route, content: RoutableContent): boolean {
  const section = sectionOf(route);
  if (section !== null && section !== 'home' && !shownSections(content.exhibit).includes(section)) return false;
  switch (route.screen) {
    case 'event':
      return content.timeline.events.some((event) => event.id === route.eventId);
    case 'testimony':
      return content.testimonies.testimonies.some((testimony) => testimony.id === route.testimonyId);
    case 'keyword':
      return content.exhibit.keywords.some((keyword) => keyword.id === route.keywordId);
    case 'place':
      return content.exhibit.places.some((place) => place.id === route.placeId);
    default:
      return true;
  }
}
