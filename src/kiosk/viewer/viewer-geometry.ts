// The full-screen image viewer's geometry: how big an image is shown whole, the zoom steps, and
// how far a zoomed image may be moved. Offsets are in CSS pixels from the stage's centre, the
// image scaled about its own centre. No DOM.

export interface Size {
  width: number;
  height: number;
}

export interface Point {
  x: number;
  y: number;
}

export const CENTRE: Point = { x: 0, y: 0 };

/** 1 is the whole image; 4 shows a display-sized scan's handwriting at its own pixels on a kiosk screen. */
export const ZOOM_LEVELS = [1, 1.5, 2, 3, 4] as const;
export const MIN_ZOOM = ZOOM_LEVELS[0];
export const MAX_ZOOM = ZOOM_LEVELS[ZOOM_LEVELS.length - 1]!;
/** Where a double tap on the whole image goes: close enough to read, still with context around. */
export const DOUBLE_TAP_ZOOM = 2;

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

/** The image shown whole inside the stage, never enlarged past its own pixels (a small image stays sharp). */
export function fitInside(image: Size, stage: Size): Size {
  if (image.width <= 0 || image.height <= 0) return { width: 0, height: 0 };
  const scale = Math.min(1, stage.width / image.width, stage.height / image.height);
  return { width: image.width * scale, height: image.height * scale };
}

/** The next zoom step up (+1) or down (-1) from `zoom`, staying within the steps. */
export function stepZoom(zoom: number, direction: 1 | -1): number {
  if (direction > 0) return ZOOM_LEVELS.find((level) => level > zoom) ?? MAX_ZOOM;
  return [...ZOOM_LEVELS].reverse().find((level) => level < zoom) ?? MIN_ZOOM;
}

/**
 * The offset nearest `pan` at which the zoomed image still covers the stage where it is larger
 * than the stage, and stays centred along a side where it is smaller: no moving it off screen.
 */
export function clampPan(pan: Point, zoom: number, fitted: Size, stage: Size): Point {
  const maxX = Math.max(0, (fitted.width * zoom - stage.width) / 2);
  const maxY = Math.max(0, (fitted.height * zoom - stage.height) / 2);
  // `+ 0` turns a -0 from clamping into 0.
  return { x: clamp(pan.x, -maxX, maxX) + 0, y: clamp(pan.y, -maxY, maxY) + 0 };
}

/** The offset that keeps the point of the image under `focus` under it while zooming from `zoom` to `next`. */
export function panForZoom(pan: Point, zoom: number, next: number, focus: Point): Point {
  const ratio = next / zoom;
  return { x: focus.x - (focus.x - pan.x) * ratio, y: focus.y - (focus.y - pan.y) * ratio };
}
