// Everything the timeline's track draws, in px at the visitor's text size (docs/design.md §6):
// the cards' places, the years and their labels, the era bands in their rows and the decades to jump
// to. Sizes are in rem here, as in the stylesheet, so a larger text size widens the track. No DOM.

import { stackEras, type EraBandPlacement, type EraSpan } from './era-rows.ts';
import { layoutTrack, timeOf, type TrackLayout } from './track-layout.ts';
import { yearMarks, type YearMark } from './year-marks.ts';

/** A card's width and the gap after it; Timeline's stylesheet reads them as --card-width and --card-gap. */
export const CARD_WIDTH_REM = 17;
export const CARD_GAP_REM = 1.25;
/** An empty year is at least this wide, so a gap of decades still reads as one. */
const MIN_YEAR_REM = 2;
const EDGE_REM = 3;
/** Centre to centre of two year labels: four digits at 0.9rem (about 2.2rem) and a margin. */
const LABEL_GAP_REM = 3.2;
/** Room left of a card brought into view, so the one before it peeks in. */
const LEAD_REM = 2;
/**
 * Cards kept in the page beyond those on screen: enough for a swipe's worth either way, few
 * enough that the browser's work per frame stays that of a short track (docs/design.md §6).
 */
const WINDOW_CARDS_BEFORE = 12;
const WINDOW_CARDS_AFTER = 24;
/** The window moves in steps of this many cards, so a swipe adds and drops cards only now and then. */
const WINDOW_STEP = 8;

export interface TrackPlan<E> {
  layout: TrackLayout;
  cardWidthPx: number;
  leadPx: number;
  years: YearMark[];
  bands: EraBandPlacement<E>[];
  bandRows: number;
  /** Each decade that holds an event, and where it starts on the track. */
  decades: { decade: number; x: number }[];
}

export function planTrack<E>(
  dates: readonly string[],
  eras: readonly E[],
  spanOf: (era: E) => EraSpan,
  remPx: number,
): TrackPlan<E> {
  const spans = eras.map(spanOf);
  const layout = layoutTrack(
    dates,
    { cardStepPx: (CARD_WIDTH_REM + CARD_GAP_REM) * remPx, minYearPx: MIN_YEAR_REM * remPx, edgePx: EDGE_REM * remPx },
    spans.length === 0
      ? {}
      : { from: Math.min(...spans.map((span) => span.from)), to: Math.max(...spans.map((span) => span.to)) },
  );
  const bands = stackEras(eras, spanOf, layout.xOf);
  const decades = [...new Set(dates.map((date) => Math.floor(timeOf(date) / 10) * 10))].map((decade) => ({
    decade,
    x: layout.xOf(decade),
  }));
  return {
    layout,
    cardWidthPx: CARD_WIDTH_REM * remPx,
    leadPx: LEAD_REM * remPx,
    years: yearMarks(layout.firstYear, layout.lastYear, layout.xOf, LABEL_GAP_REM * remPx),
    bands,
    bandRows: Math.max(0, ...bands.map((band) => band.row + 1)),
    decades,
  };
}

/** The first and last index of the sorted `xs` whose card overlaps [fromPx, toPx]; empty when from > to. */
export function cardsWithin(
  xs: readonly number[],
  cardWidthPx: number,
  fromPx: number,
  toPx: number,
): { from: number; to: number } {
  const firstAfter = (limit: number) => {
    let low = 0;
    let high = xs.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (xs[middle]! <= limit) low = middle + 1;
      else high = middle;
    }
    return low;
  };
  return { from: firstAfter(fromPx - cardWidthPx), to: firstAfter(toPx) - 1 };
}

/**
 * The cards to keep in the page while the viewport shows [fromPx, toPx] of the track (all of
 * a glide's way): those on screen, and more either side, in whole steps.
 */
export function cardWindow(
  xs: readonly number[],
  cardWidthPx: number,
  fromPx: number,
  toPx: number,
): { from: number; to: number } {
  const shown = cardsWithin(xs, cardWidthPx, fromPx, toPx);
  const from = Math.floor(Math.max(0, shown.from - WINDOW_CARDS_BEFORE) / WINDOW_STEP) * WINDOW_STEP;
  const to = Math.min(
    xs.length - 1,
    Math.ceil((Math.max(shown.to, shown.from) + WINDOW_CARDS_AFTER) / WINDOW_STEP) * WINDOW_STEP,
  );
  return { from, to };
}
