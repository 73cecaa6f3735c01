// Which rows of a long result list to render (the list is virtualized): those in view plus a
// few on each side, so a flick never shows an empty gap. Rows have one fixed height, in rem so
// that they grow with the visitor's text size. No DOM.

/** Two lines of text and their padding, at any of the three text sizes. */
export const ROW_HEIGHT_REM = 4.6;
/** Rows rendered beyond each edge of the view. */
export const OVERSCAN_ROWS = 4;
/** Rendered before the list has been measured: enough to fill any kiosk screen. */
const UNMEASURED_ROWS = 12;

export interface RowWindow {
  /** First row to render. */
  start: number;
  /** One past the last. */
  end: number;
}

export interface ViewMetrics {
  scrollTop: number;
  viewportHeight: number;
  rowHeight: number;
  count: number;
  overscan?: number;
}

export function visibleRows({ scrollTop, viewportHeight, rowHeight, count, overscan = OVERSCAN_ROWS }: ViewMetrics): RowWindow {
  if (count === 0 || rowHeight <= 0) return { start: 0, end: 0 };
  const first = Math.max(0, Math.floor(scrollTop / rowHeight));
  const inView = viewportHeight > 0 ? Math.ceil(viewportHeight / rowHeight) + 1 : UNMEASURED_ROWS;
  return { start: Math.min(count, Math.max(0, first - overscan)), end: Math.min(count, first + inView + overscan) };
}
