import { beforeEach, describe, expect, it } from 'vitest';
import type { Box, Point } from '../../../../src/kiosk/places/map-view.ts';
import { placesMap } from '../../../../src/kiosk/places/places-map.svelte.ts';

const size = { width: 1200, height: 800 };
const extent: Box = [
  [-400, -220],
  [400, 220],
];
const places: Point[] = [
  [-100, -50],
  [100, 50],
];

beforeEach(() => placesMap.reset());

describe('placesMap', () => {
  describe('#show', () => {
    it('starts from the view that fits the places', () => {
      placesMap.show(size, places, extent, 1);
      expect(placesMap.zoom).toBe(1);
      const view = placesMap.view!;
      expect(-100 * view.scale + view.x).toBeGreaterThan(0);
      expect(100 * view.scale + view.x).toBeLessThan(size.width);
    });

    it('keeps the zoom when the map is shown again at the same size and version', () => {
      placesMap.show(size, places, extent, 1);
      placesMap.zoomIn();
      placesMap.show(size, places, extent, 1);
      expect(placesMap.zoom).toBeCloseTo(1.5);
    });

    it('starts over for a new content version or screen size', () => {
      placesMap.show(size, places, extent, 1);
      placesMap.zoomIn();
      placesMap.show(size, places, extent, 2);
      expect(placesMap.zoom).toBe(1);
      placesMap.zoomIn();
      placesMap.show({ width: 800, height: 1200 }, places, extent, 2);
      expect(placesMap.zoom).toBe(1);
    });
  });

  describe('#zoomIn and #zoomOut', () => {
    it('zoom in steps and back', () => {
      placesMap.show(size, places, extent, 1);
      placesMap.zoomIn();
      placesMap.zoomIn();
      expect(placesMap.zoom).toBeCloseTo(2.25);
      placesMap.zoomOut();
      expect(placesMap.zoom).toBeCloseTo(1.5);
    });

    it('zoom out no further than the whole map, and in no closer than eight times', () => {
      placesMap.show(size, places, extent, 1);
      for (let press = 0; press < 10; press++) placesMap.zoomOut();
      expect(placesMap.canZoomOut).toBe(false);
      const view = placesMap.view!;
      expect(800 * view.scale).toBeCloseTo(Math.min(size.width / 800, size.height / 440) * 800);
      for (let press = 0; press < 20; press++) placesMap.zoomIn();
      expect(placesMap.canZoomIn).toBe(false);
      expect(placesMap.zoom).toBeCloseTo(8);
    });
  });

  describe('#reset', () => {
    it('brings the first view back the next time the map is shown', () => {
      placesMap.show(size, places, extent, 1);
      placesMap.zoomIn();
      placesMap.drag(200, 0);
      placesMap.reset();
      placesMap.show(size, places, extent, 1);
      expect(placesMap.zoom).toBe(1);
    });
  });
});
