import { describe, expect, it } from 'vitest';
import { TapGesture, TECHNICIAN_TAP_WINDOW_MS, TECHNICIAN_TAPS } from '../../../../src/kiosk/behaviour/tap-gesture.ts';

function tapAt(gesture: TapGesture, times: number[]): boolean[] {
  return times.map((at) => gesture.tap(at));
}

describe('TapGesture', () => {
  describe('#tap', () => {
    it('completes on the fifth tap within three seconds', () => {
      expect(TECHNICIAN_TAPS).toBe(5);
      expect(tapAt(new TapGesture(), [0, 500, 1000, 1500, 2000])).toEqual([false, false, false, false, true]);
    });

    it('does not complete when the taps are spread over more than the window', () => {
      expect(tapAt(new TapGesture(), [0, 800, 1600, 2400, TECHNICIAN_TAP_WINDOW_MS + 1])).toEqual([
        false,
        false,
        false,
        false,
        false,
      ]);
    });

    it('counts a late run of five taps after old ones expire', () => {
      const gesture = new TapGesture();
      tapAt(gesture, [0, 100]);
      expect(tapAt(gesture, [10_000, 10_100, 10_200, 10_300, 10_400])).toEqual([false, false, false, false, true]);
    });

    it('starts over after completing', () => {
      const gesture = new TapGesture();
      tapAt(gesture, [0, 1, 2, 3, 4]);
      expect(gesture.tap(5)).toBe(false);
    });
  });
});
