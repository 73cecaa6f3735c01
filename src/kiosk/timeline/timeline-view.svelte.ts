// One timeline's position and what moves it (docs/design.md §6): a finger drags the track, a
// fling glides on and snaps to an event or a round year, the ← → buttons and arrow keys step
// from event to event, and the era and decade buttons jump. With reduced motion every move is
// direct. DOM-free: the screen passes pointer positions in, and the frame clock is injected.

import { clamp, flingTarget, Glide, nearestSnap, resistEdges, VelocityTracker } from './glide.ts';

/** A finger that moves less than this between down and up has tapped (fingers never land still). */
export const TAP_SLOP_PX = 10;
/** Offsets closer than this are the same stop (layout px are fractional). */
const SAME_STOP_PX = 1;

export interface FrameClock {
  now(): number;
  request(callback: (nowMs: number) => void): number;
  cancel(handle: number): void;
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
  /** What sits at the viewport's left edge, in track px. */
  offset = $state(0);
  /** Where the track rests or is gliding to: what the era and decade buttons mark as on show. */
  destination = $state(0);
  #geometry: TrackGeometry = { eventXs: [], yearXs: [], cardWidthPx: 0, leadPx: 0, widthPx: 0, viewportPx: 0 };
  maxOffset = $state(0);
  #eventStops: number[] = [];
  #snaps: number[] = [0];
  #drag: Drag | null = null;
  #velocity = new VelocityTracker();
  #glide: Glide | null = null;
  #frame: number | null = null;
  #swallowClick = false;

  constructor(
    private readonly clock: FrameClock,
    private readonly reducedMotion: () => boolean,
  ) {}

  /** The event nearest the viewport's left edge (where a glide is heading, while it glides). */
  get currentIndex(): number {
    return this.#nearestEvent(this.destination);
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
    this.#stopGlide();
    this.offset = this.#eventStops[keepIndex] ?? clamp(this.offset, this.maxOffset);
    this.destination = this.offset;
  }

  pointerDown(pointerId: number, x: number, atMs: number): void {
    if (this.#drag) return;
    // A finger on a gliding track catches it, and that touch is not a tap on a card; a glide
    // in its last few px looks at rest already, so it just ends there and the tap counts.
    const glide = this.#glide;
    this.#swallowClick = glide !== null && Math.abs(glide.to - this.offset) > TAP_SLOP_PX;
    this.#stopGlide();
    if (glide && !this.#swallowClick) this.offset = glide.to;
    this.destination = this.offset;
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
    this.offset = resistEdges(drag.startOffset - (x - drag.startX), this.maxOffset);
    this.destination = this.offset;
    return true;
  }

  pointerUp(pointerId: number, x: number, atMs: number): void {
    const drag = this.#drag;
    if (!drag || drag.pointerId !== pointerId) return;
    this.pointerMove(pointerId, x, atMs);
    this.#drag = null;
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
    this.#drag = null;
    this.#moveTo(nearestSnap(this.#snaps, clamp(this.offset, this.maxOffset)));
  }

  /** True once for the click that ends a swipe or a catch: it must not open a card. */
  takeSwipeClick(): boolean {
    const swallow = this.#swallowClick;
    this.#swallowClick = false;
    return swallow;
  }

  next(): void {
    const from = this.destination;
    const stop = this.#eventStops.find((candidate) => candidate > from + SAME_STOP_PX);
    if (stop !== undefined) this.#moveTo(stop);
  }

  previous(): void {
    const from = this.destination;
    const stop = this.#eventStops.findLast((candidate) => candidate < from - SAME_STOP_PX);
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

  /** The screen is leaving: no more frames. */
  stop(): void {
    this.#stopGlide();
    this.#drag = null;
  }

  #nearestEvent(offset: number): number {
    let best = 0;
    this.#eventStops.forEach((stop, index) => {
      if (Math.abs(stop - offset) < Math.abs(this.#eventStops[best]! - offset)) best = index;
    });
    return best;
  }

  #moveTo(target: number): void {
    this.#stopGlide();
    this.destination = target;
    if (this.reducedMotion() || target === this.offset) {
      this.offset = target;
      return;
    }
    this.#glide = new Glide(this.offset, target, this.clock.now());
    this.#frame = this.clock.request(this.#tick);
  }

  #tick = (nowMs: number): void => {
    const glide = this.#glide;
    if (!glide) return;
    this.offset = glide.at(nowMs);
    if (glide.done(nowMs)) {
      this.#glide = null;
      this.#frame = null;
    } else {
      this.#frame = this.clock.request(this.#tick);
    }
  };

  #stopGlide(): void {
    if (this.#frame !== null) this.clock.cancel(this.#frame);
    this.#frame = null;
    this.#glide = null;
  }
}
