// Where each event sits on the timeline's one horizontal track, and where each year falls
// (docs/design.md §6). Time runs left to right at no less than a minimum width per year, and
// cards never overlap: where events crowd a year, the year widens to hold them. No DOM.

/** Sizes in px, from the stylesheet's rem at the visitor's text size. */
export interface TrackMetrics {
  /** A card's width plus the gap to the next one. */
  cardStepPx: number;
  /** The narrowest a year may be where no events crowd it. */
  minYearPx: number;
  /** Space before the first year and after the last. */
  edgePx: number;
}

export interface TrackLayout {
  widthPx: number;
  /** The left edge of each event's card, where its date sits on the scale, in the order given. */
  eventXs: number[];
  /** The first and last whole years on the scale. */
  firstYear: number;
  lastYear: number;
  /** Where a moment (a year with its fraction) falls on the track. */
  xOf(time: number): number;
}

/**
 * A partial ISO date (`1937`, `1937-11`, `1937-11-05`) as a year with its fraction; a year alone
 * is its start. Days count as 31 per month: the order of dates matters here, not the calendar.
 */
export function timeOf(date: string): number {
  const [year = 0, month = 1, day = 1] = date.split('-').map(Number);
  return year + (month - 1) / 12 + (day - 1) / (12 * 31);
}

interface Anchor {
  time: number;
  x: number;
}

/** The x at `time`, straight between the anchors around it; of anchors at one moment, the first. */
function interpolate(anchors: readonly Anchor[], time: number): number {
  let low = 0;
  let high = anchors.length - 1;
  if (time <= anchors[low]!.time) return anchors[low]!.x;
  if (time >= anchors[high]!.time) return anchors[high]!.x;
  // Invariant: anchors[low].time < time <= anchors[high].time.
  while (high - low > 1) {
    const middle = (low + high) >> 1;
    if (anchors[middle]!.time < time) low = middle;
    else high = middle;
  }
  const a = anchors[low]!;
  const b = anchors[high]!;
  return a.x + ((time - a.time) / (b.time - a.time)) * (b.x - a.x);
}

/**
 * Lays out events given in date order. `span` widens the scale to cover other years too (the
 * eras'), so a band never runs off the track.
 */
export function layoutTrack(
  dates: readonly string[],
  metrics: TrackMetrics,
  span: { from?: number; to?: number } = {},
): TrackLayout {
  const times = dates.map(timeOf);
  const years = [...times.map(Math.floor), ...[span.from, span.to].filter((year) => year !== undefined)];
  const firstYear = years.length > 0 ? Math.min(...years) : 0;
  const lastYear = years.length > 0 ? Math.max(...years) : 0;

  const anchors: Anchor[] = [{ time: firstYear, x: metrics.edgePx }];
  const eventXs: number[] = [];
  let previous = anchors[0]!;
  for (const time of times) {
    const byTime = previous.x + (time - previous.time) * metrics.minYearPx;
    const x = eventXs.length === 0 ? byTime : Math.max(byTime, previous.x + metrics.cardStepPx);
    eventXs.push(x);
    // Events at one moment share its time; the scale maps that time to the first of them.
    previous = { time, x };
    if (time > anchors.at(-1)!.time) anchors.push(previous);
  }
  const end = lastYear + 1;
  const lastCardEnd = eventXs.length > 0 ? eventXs.at(-1)! + metrics.cardStepPx : metrics.edgePx;
  const endX = Math.max(lastCardEnd, previous.x + (end - previous.time) * metrics.minYearPx);
  anchors.push({ time: end, x: endX });

  return {
    widthPx: endX + metrics.edgePx,
    eventXs,
    firstYear,
    lastYear,
    xOf: (time) => interpolate(anchors, time),
  };
}
