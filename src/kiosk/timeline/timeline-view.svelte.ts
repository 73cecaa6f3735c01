// One timeline's position and what moves it (docs/design.md §6): a finger drags the track, a
// fling glides on and snaps to an event or a round year, the ← → buttons and arrow keys step
// from event to event, and the era and decade buttons jump. With reduced motion every move is
// direct. DOM-free: the screen passes pointer positions in and draws `glide` on the compositor.

import { clamp, flingTarget, Glide, nearestSnap, resistEdges, VelocityTracker } from './glide.ts';

/** A finger that moves less than this between down and up has tapped (fingers never land still). */
export const TAP_SLOP_PX = 10;
/** Offsets closer than this are the same stop (layout px are fractional). */
const SAME_STOP_PX = 1;

export interface Clock {
  now(): number;
}

export interface TrackGeometry {
  /** Each event card's left edge on the track, in date order. */
  eventXs: readonly number[];
  /** The round years' places on the track: snap points too. */
  yearXs: readonly number[];
  cardWidthPx: number;
  /** Room kept left of a card brought into view, so the one before it peeks in. */
  leadPx: number;
  widthPx: number;
  viewportPx: number;
}

interface Drag {
  pointerId: number;
  startX: number;
  startOffset: number;
  swiping: boolean;
}

export class TimelineView {
  /**
   * Where the track rests or glides to. A finger's position is kept apart, in `#dragAt`, and
   * is not reactive: a drag repaints the track through `watchDrag`, once a frame, and
   * re-renders nothing (docs/design.md §6).
   */
  #rest = $state(0);
  #dragAt: number | null = null;
  #dragListeners: (() => void)[] = [];
  /** The glide under way, which the screen animates from `from` to `offset`; null at rest or under a finger. */
  glide = $state.raw<Glide | null>(null);
  maxOffset = $state(0);
  #geometry: TrackGeometry = { eventXs: [], yearXs: [], cardWidthPx: 0, leadPx: 0, widthPx: 0, viewportPx: 0 };
  #eventStops: number[] = [];
  #snaps: number[] = [0];
  #drag: Drag | null = null;
  #velocity = new VelocityTracker();
  #swallowClick = false;

  constructor(
    private readonly clock: Clock,
    private readonly reducedMotion: () => boolean,
  ) {}

  /** What sits at the viewport's left edge, in track px: under a finger, or once the glide (if any) is over. */
  get offset(): number {
    // Read first, so a reader stays subscribed to the rest across a drag.
    const rest = this.#rest;
    return this.#dragAt ?? rest;
  }

  /** Calls `listener` at each move of a dragging finger; returns the function that stops it. */
  watchDrag(listener: () => void): () => void {
    this.#dragListeners = [...this.#dragListeners, listener];
    return () => {
      this.#dragListeners = this.#dragListeners.filter((other) => other !== listener);
    };
  }

  /** The event nearest the viewport's left edge, where the track rests or is gliding to. */
  get currentIndex(): number {
    let best = 0;
    this.#eventStops.forEach((stop, index) => {
      if (Math.abs(stop - this.offset) < Math.abs(this.#eventStops[best]! - this.offset)) best = index;
    });
    return best;
  }

  /** Where the track is now, mid-glide too. */
  positionAt(nowMs: number): number {
    return this.glide?.at(nowMs) ?? this.offset;
  }

  /** A new layout (text size, screen size): the event at the left edge stays there. */
  setGeometry(geometry: TrackGeometry, keepIndex = this.currentIndex): void {
    this.#geometry = geometry;
    this.maxOffset = Math.max(0, geometry.widthPx - geometry.viewportPx);
    this.#eventStops = geometry.eventXs.map((x) => clamp(x - geometry.leadPx, this.maxOffset));
    this.#snaps = [
      0,
      this.maxOffset,
      ...this.#eventStops,
      ...geometry.yearXs.map((x) => clamp(x - geometry.leadPx, this.maxOffset)),
    ]
      .sort((a, b) => a - b)
      .filter((snap, index, sorted) => index === 0 || snap !== sorted[index - 1]);
    this.glide = null;
    this.#rest = this.#eventStops[keepIndex] ?? clamp(this.offset, this.maxOffset);
    this.#dragAt = null;
  }

  pointerDown(pointerId: number, x: number, atMs: number): void {
    if (this.#drag) return;
    // A finger on a gliding track catches it, and that touch is not a tap on a card; a glide
    // in its last few px looks at rest already, so it just ends there and the tap counts.
    const glide = this.glide;
    const position = this.positionAt(this.clock.now());
    this.#swallowClick = glide !== null && Math.abs(glide.to - position) > TAP_SLOP_PX;
    this.glide = null;
    if (this.#swallowClick) this.#rest = position;
    this.#drag = { pointerId, startX: x, startOffset: this.offset, swiping: false };
    this.#velocity = new VelocityTracker();
    this.#velocity.add(x, atMs);
  }

  /** True while the pointer swipes (the screen then captures it). */
  pointerMove(pointerId: number, x: number, atMs: number): boolean {
    const drag = this.#drag;
    if (!drag || drag.pointerId !== pointerId) return false;
    this.#velocity.add(x, atMs);
    if (!drag.swiping) {
      if (Math.abs(x - drag.startX) < TAP_SLOP_PX) return false;
      // From here on the track follows the finger exactly, without a jump of the slop.
      drag.swiping = true;
      drag.startX = x;
    }
    this.#dragAt = resistEdges(drag.startOffset - (x - drag.startX), this.maxOffset);
    for (const listener of this.#dragListeners) listener();
    return true;
  }

  pointerUp(pointerId: number, x: number, atMs: number): void {
    const drag = this.#drag;
    if (!drag || drag.pointerId !== pointerId) return;
    this.pointerMove(pointerId, x, atMs);
    this.#endDrag();
    if (drag.swiping) {
      this.#swallowClick = true;
      const velocity = this.reducedMotion() ? 0 : this.#velocity.velocity(atMs);
      this.#moveTo(flingTarget(this.offset, velocity, this.#snaps, this.maxOffset));
    } else if (this.#swallowClick) {
      this.#moveTo(nearestSnap(this.#snaps, clamp(this.offset, this.maxOffset)));
    }
  }

  /** The pointer was taken away (the browser's gesture, a lost capture): settle where it was. */
  pointerCancel(pointerId: number): void {
    if (this.#drag?.pointerId !== pointerId) return;
    this.#endDrag();
    this.#moveTo(nearestSnap(this.#snaps, clamp(this.offset, this.maxOffset)));
  }

  /** True once for the click that ends a swipe or a catch: it must not open a card. */
  takeSwipeClick(): boolean {
    const swallow = this.#swallowClick;
    this.#swallowClick = false;
    return swallow;
  }

  /** The screen drew the glide to its end. */
  glideEnded(glide: Glide): void {
    if (this.glide === glide) this.glide = null;
  }

  next(): void {
    const stop = this.#eventStops.find((candidate) => candidate > this.offset + SAME_STOP_PX);
    if (stop !== undefined) this.#moveTo(stop);
  }

  previous(): void {
    const stop = this.#eventStops.findLast((candidate) => candidate < this.offset - SAME_STOP_PX);
    if (stop !== undefined) this.#moveTo(stop);
  }

  /** Brings a track position (an era's or a decade's start) to the left edge. */
  jumpToX(x: number): void {
    this.#moveTo(clamp(x - this.#geometry.leadPx, this.maxOffset));
  }

  /** Brings an event's card into view if any of it is hidden (a keyboard focus reached it). */
  reveal(index: number): void {
    const x = this.#geometry.eventXs[index];
    if (x === undefined) return;
    const shown = x >= this.offset && x + this.#geometry.cardWidthPx <= this.offset + this.#geometry.viewportPx;
    if (!shown) this.#moveTo(this.#eventStops[index]!);
  }

  /** The finger's last position becomes where the track rests, until it glides on. */
  #endDrag(): void {
    this.#rest = this.offset;
    this.#drag = null;
    this.#dragAt = null;
  }

  /** A new glide starts where the track is now, even mid-glide, so presses in a row chain smoothly. */
  #moveTo(target: number): void {
    const nowMs = this.clock.now();
    const from = this.positionAt(nowMs);
    this.glide = this.reducedMotion() || Math.abs(target - from) < SAME_STOP_PX ? null : new Glide(from, target, nowMs);
    this.#rest = target;
  }
}
