// The timeline's swipe physics (docs/design.md §6): a fling carries on and slows down
// exponentially, then lands exactly on the snap point nearest to where it would have stopped.
// Positions are the track's offset in px (what sits at the viewport's left edge). No DOM, no clock.

/** How fast a glide slows: after this long, about 63% of the way is done (as iOS scrolling feels). */
export const GLIDE_TIME_CONSTANT_MS = 325;
/** The finger's velocity is read over its last this-many ms, so a finger that stops before lifting stops the track. */
export const VELOCITY_WINDOW_MS = 100;
/** A glide closer than this to its target is there: under a pixel nothing shows. */
const ARRIVED_PX = 0.5;
/** Beyond either end, a drag moves the track this fraction of the finger's way: it feels the edge. */
export const EDGE_RESISTANCE = 0.35;

interface Sample {
  x: number;
  atMs: number;
}

/** The finger's recent positions; its velocity in px per ms. */
export class VelocityTracker {
  #samples: Sample[] = [];

  add(x: number, atMs: number): void {
    this.#samples = [...this.#samples.filter((sample) => atMs - sample.atMs <= VELOCITY_WINDOW_MS), { x, atMs }];
  }

  velocity(nowMs: number): number {
    const recent = this.#samples.filter((sample) => nowMs - sample.atMs <= VELOCITY_WINDOW_MS);
    const first = recent[0];
    const last = recent.at(-1);
    if (!first || !last || last.atMs <= first.atMs) return 0;
    return (last.x - first.x) / (last.atMs - first.atMs);
  }
}

/** An offset kept within [0, max], with a drag past either end damped by EDGE_RESISTANCE. */
export function resistEdges(offset: number, max: number): number {
  if (offset < 0) return offset * EDGE_RESISTANCE;
  if (offset > max) return max + (offset - max) * EDGE_RESISTANCE;
  return offset;
}

export function clamp(offset: number, max: number): number {
  return Math.min(Math.max(offset, 0), Math.max(max, 0));
}

/** The snap point nearest to `offset`; `snaps` sorted ascending, not empty. */
export function nearestSnap(snaps: readonly number[], offset: number): number {
  let best = snaps[0]!;
  for (const snap of snaps) if (Math.abs(snap - offset) < Math.abs(best - offset)) best = snap;
  return best;
}

/**
 * Where a fling released at `offset` ends: it would coast `velocity × time constant` further
 * (a finger moving right, positive velocity, moves the track back), then lands on a snap point.
 */
export function flingTarget(offset: number, velocityPxPerMs: number, snaps: readonly number[], max: number): number {
  return nearestSnap(snaps, clamp(offset - velocityPxPerMs * GLIDE_TIME_CONSTANT_MS, max));
}

/** Points of the CSS `linear()` curve that draws a glide: enough that no step shows. */
const EASING_POINTS = 24;

/**
 * A glide from one offset to another, slowing exponentially: x(t) = to − (to − from)·e^(−t/τ),
 * until it is within half a pixel. The compositor draws it from `easing` (so a busy main thread
 * cannot make it stutter), and `at` says where it is, for a finger that catches it.
 */
export class Glide {
  readonly durationMs: number;

  constructor(
    readonly from: number,
    readonly to: number,
    readonly startMs: number,
  ) {
    const distance = Math.abs(to - from);
    this.durationMs = distance <= ARRIVED_PX ? 0 : GLIDE_TIME_CONSTANT_MS * Math.log(distance / ARRIVED_PX);
  }

  at(nowMs: number): number {
    const elapsedMs = Math.max(0, nowMs - this.startMs);
    if (elapsedMs >= this.durationMs) return this.to;
    return this.to - (this.to - this.from) * Math.exp(-elapsedMs / GLIDE_TIME_CONSTANT_MS);
  }

  done(nowMs: number): boolean {
    return nowMs - this.startMs >= this.durationMs;
  }

  /** The glide's progress as a CSS easing function, `linear(0, …, 1)`, over `durationMs`. */
  easing(): string {
    const end = 1 - Math.exp(-this.durationMs / GLIDE_TIME_CONSTANT_MS);
    const points = Array.from({ length: EASING_POINTS + 1 }, (_, i) => {
      // Denser where the curve bends most, at the start: time runs as the square of i.
      const share = (i / EASING_POINTS) ** 2;
      const progress = (1 - Math.exp((-share * this.durationMs) / GLIDE_TIME_CONSTANT_MS)) / end;
      return `${progress.toFixed(4)} ${(share * 100).toFixed(2)}%`;
    });
    return `linear(${points.join(', ')})`;
  }
}
