// Douglas–Peucker line simplification, for the base map's borders at build time: keeps the
// points a line cannot lose without moving more than `tolerance` away from them. No DOM.

export type Point = readonly [number, number];

/** Keeps the first and last point always, so lines that meet still meet. */
export function simplifyLine<T extends Point>(points: readonly T[], tolerance: number): T[] {
  if (points.length <= 2) return [...points];
  const keep = new Uint8Array(points.length);
  keep[0] = 1;
  keep[points.length - 1] = 1;
  const spans: [number, number][] = [[0, points.length - 1]];
  for (let span = spans.pop(); span; span = spans.pop()) {
    const [from, to] = span;
    const farthest = farthestFrom(points, from, to);
    if (farthest.distance > tolerance) {
      keep[farthest.index] = 1;
      spans.push([from, farthest.index], [farthest.index, to]);
    }
  }
  return points.filter((_, index) => keep[index] === 1);
}

function farthestFrom(points: readonly Point[], from: number, to: number): { index: number; distance: number } {
  const [ax, ay] = points[from]!;
  const [bx, by] = points[to]!;
  const dx = bx - ax;
  const dy = by - ay;
  const length = Math.hypot(dx, dy);
  let best = { index: from, distance: -1 };
  for (let index = from + 1; index < to; index++) {
    const [px, py] = points[index]!;
    // Distance to the chord; to the start point when the chord is a ring closing on itself.
    const distance = length === 0 ? Math.hypot(px - ax, py - ay) : Math.abs(dy * (px - ax) - dx * (py - ay)) / length;
    if (distance > best.distance) best = { index, distance };
  }
  return best;
}
