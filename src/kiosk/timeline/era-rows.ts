// Eras as bands above the timeline's track (docs/design.md §6): eras may overlap (the camps span
// the terror), so each goes in the first row where it overlaps no other band, and a band's
// title is always its own. No DOM.

export interface EraSpan {
  /** First and last year, both inside the era. */
  from: number;
  to: number;
}

export interface EraBandPlacement<E> {
  era: E;
  row: number;
  x: number;
  widthPx: number;
}

/** Eras in the order of their start, each on a row; `xOf` maps a year to the track. */
export function stackEras<E>(
  eras: readonly E[],
  spanOf: (era: E) => EraSpan,
  xOf: (year: number) => number,
): EraBandPlacement<E>[] {
  const rowEnds: number[] = [];
  return eras
    .map((era) => ({ era, span: spanOf(era) }))
    .sort((a, b) => a.span.from - b.span.from || a.span.to - b.span.to)
    .map(({ era, span }) => {
      const x = xOf(span.from);
      // +1: `to` is the era's last year, which the band covers whole.
      const end = xOf(Math.max(span.from, span.to) + 1);
      let row = rowEnds.findIndex((rowEnd) => rowEnd <= x);
      if (row === -1) row = rowEnds.push(end) - 1;
      else rowEnds[row] = end;
      return { era, row, x, widthPx: end - x };
    });
}
