// Where each place's name goes beside its marker on the map, so that no two names overlap,
// none covers a marker and none runs off the map. Greedy in the order given (the caller puts
// the places that matter most first); a name with no free spot is left off the map, since the
// list beside it names every place. Screen px. No DOM.

export type LabelSide = 'right' | 'left' | 'below' | 'above';

export interface LabelRequest {
  id: string;
  /** The marker's centre. */
  x: number;
  y: number;
  /** The name's measured size. */
  width: number;
  height: number;
}

export interface PlacedLabel {
  id: string;
  side: LabelSide;
  /** The name's top-left corner. */
  left: number;
  top: number;
}

export interface LabelLayout {
  /** Half the marker's drawn size: a name stays clear of every marker by this much. */
  markerRadius: number;
  /** Space between a marker and its name. */
  gapPx: number;
  width: number;
  height: number;
}

/** Reading order: a name to the right of its mark reads most naturally, then left, below, above. */
const SIDES: readonly LabelSide[] = ['right', 'left', 'below', 'above'];

interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

const overlaps = (a: Rect, b: Rect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

function candidate(request: LabelRequest, side: LabelSide, layout: LabelLayout): { left: number; top: number } {
  const reach = layout.markerRadius + layout.gapPx;
  switch (side) {
    case 'right':
      return { left: request.x + reach, top: request.y - request.height / 2 };
    case 'left':
      return { left: request.x - reach - request.width, top: request.y - request.height / 2 };
    case 'below':
      return { left: request.x - request.width / 2, top: request.y + reach };
    case 'above':
      return { left: request.x - request.width / 2, top: request.y - reach - request.height };
  }
}

export function placeLabels(requests: readonly LabelRequest[], layout: LabelLayout): PlacedLabel[] {
  const radius = layout.markerRadius;
  const taken: Rect[] = requests.map(({ x, y }) => ({
    left: x - radius,
    top: y - radius,
    right: x + radius,
    bottom: y + radius,
  }));
  const placed: PlacedLabel[] = [];
  for (const request of requests) {
    for (const side of SIDES) {
      const { left, top } = candidate(request, side, layout);
      const rect = { left, top, right: left + request.width, bottom: top + request.height };
      const inside = rect.left >= 0 && rect.top >= 0 && rect.right <= layout.width && rect.bottom <= layout.height;
      if (inside && !taken.some((other) => overlaps(rect, other))) {
        taken.push(rect);
        placed.push({ id: request.id, side, left, top });
        break;
      }
    }
  }
  return placed;
}
