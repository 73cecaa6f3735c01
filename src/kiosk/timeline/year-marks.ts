// Which years of the timeline's scale get a label (docs/design.md §6). Years are never narrower
// than a minimum, but may be too narrow for a label each: then a stretch shows every fifth year,
// or only decades, or rounder still, while a year widened by its events keeps its own label.
// Labels never overlap. No DOM.

export interface YearMark {
  year: number;
  x: number;
  /** Shown as text; every year gets a tick. */
  labelled: boolean;
  /** A labelled decade (or rounder): a place to jump to and to snap to. */
  major: boolean;
}

/** The steps a stretch of the scale may be labelled at, finest first. */
const STEPS = [1, 5, 10, 50, 100] as const;
const MAJOR_EVERY = 10;

/**
 * Every year from `firstYear` to `lastYear`, left to right. A year is labelled if at one of its
 * steps (a decade's are 1, 5 and 10) a neighbour a step away is at least `minGapPx` from it (a
 * label's width and a margin), so a stretch of even years reads at one step, and a widened year
 * keeps its label. A label that would still come too close to one already placed (rounder
 * years first) is dropped.
 */
export function yearMarks(firstYear: number, lastYear: number, xOf: (year: number) => number, minGapPx: number): YearMark[] {
  const marks = Array.from({ length: Math.max(0, lastYear - firstYear + 1) }, (_, index) => {
    const year = firstYear + index;
    return { year, x: xOf(year), labelled: false, major: false };
  });
  // A neighbour beyond the scale's ends is no neighbour: the scale's first year gets its label.
  const gapTo = (x: number, other: number) => (other < firstYear || other > lastYear + 1 ? Infinity : Math.abs(xOf(other) - x));
  const roomy = (year: number, step: number) => {
    const x = xOf(year);
    return gapTo(x, year + step) >= minGapPx || gapTo(x, year - step) >= minGapPx;
  };
  const stepOf = (year: number) => STEPS.filter((step) => year % step === 0).find((step) => roomy(year, step));
  // The roundest year of a scale is always labelled, however cramped: a scale needs one.
  const roundest = (year: number) => STEPS.findLastIndex((step) => year % step === 0);
  const byRoundness = [...marks].sort((a, b) => roundest(b.year) - roundest(a.year) || a.year - b.year);
  const placed: YearMark[] = [];
  for (const mark of byRoundness) {
    const wanted = placed.length === 0 || stepOf(mark.year) !== undefined;
    if (wanted && placed.every((other) => Math.abs(other.x - mark.x) >= minGapPx)) {
      mark.labelled = true;
      mark.major = mark.year % MAJOR_EVERY === 0;
      placed.push(mark);
    }
  }
  return marks;
}
