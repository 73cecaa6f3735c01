import { describe, expect, it } from 'vitest';
import { ViewerGesture } from '../../../../src/kiosk/viewer/viewer-gesture.ts';

const at = (x: number, y = 0) => ({ x, y });

/** A finger that goes down and up at the same point. */
function tap(gesture: ViewerGesture, point: { x: number; y: number }, timeMs: number) {
  gesture.down(1, point);
  return gesture.up(1, point, timeMs);
}

describe('ViewerGesture', () => {
  describe('#move', () => {
    it('gives the movement since the last event and the offset from the start', () => {
      const gesture = new ViewerGesture();
      gesture.down(1, at(100, 100));
      expect(gesture.move(1, at(110, 95))).toEqual({ x: 10, y: -5 });
      expect(gesture.move(1, at(130, 90))).toEqual({ x: 20, y: -5 });
      expect(gesture.offset).toEqual({ x: 30, y: -10 });
    });

    it('ignores a second finger, since pinch zoom stays locked', () => {
      const gesture = new ViewerGesture();
      gesture.down(1, at(100));
      expect(gesture.down(2, at(300))).toBe(false);
      expect(gesture.move(2, at(400))).toBeNull();
      expect(gesture.up(2, at(400), 10)).toEqual({ kind: 'none' });
      expect(gesture.active).toBe(true);
    });
  });

  describe('#up', () => {
    it('reads a long leftward drag as a swipe to the next image', () => {
      const gesture = new ViewerGesture();
      gesture.down(1, at(600, 300));
      gesture.move(1, at(450, 310));
      expect(gesture.up(1, at(400, 320), 200)).toEqual({ kind: 'swipe', direction: 1 });
    });

    it('reads a long rightward drag as a swipe to the previous image', () => {
      const gesture = new ViewerGesture();
      gesture.down(1, at(400));
      expect(gesture.up(1, at(600), 200)).toEqual({ kind: 'swipe', direction: -1 });
    });

    it('does not read a short or mostly vertical drag as a swipe', () => {
      const gesture = new ViewerGesture();
      gesture.down(1, at(400, 0));
      expect(gesture.up(1, at(450, 0), 100)).toEqual({ kind: 'none' });
      gesture.down(1, at(400, 0));
      expect(gesture.up(1, at(500, 300), 200)).toEqual({ kind: 'none' });
    });

    it('reads two quick taps in one place as a double tap there', () => {
      const gesture = new ViewerGesture();
      expect(tap(gesture, at(500, 300), 1000)).toEqual({ kind: 'none' });
      expect(tap(gesture, at(505, 298), 1200)).toEqual({ kind: 'double-tap', at: at(505, 298) });
    });

    it('does not read two slow or distant taps as a double tap', () => {
      const slow = new ViewerGesture();
      tap(slow, at(500), 1000);
      expect(tap(slow, at(500), 1500)).toEqual({ kind: 'none' });
      const distant = new ViewerGesture();
      tap(distant, at(500), 1000);
      expect(tap(distant, at(700), 1100)).toEqual({ kind: 'none' });
    });

    it('starts a new double tap after one, so three taps are one double tap', () => {
      const gesture = new ViewerGesture();
      tap(gesture, at(500), 1000);
      tap(gesture, at(500), 1100);
      expect(tap(gesture, at(500), 1200)).toEqual({ kind: 'none' });
    });

    it('does not count a tap before a drag towards a double tap', () => {
      const gesture = new ViewerGesture();
      tap(gesture, at(500), 1000);
      gesture.down(1, at(500));
      gesture.up(1, at(560), 1100);
      expect(tap(gesture, at(500), 1200)).toEqual({ kind: 'none' });
    });
  });

  describe('#cancel', () => {
    it('ends the gesture without effect and frees the finger', () => {
      const gesture = new ViewerGesture();
      gesture.down(1, at(600));
      gesture.move(1, at(300));
      gesture.cancel(1);
      expect(gesture.active).toBe(false);
      expect(gesture.offset).toEqual({ x: 0, y: 0 });
      expect(gesture.down(2, at(100))).toBe(true);
    });
  });
});
