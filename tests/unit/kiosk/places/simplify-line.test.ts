import { describe, expect, it } from 'vitest';
import { simplifyLine } from '../../../../src/kiosk/places/simplify-line.ts';

describe('simplifyLine', () => {
  it('drops the points that stray less than the tolerance from a straight line', () => {
    const line: [number, number][] = [
      [0, 0],
      [1, 0.01],
      [2, -0.01],
      [3, 0],
    ];
    expect(simplifyLine(line, 0.05)).toEqual([
      [0, 0],
      [3, 0],
    ]);
  });

  it('keeps a corner further off than the tolerance', () => {
    const line: [number, number][] = [
      [0, 0],
      [1, 0.51],
      [2, 1],
      [3, 0.49],
      [4, 0],
    ];
    expect(simplifyLine(line, 0.05)).toEqual([
      [0, 0],
      [2, 1],
      [4, 0],
    ]);
  });

  it('keeps both ends, so lines that meet still meet', () => {
    const line: [number, number][] = [
      [5, 5],
      [5.001, 5.001],
      [5.002, 5],
    ];
    const simplified = simplifyLine(line, 1);
    expect(simplified[0]).toEqual([5, 5]);
    expect(simplified.at(-1)).toEqual([5.002, 5]);
  });

  it('keeps a ring that closes on itself from collapsing to its start', () => {
    const ring: [number, number][] = [
      [0, 0],
      [2, 0],
      [2, 2],
      [0, 2],
      [0, 0],
    ];
    expect(simplifyLine(ring, 0.5).length).toBeGreaterThanOrEqual(3);
  });
});
