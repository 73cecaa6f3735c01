import { describe, expect, it } from 'vitest';
import { ErrorRate } from '../../../../src/kiosk/watchdog/error-rate.ts';

const MINUTE_MS = 60_000;

describe('ErrorRate', () => {
  it('is over its limit once that many errors fall within the window', () => {
    const rate = new ErrorRate(3, 10 * MINUTE_MS);
    rate.record(0);
    rate.record(MINUTE_MS);
    expect(rate.isOverLimit(MINUTE_MS)).toBe(false);
    rate.record(2 * MINUTE_MS);
    expect(rate.isOverLimit(2 * MINUTE_MS)).toBe(true);
  });

  it('forgets errors older than the window', () => {
    const rate = new ErrorRate(3, 10 * MINUTE_MS);
    rate.record(0);
    rate.record(MINUTE_MS);
    rate.record(9 * MINUTE_MS);
    expect(rate.isOverLimit(10 * MINUTE_MS)).toBe(false);
    expect(rate.count(10 * MINUTE_MS)).toBe(2);
  });

  it('never counts more than its limit', () => {
    const rate = new ErrorRate(3, 10 * MINUTE_MS);
    for (let at = 0; at < 10; at++) rate.record(at);
    expect(rate.count(10)).toBe(3);
  });
});
