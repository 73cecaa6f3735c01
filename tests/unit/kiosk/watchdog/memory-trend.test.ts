import { describe, expect, it } from 'vitest';
import { MemoryTrend } from '../../../../src/kiosk/watchdog/memory-trend.ts';

const HOUR_MS = 3_600_000;
const MB = 1024 * 1024;

describe('MemoryTrend', () => {
  it('is over its limit when every reading for the whole window was above it', () => {
    const trend = new MemoryTrend(1024 * MB, 2 * HOUR_MS);
    for (let at = 0; at <= 2 * HOUR_MS; at += HOUR_MS / 2) trend.reading(at, 1100 * MB + at);
    expect(trend.isOverLimit(2 * HOUR_MS)).toBe(true);
    expect(trend.lastUsedBytes).toBe(1100 * MB + 2 * HOUR_MS);
  });

  it('is not over its limit while the readings above it span less than the window', () => {
    const trend = new MemoryTrend(1024 * MB, 2 * HOUR_MS);
    trend.reading(0, 2000 * MB);
    expect(trend.isOverLimit(2 * HOUR_MS - 1)).toBe(false);
  });

  it('starts over after one reading at or below the limit, as after a garbage collection', () => {
    const trend = new MemoryTrend(1024 * MB, 2 * HOUR_MS);
    trend.reading(0, 1500 * MB);
    trend.reading(HOUR_MS, 1024 * MB);
    trend.reading(1.5 * HOUR_MS, 1500 * MB);
    expect(trend.isOverLimit(3 * HOUR_MS)).toBe(false);
    expect(trend.isOverLimit(3.5 * HOUR_MS)).toBe(true);
  });
});
