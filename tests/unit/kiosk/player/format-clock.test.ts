import { describe, expect, it } from 'vitest';
import { formatClock } from '../../../../src/kiosk/player/format-clock.ts';

describe('formatClock', () => {
  it('writes minutes and two-digit seconds, dropping fractions', () => {
    expect(formatClock(0)).toBe('0:00');
    expect(formatClock(42.6)).toBe('0:42');
    expect(formatClock(605)).toBe('10:05');
  });

  it('adds hours from an hour on', () => {
    expect(formatClock(3600)).toBe('1:00:00');
    expect(formatClock(3 * 3600 + 7 * 60 + 9)).toBe('3:07:09');
  });

  it('writes a negative time as 0:00', () => {
    expect(formatClock(-3)).toBe('0:00');
  });
});
