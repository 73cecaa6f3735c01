import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BASE_MAP_OPTIONS, drawBaseMap } from '../../../../src/kiosk/places/draw-base-map.ts';
import { projectLonLat } from '../../../../src/kiosk/places/map-projection.ts';

// The 110m data keeps the test quick; the build uses 50m through the same code.
const topology = JSON.parse(readFileSync(createRequire(import.meta.url).resolve('world-atlas/countries-110m.json'), 'utf8'));

/** The absolute positions of relative path data (`m`, implicit line steps, `z`). */
function positions(data: string): [number, number][] {
  const points: [number, number][] = [];
  let x = 0;
  let y = 0;
  let startX = 0;
  let startY = 0;
  for (const [, command, numbers] of data.matchAll(/([mz])([^mz]*)/g)) {
    if (command === 'z') {
      [x, y] = [startX, startY];
      continue;
    }
    const values = (numbers!.match(/-?(?:\d+\.?\d*|\.\d+)/g) ?? []).map(Number);
    for (let index = 0; index < values.length; index += 2) {
      x += values[index]!;
      y += values[index + 1]!;
      if (index === 0) [startX, startY] = [x, y];
      points.push([x, y]);
    }
  }
  return points;
}

describe('drawBaseMap', () => {
  const map = drawBaseMap(topology);

  it('draws Kazakhstan around its own cities', () => {
    const [[left, top], [right, bottom]] = map.homeExtent;
    for (const [lon, lat] of [
      [71.45, 51.17],
      [76.9, 43.25],
      [51.4, 51.2],
    ] as const) {
      const [x, y] = projectLonLat(lon, lat);
      expect(x).toBeGreaterThan(left);
      expect(x).toBeLessThan(right);
      expect(y).toBeGreaterThan(top);
      expect(y).toBeLessThan(bottom);
    }
    const outline = positions(map.home);
    expect(outline.length).toBeGreaterThan(20);
    expect(Math.min(...outline.map(([x]) => x))).toBeCloseTo(left, 0);
    expect(Math.max(...outline.map(([x]) => x))).toBeCloseTo(right, 0);
  });

  it('reaches past Kazakhstan by the margin on every side', () => {
    const [[left, top], [right, bottom]] = map.extent;
    const [[homeLeft, homeTop], [homeRight, homeBottom]] = map.homeExtent;
    expect(homeLeft - left).toBeCloseTo((homeRight - homeLeft) * BASE_MAP_OPTIONS.margin, 0);
    expect(bottom - homeBottom).toBeCloseTo((homeBottom - homeTop) * BASE_MAP_OPTIONS.margin, 0);
    expect(right).toBeGreaterThan(homeRight);
    expect(top).toBeLessThan(homeTop);
  });

  it('cuts the neighbours to the drawn area', () => {
    const [[left, top], [right, bottom]] = map.extent;
    const points = positions(map.neighbours);
    expect(points.length).toBeGreaterThan(100);
    for (const [x, y] of points) {
      expect(x).toBeGreaterThanOrEqual(left - 0.1);
      expect(x).toBeLessThanOrEqual(right + 0.1);
      expect(y).toBeGreaterThanOrEqual(top - 0.1);
      expect(y).toBeLessThanOrEqual(bottom + 0.1);
    }
  });

  it('draws fewer points the coarser the tolerance', () => {
    const fine = drawBaseMap(topology, { ...BASE_MAP_OPTIONS, homeToleranceDeg: 0 });
    const coarse = drawBaseMap(topology, { ...BASE_MAP_OPTIONS, homeToleranceDeg: 0.5 });
    expect(positions(coarse.home).length).toBeLessThan(positions(fine.home).length);
  });

  it('refuses a topology without the home country', () => {
    expect(() => drawBaseMap(topology, { ...BASE_MAP_OPTIONS, homeId: '000' })).toThrow(/000/);
  });
});
