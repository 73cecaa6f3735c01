// The geometry of the technician's test screen (docs/design.md §6.4): colour bars, grey steps, a
// grid, the corner targets and the marks a finger leaves, in CSS pixels of the viewport. Pure, so
// where a mark lands and which target a touch hits is tested without a screen. No DOM.

/** Full-intensity primaries and secondaries, then white and black: a channel that is off shows. */
export const COLOUR_BARS: readonly string[] = [
  '#ffffff',
  '#ffff00',
  '#00ffff',
  '#00ff00',
  '#ff00ff',
  '#ff0000',
  '#0000ff',
  '#000000',
];

/** Eleven steps, black to white by tenths: two neighbours that look alike mean crushed levels. */
export const GREY_STEP_COUNT = 11;

/** A grid square: 100 CSS px makes distances readable off the screen. */
export const GRID_STEP_PX = 100;

/** A corner target's centre from the screen's edges, and its radius: reachable by a fingertip. */
export const CORNER_INSET_PX = 40;
export const CORNER_RADIUS_PX = 32;

/** Marks kept on screen; older ones give way, so a long test stays readable. */
export const MAX_MARKS = 24;

export type Corner = 'top-left' | 'top-right' | 'bottom-left' | 'bottom-right';
export const CORNERS: readonly Corner[] = ['top-left', 'top-right', 'bottom-left', 'bottom-right'];

export interface Point {
  x: number;
  y: number;
}

export interface Size {
  width: number;
  height: number;
}

/** `#000000` … `#ffffff` in GREY_STEP_COUNT even steps. */
export function greySteps(count: number = GREY_STEP_COUNT): string[] {
  return Array.from({ length: count }, (_, step) => {
    const level = Math.round((step / (count - 1)) * 255)
      .toString(16)
      .padStart(2, '0');
    return `#${level}${level}${level}`;
  });
}

/** Where the grid's lines run along one side: every `stepPx` from 0, the far edge included. */
export function gridLines(lengthPx: number, stepPx: number = GRID_STEP_PX): number[] {
  const lines: number[] = [];
  for (let at = 0; at < lengthPx; at += stepPx) lines.push(at);
  lines.push(lengthPx);
  return lines;
}

export function cornerCentre(corner: Corner, size: Size): Point {
  const x = corner.endsWith('left') ? CORNER_INSET_PX : size.width - CORNER_INSET_PX;
  const y = corner.startsWith('top') ? CORNER_INSET_PX : size.height - CORNER_INSET_PX;
  return { x, y };
}

/** The corner target a touch at `point` lands on, if any. */
export function cornerAt(point: Point, size: Size): Corner | null {
  return (
    CORNERS.find((corner) => {
      const centre = cornerCentre(corner, size);
      return Math.hypot(point.x - centre.x, point.y - centre.y) <= CORNER_RADIUS_PX;
    }) ?? null
  );
}

/** A touch's mark, at whole CSS pixels; the newest MAX_MARKS stay. */
export function addMark(marks: readonly Point[], point: Point, max: number = MAX_MARKS): Point[] {
  return [...marks, { x: Math.round(point.x), y: Math.round(point.y) }].slice(-max);
}
