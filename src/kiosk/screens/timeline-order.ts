// The timeline's order and era marks (docs/design.md §6): events strictly by date, which the
// Timeline screen and an event page's previous/next both follow; eras are periods that may
// overlap (the camps span the terror), so they label events and never move one. No DOM.

import type { ExhibitDoc, TimelineEvent } from '../../feed/content-schema.ts';
import { yearOf } from '../i18n/format-date.ts';

type Era = ExhibitDoc['eras'][number];

/** kiosk.css has this many era colours (`[data-era-tone]`); a seventh era reuses the first. */
export const ERA_TONE_COUNT = 6;

export interface EraMark {
  era: Era;
  /** The era's colour, by its place in the exhibit, the same on its band and on every chip. */
  tone: number;
}

export interface TimelineEntry {
  event: TimelineEvent;
  /** The era the event names first, then every other era whose years it falls in. */
  eras: EraMark[];
}

/** Partial ISO dates sort as text: "1937" < "1937-07" < "1937-07-30"; a tie goes by id. */
function byDate(a: TimelineEvent, b: TimelineEvent): number {
  return a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Every era with its tone, earliest start first. */
export function eraMarks(eras: ExhibitDoc['eras']): EraMark[] {
  return eras
    .map((era, index) => ({ era, tone: index % ERA_TONE_COUNT }))
    .sort((a, b) => a.era.from - b.era.from || a.era.to - b.era.to);
}

/** The events in date order, each with the eras it belongs to. */
export function orderTimeline(events: readonly TimelineEvent[], eras: ExhibitDoc['eras']): TimelineEntry[] {
  const marks = eraMarks(eras);
  return [...events].sort(byDate).map((event) => {
    const from = yearOf(event.date);
    const to = yearOf(event.endDate) ?? from;
    const within = (era: Era) => from !== undefined && to !== undefined && era.from <= to && era.to >= from;
    const named = marks.filter(({ era }) => era.id === event.era);
    return { event, eras: [...named, ...marks.filter(({ era }) => era.id !== event.era && within(era))] };
  });
}
