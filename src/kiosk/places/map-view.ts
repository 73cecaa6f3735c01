// The places map's camera: which part of the map the screen shows, as a scale and an offset
// (screen px = map units × scale + offset). Fitting to the places, zooming about the middle of
// the screen and panning within the map, as pure functions. No DOM.

export type Point = readonly [number, number];
/** `[[left, top], [right, bottom]]`. */
export type Box = readonly [Point, Point];

export interface Size {
  width: number;
  height: number;
}

export interface View {
  scale: number;
  x: number;
  y: number;
}

export interface ZoomLimits {
  minScale: number;
  maxScale: number;
}

/** Each + or − press; three presses double and a bit, few enough to stay oriented. */
export const ZOOM_STEP = 1.5;
/** The closest zoom, from where the places first fit: enough to tell apart camps a few km apart. */
export const MAX_ZOOM = 8;
/**
 * The least span of map units the first view shows, about 640 km: a single place, or a few in
 * one town, still shows the country around them. Kept small, so camps 50 km apart (Dolinka and
 * Spassk) first appear far enough apart to tap.
 */
export const MIN_HOME_SPAN = 100;

export function boxOf(points: readonly Point[]): Box {
  const xs = points.map(([x]) => x);
  const ys = points.map(([, y]) => y);
  return [
    [Math.min(...xs), Math.min(...ys)],
    [Math.max(...xs), Math.max(...ys)],
  ];
}

export function unionBox(a: Box, b: Box): Box {
  return [
    [Math.min(a[0][0], b[0][0]), Math.min(a[0][1], b[0][1])],
    [Math.max(a[1][0], b[1][0]), Math.max(a[1][1], b[1][1])],
  ];
}

/** A box grown about its centre to at least `span` map units each way. */
export function atLeast(box: Box, span: number): Box {
  const grow = (low: number, high: number): [number, number] => {
    const missing = Math.max(0, span - (high - low)) / 2;
    return [low - missing, high + missing];
  };
  const [left, right] = grow(box[0][0], box[1][0]);
  const [top, bottom] = grow(box[0][1], box[1][1]);
  return [
    [left, top],
    [right, bottom],
  ];
}

/** The view that shows all of `box` centred, with `paddingPx` clear on every side. */
export function fitView(box: Box, size: Size, paddingPx: number): View {
  const [[left, top], [right, bottom]] = box;
  const width = Math.max(right - left, Number.EPSILON);
  const height = Math.max(bottom - top, Number.EPSILON);
  const scale = Math.min((size.width - 2 * paddingPx) / width, (size.height - 2 * paddingPx) / height);
  return {
    scale,
    x: size.width / 2 - ((left + right) / 2) * scale,
    y: size.height / 2 - ((top + bottom) / 2) * scale,
  };
}

export function toScreen(view: View, [x, y]: Point): [number, number] {
  return [x * view.scale + view.x, y * view.scale + view.y];
}

/** The part of the map, in map units, that a screen of `size` shows under `view`. */
export function shownBox(view: View, size: Size): Box {
  const toMap = (px: number, offset: number) => (px - offset) / view.scale;
  return [
    [toMap(0, view.x), toMap(0, view.y)],
    [toMap(size.width, view.x), toMap(size.height, view.y)],
  ];
}

/** Zooms by `factor` about the middle of the screen, within the limits. */
export function zoomView(view: View, factor: number, size: Size, limits: ZoomLimits): View {
  const scale = Math.min(limits.maxScale, Math.max(limits.minScale, view.scale * factor));
  const middleX = (size.width / 2 - view.x) / view.scale;
  const middleY = (size.height / 2 - view.y) / view.scale;
  return { scale, x: size.width / 2 - middleX * scale, y: size.height / 2 - middleY * scale };
}

/**
 * Moves the map by a drag of (`dx`, `dy`) px, but never so far that the middle of the screen
 * leaves `bounds`: a visitor cannot lose the map off the edge.
 */
export function panView(view: View, dx: number, dy: number, size: Size, bounds: Box): View {
  const clamp = (offset: number, middle: number, low: number, high: number) =>
    Math.min(middle - low * view.scale, Math.max(middle - high * view.scale, offset));
  return {
    scale: view.scale,
    x: clamp(view.x + dx, size.width / 2, bounds[0][0], bounds[1][0]),
    y: clamp(view.y + dy, size.height / 2, bounds[0][1], bounds[1][1]),
  };
}
