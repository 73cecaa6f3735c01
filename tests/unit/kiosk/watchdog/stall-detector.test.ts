import { describe, expect, it } from 'vitest';
import { StallDetector } from '../../../../src/kiosk/watchdog/stall-detector.ts';

describe('StallDetector', () => {
  it('sees no stall in ticks that come on time or a little late', () => {
    const detector = new StallDetector(30_000);
    expect([0, 1000, 2000, 4500, 5500].map((at) => detector.tick(at))).toEqual([null, null, null, null, null]);
  });

  it('gives the gap when the ticks were held up for the threshold or longer', () => {
    const detector = new StallDetector(30_000);
    detector.tick(1000);
    expect(detector.tick(43_000)).toBe(42_000);
    expect(detector.tick(44_000)).toBeNull();
  });

  it('sees no stall across a reset, as after the page was hidden', () => {
    const detector = new StallDetector(30_000);
    detector.tick(0);
    detector.reset();
    expect(detector.tick(600_000)).toBeNull();
  });
});
