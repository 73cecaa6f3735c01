import { beforeEach, describe, expect, it } from 'vitest';
import { TAP_SLOP_PX, TimelineView, type TrackGeometry } from '../../../../src/kiosk/timeline/timeline-view.svelte.ts';

// Ten cards 400 px apart on a 4,200 px track, in a 1,000 px viewport; cards are 360 px wide.
const geometry: TrackGeometry = {
  eventXs: Array.from({ length: 10 }, (_, i) => 100 + i * 400),
  yearXs: [2100],
  cardWidthPx: 360,
  leadPx: 40,
  widthPx: 4200,
  viewportPx: 1000,
};
const stops = geometry.eventXs.map((x) => x - geometry.leadPx);

let clock: { nowMs: number; now(): number };
let reduced: boolean;
let view: TimelineView;

beforeEach(() => {
  clock = {
    nowMs: 0,
    now() {
      return this.nowMs;
    },
  };
  reduced = false;
  view = new TimelineView(clock, () => reduced);
  view.setGeometry(geometry, 0);
});

/** A finger from `fromX` to `toX` in `steps` moves of 16 ms, then lifted. */
function swipe(fromX: number, toX: number, steps = 10) {
  view.pointerDown(1, fromX, clock.nowMs);
  for (let step = 1; step <= steps; step++) {
    clock.nowMs += 16;
    view.pointerMove(1, fromX + ((toX - fromX) * step) / steps, clock.nowMs);
  }
  view.pointerUp(1, toX, clock.nowMs);
}

/** The screen draws the glide to its end. */
function finishGlide() {
  const glide = view.glide!;
  clock.nowMs = glide.startMs + glide.durationMs;
  view.glideEnded(glide);
}

describe('TimelineView', () => {
  describe('#setGeometry', () => {
    it('shows the event it is asked to keep at the left edge', () => {
      view.setGeometry(geometry, 3);
      expect(view.offset).toBe(stops[3]);
      expect(view.maxOffset).toBe(3200);
    });

    it('keeps the event on show when the layout changes', () => {
      view.setGeometry(geometry, 4);
      view.setGeometry({ ...geometry, eventXs: geometry.eventXs.map((x) => x * 1.2), widthPx: 5000 });
      expect(view.offset).toBe(geometry.eventXs[4]! * 1.2 - geometry.leadPx);
    });
  });

  describe('a tap', () => {
    it('does not move the track and lets the click through to the card', () => {
      view.pointerDown(1, 500, 0);
      expect(view.pointerMove(1, 500 + TAP_SLOP_PX - 1, 30)).toBe(false);
      view.pointerUp(1, 500 + TAP_SLOP_PX - 1, 60);
      expect(view.offset).toBe(stops[0]);
      expect(view.glide).toBeNull();
      expect(view.takeSwipeClick()).toBe(false);
    });

    it('on a gliding track catches it where it is, and opens nothing', () => {
      view.next();
      clock.nowMs += 50;
      const caught = view.positionAt(clock.nowMs);
      expect(caught).toBeGreaterThan(stops[0]!);
      expect(caught).toBeLessThan(stops[1]!);
      view.pointerDown(1, 500, clock.nowMs);
      expect(view.glide).toBeNull();
      expect(view.offset).toBe(caught);
      view.pointerUp(1, 500, clock.nowMs);
      expect(view.takeSwipeClick()).toBe(true);
    });

    it('on a glide in its last few px ends it there and opens the card', () => {
      view.next();
      const glide = view.glide!;
      while (stops[1]! - glide.at(clock.nowMs) > TAP_SLOP_PX) clock.nowMs += 16;
      view.pointerDown(1, 500, clock.nowMs);
      expect(view.offset).toBe(stops[1]);
      view.pointerUp(1, 500, clock.nowMs);
      expect(view.takeSwipeClick()).toBe(false);
    });
  });

  describe('a swipe', () => {
    it('moves the track with the finger once past the slop, without a jump', () => {
      view.pointerDown(1, 500, 0);
      expect(view.pointerMove(1, 500 - TAP_SLOP_PX, 16)).toBe(true);
      expect(view.offset).toBe(stops[0]);
      view.pointerMove(1, 500 - TAP_SLOP_PX - 150, 32);
      expect(view.offset).toBe(stops[0]! + 150);
    });

    it('tells its watchers at each move of the finger, until they stop watching', () => {
      const seen: number[] = [];
      const stop = view.watchDrag(() => seen.push(view.offset));
      swipe(800, 500, 6);
      stop();
      swipe(500, 800, 6);
      // Six moves of 50 px, each past the slop (the first only crosses it), and the lift's position.
      expect(seen).toEqual([0, 50, 100, 150, 200, 250, 250].map((px) => stops[0]! + px));
    });

    it('swallows the click that ends it, once', () => {
      swipe(800, 500);
      expect(view.takeSwipeClick()).toBe(true);
      expect(view.takeSwipeClick()).toBe(false);
    });

    it('glides on after a fling from where the finger let go, and comes to rest on an event', () => {
      swipe(900, 500, 5);
      const glide = view.glide!;
      // The swipe starts at its first move, 80 px in, and follows the finger from there.
      expect(glide.from).toBe(stops[0]! + 400 - 80);
      expect(glide.to).toBeGreaterThan(glide.from + 300);
      expect(stops).toContain(glide.to);
      expect(view.offset).toBe(glide.to);
      finishGlide();
      expect(view.glide).toBeNull();
      expect(view.positionAt(clock.nowMs)).toBe(glide.to);
    });

    it('may come to rest on a round year between events', () => {
      view.setGeometry(geometry, 5);
      const distance = 2100 - geometry.leadPx - stops[5]!;
      view.pointerDown(1, 500, 0);
      view.pointerMove(1, 500 - TAP_SLOP_PX, 16);
      view.pointerMove(1, 500 - TAP_SLOP_PX - distance, 500);
      view.pointerUp(1, 500 - TAP_SLOP_PX - distance, 700);
      expect(view.offset).toBe(2100 - geometry.leadPx);
    });

    it('springs back from beyond the start', () => {
      swipe(200, 900);
      expect(view.glide!.from).toBeLessThan(0);
      expect(view.offset).toBe(0);
    });

    it('with reduced motion lands on the nearest stop at once, without gliding on', () => {
      reduced = true;
      swipe(900, 500, 5);
      expect(view.glide).toBeNull();
      expect(view.offset).toBe(stops[1]);
    });
  });

  describe('#next and #previous', () => {
    it('step from event to event, each press counting from where the last one heads', () => {
      view.next();
      clock.nowMs += 30;
      view.next();
      expect(view.offset).toBe(stops[2]);
      expect(view.currentIndex).toBe(2);
      // The second glide starts where the first had got to.
      expect(view.glide!.from).toBeLessThan(stops[1]!);
      finishGlide();
      view.previous();
      expect(view.offset).toBe(stops[1]);
    });

    it('stop at the ends', () => {
      view.previous();
      expect(view.glide).toBeNull();
      expect(view.offset).toBe(stops[0]);
      view.setGeometry(geometry, 9);
      view.next();
      expect(view.glide).toBeNull();
    });

    it('with reduced motion jump directly', () => {
      reduced = true;
      view.next();
      expect(view.glide).toBeNull();
      expect(view.offset).toBe(stops[1]);
    });
  });

  describe('#jumpToX', () => {
    it('brings a place on the track to the left edge, within the ends', () => {
      view.jumpToX(2100);
      expect(view.offset).toBe(2100 - geometry.leadPx);
      view.jumpToX(99_999);
      expect(view.offset).toBe(view.maxOffset);
    });
  });

  describe('#reveal', () => {
    it('moves to a card that is partly hidden and leaves a shown one where it is', () => {
      view.reveal(1);
      expect(view.glide).toBeNull();
      view.reveal(2);
      expect(view.offset).toBe(stops[2]);
    });
  });

  describe('#glideEnded', () => {
    it('ends only the glide that was drawn, not a newer one', () => {
      view.next();
      const first = view.glide!;
      view.next();
      view.glideEnded(first);
      expect(view.glide).not.toBeNull();
    });
  });
});
