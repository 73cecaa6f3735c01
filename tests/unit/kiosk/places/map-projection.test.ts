import { describe, expect, it } from 'vitest';
import { mapProjection, projectLonLat } from '../../../../src/kiosk/places/map-projection.ts';

describe('projectLonLat', () => {
  const d3 = mapProjection();

  it('puts a place where the base map drawn with d3-geo has it', () => {
    // Dolinka, Kengir, Almaty, the country's corners, and points far outside it.
    const positions: [number, number][] = [
      [72.66, 49.7],
      [67.7, 47.8],
      [76.9, 43.25],
      [46.5, 40.5],
      [87.5, 55.5],
      [-120, 10],
      [179.5, -60],
    ];
    for (const [lon, lat] of positions) {
      const [x, y] = projectLonLat(lon, lat);
      const [dx, dy] = d3([lon, lat])!;
      expect(x).toBeCloseTo(dx, 9);
      expect(y).toBeCloseTo(dy, 9);
    }
  });

  it('centres the map on Kazakhstan, north up', () => {
    const [x, y] = projectLonLat(67, 48);
    expect(Math.abs(x)).toBeLessThan(1e-9);
    expect(Math.abs(y)).toBeLessThan(1e-9);
    expect(projectLonLat(67, 55)[1]).toBeLessThan(0);
    expect(projectLonLat(80, 48)[0]).toBeGreaterThan(0);
  });
});
