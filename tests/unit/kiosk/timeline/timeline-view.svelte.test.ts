import { beforeEach, describe, expect, it } from 'vitest';
import {
  TAP_SLOP_PX,
  TimelineView,
  type FrameClock,
  type TrackGeometry,
} from '../../../../src/kiosk/timeline/timeline-view.svelte.ts';

/** A frame clock the test advances by hand. */
class ManualClock implements FrameClock {
  nowMs = 0;
  #callbacks = new Map<number, (nowMs: number) => void>();
  #next = 1;
  now = () => this.nowMs;
  request = (callback: (nowMs: number) => void) => {
    this.#callbacks.set(this.#next, callback);
    return this.#next++;
  };
  cancel = (handle: number) => void this.#callbacks.delete(handle);
  get pending() {
    return this.#callbacks.size;
  }
  /** Runs frames every 16 ms until none is asked for (or a limit). */
  runFrames(limit = 2000) {
    for (let frame = 0; frame < limit && this.#callbacks.size > 0; frame++) {
      this.nowMs += 16;
      const callbacks = [...this.#callbacks.values()];
      this.#callbacks.clear();
      for (const callback of callbacks) callback(this.nowMs);
    }
  }
}

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

let clock: ManualClock;
let reduced: boolean;
let view: TimelineView;

beforeEach(() => {
  clock = new ManualClock();
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
      expect(view.takeSwipeClick()).toBe(false);
    });

    it('on a gliding track catches it, and opens nothing', () => {
      view.next();
      clock.runFrames(3);
      const caught = view.offset;
      view.pointerDown(1, 500, clock.nowMs);
      expect(view.offset).toBe(caught);
      expect(clock.pending).toBe(0);
      view.pointerUp(1, 500, clock.nowMs);
      expect(view.takeSwipeClick()).toBe(true);
    });

    it('on a glide in its last few px ends it there and opens the card', () => {
      view.next();
      clock.nowMs += 16;
      // Frames until the glide has under the slop to go, but is not yet there.
      while (stops[1]! - view.offset > TAP_SLOP_PX) clock.runFrames(1);
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

    it('swallows the click that ends it, once', () => {
      swipe(800, 500);
      expect(view.takeSwipeClick()).toBe(true);
      expect(view.takeSwipeClick()).toBe(false);
    });

    it('glides on after a fling and comes to rest on an event', () => {
      swipe(900, 500, 5);
      const released = view.offset;
      expect(clock.pending).toBe(1);
      clock.runFrames();
      expect(view.offset).toBeGreaterThan(released + 300);
      expect(stops).toContain(view.offset);
      expect(clock.pending).toBe(0);
    });

    it('may come to rest on a round year between events', () => {
      view.setGeometry(geometry, 5);
      view.pointerDown(1, 500, 0);
      view.pointerMove(1, 500 - TAP_SLOP_PX, 16);
      view.pointerMove(1, 500 - TAP_SLOP_PX - (2100 - 40 - stops[5]!), 500);
      view.pointerUp(1, 500 - TAP_SLOP_PX - (2100 - 40 - stops[5]!), 700);
      clock.runFrames();
      expect(view.offset).toBe(2100 - geometry.leadPx);
    });

    it('springs back from beyond the start', () => {
      swipe(200, 900);
      expect(view.offset).toBeLessThan(0);
      clock.runFrames();
      expect(view.offset).toBe(0);
    });

    it('with reduced motion lands on the nearest stop at once, without gliding on', () => {
      reduced = true;
      swipe(900, 500, 5);
      expect(clock.pending).toBe(0);
      expect(view.offset).toBe(stops[1]);
    });
  });

  describe('#next and #previous', () => {
    it('step from event to event, each press counting from where the last one heads', () => {
      view.next();
      view.next();
      expect(view.destination).toBe(stops[2]);
      expect(view.currentIndex).toBe(2);
      clock.runFrames();
      expect(view.offset).toBe(stops[2]);
      view.previous();
      clock.runFrames();
      expect(view.offset).toBe(stops[1]);
    });

    it('stop at the ends', () => {
      view.previous();
      expect(clock.pending).toBe(0);
      view.setGeometry(geometry, 9);
      view.next();
      expect(view.offset).toBe(Math.min(stops[9]!, view.maxOffset));
    });

    it('with reduced motion jump directly', () => {
      reduced = true;
      view.next();
      expect(clock.pending).toBe(0);
      expect(view.offset).toBe(stops[1]);
    });
  });

  describe('#jumpToX', () => {
    it('brings a place on the track to the left edge, within the ends', () => {
      view.jumpToX(2100);
      clock.runFrames();
      expect(view.offset).toBe(2100 - geometry.leadPx);
      view.jumpToX(99_999);
      clock.runFrames();
      expect(view.offset).toBe(view.maxOffset);
    });
  });

  describe('#reveal', () => {
    it('moves to a card that is partly hidden and leaves a shown one where it is', () => {
      view.reveal(1);
      expect(clock.pending).toBe(0);
      view.reveal(2);
      clock.runFrames();
      expect(view.offset).toBe(stops[2]);
    });
  });

  describe('#stop', () => {
    it('asks for no more frames', () => {
      view.next();
      view.stop();
      expect(clock.pending).toBe(0);
    });
  });
});
