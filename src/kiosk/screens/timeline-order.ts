// The Timeline screen's order and era marks (docs/design.md §6): events strictly by date; eras are
// periods that may overlap (the camps span the terror), so they label events and are drawn as
// bands of their years, and never move an event. No DOM.

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

export interface EraBand extends EraMark {
  /** Where the era's years sit on a strip running from the first era's start to the last one's end. */
  startPercent: number;
  widthPercent: number;
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

function marksOf(eras: ExhibitDoc['eras']): EraMark[] {
  return eras
    .map((era, index) => ({ era, tone: index % ERA_TONE_COUNT }))
    .sort((a, b) => a.era.from - b.era.from || a.era.to - b.era.to);
}

/** Every era as a band on one strip, earliest start first, so overlaps show as overlaps. */
export function eraBands(eras: ExhibitDoc['eras']): EraBand[] {
  const marks = marksOf(eras);
  if (marks.length === 0) return [];
  const first = Math.min(...marks.map(({ era }) => era.from));
  // +1: `to` is the era's last year, which the band covers.
  const yearCount = Math.max(...marks.map(({ era }) => Math.max(era.from, era.to))) + 1 - first;
  return marks.map((mark) => ({
    ...mark,
    startPercent: ((mark.era.from - first) / yearCount) * 100,
    widthPercent: ((Math.max(mark.era.from, mark.era.to) + 1 - mark.era.from) / yearCount) * 100,
  }));
}

/** The events in date order, each with the eras it belongs to. */
export function orderTimeline(events: readonly TimelineEvent[], eras: ExhibitDoc['eras']): TimelineEntry[] {
  const marks = marksOf(eras);
  return [...events].sort(byDate).map((event) => {
    const from = yearOf(event.date);
    const to = yearOf(event.endDate) ?? from;
    const within = (era: Era) => from !== undefined && to !== undefined && era.from <= to && era.to >= from;
    const named = marks.filter(({ era }) => era.id === event.era);
    return { event, eras: [...named, ...marks.filter(({ era }) => era.id !== event.era && within(era))] };
  });
}
