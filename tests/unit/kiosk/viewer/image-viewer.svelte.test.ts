import { describe, expect, it } from 'vitest';
import type { ContentImage } from '../../../../src/feed/content-schema.ts';
import type { ActiveContent } from '../../../../src/kiosk/storage/read-active-content.ts';
import { ImageViewer } from '../../../../src/kiosk/viewer/image-viewer.svelte.ts';

const content = { version: 1 } as ActiveContent;
const image = (n: number): ContentImage => ({ media: String(n).padStart(64, 'a'), alt: { en: `image ${n}` } });
const images = [image(1), image(2), image(3)];
const stage = { width: 1000, height: 800 };

/** A viewer showing `images` from `index`, each 2000 × 1000 px (1000 × 500 when whole on the stage). */
function openViewer(index = 0): ImageViewer {
  const viewer = new ImageViewer();
  viewer.open(content, images, index);
  viewer.measure(stage, { width: 2000, height: 1000 });
  return viewer;
}

describe('ImageViewer', () => {
  describe('#open', () => {
    it('shows the tapped image of the item, whole', () => {
      const viewer = openViewer(1);
      expect(viewer.image).toBe(images[1]);
      expect(viewer.zoom).toBe(1);
      expect(viewer.fitted).toEqual({ width: 1000, height: 500 });
    });

    it('stays closed for an item without images', () => {
      const viewer = new ImageViewer();
      viewer.open(content, [], 0);
      expect(viewer.gallery).toBeNull();
    });

    it('shows the last image for an index past the end', () => {
      expect(openViewer(7).index).toBe(2);
    });
  });

  describe('#close', () => {
    it('forgets the images and the zoom', () => {
      const viewer = openViewer(2);
      viewer.zoomIn();
      viewer.close();
      expect(viewer.gallery).toBeNull();
      expect(viewer.image).toBeNull();
      expect(viewer.zoom).toBe(1);
    });
  });

  describe('#next and #previous', () => {
    it('walk the item’s images and stop at either end', () => {
      const viewer = openViewer(0);
      expect(viewer.hasPrevious).toBe(false);
      viewer.previous();
      expect(viewer.index).toBe(0);
      viewer.next();
      viewer.next();
      expect(viewer.index).toBe(2);
      expect(viewer.hasNext).toBe(false);
      viewer.next();
      expect(viewer.index).toBe(2);
      viewer.previous();
      expect(viewer.image).toBe(images[1]);
    });

    it('show the next image whole, however the last one was zoomed', () => {
      const viewer = openViewer(0);
      viewer.zoomIn();
      viewer.panBy({ x: 100, y: 0 });
      viewer.next();
      expect(viewer.zoom).toBe(1);
      expect(viewer.pan).toEqual({ x: 0, y: 0 });
    });
  });

  describe('#zoomIn and #zoomOut', () => {
    it('step through the zoom levels and say when they can go no further', () => {
      const viewer = openViewer();
      expect(viewer.canZoomOut).toBe(false);
      for (let i = 0; i < 6; i++) viewer.zoomIn();
      expect(viewer.zoom).toBe(4);
      expect(viewer.canZoomIn).toBe(false);
      viewer.zoomOut();
      expect(viewer.zoom).toBe(3);
      expect(viewer.canZoomOut).toBe(true);
    });

    it('bring a moved image back within the stage as they zoom out', () => {
      const viewer = openViewer();
      viewer.zoomIn();
      viewer.zoomIn();
      viewer.panBy({ x: 10_000, y: 0 });
      expect(viewer.pan.x).toBe(500);
      viewer.zoomOut();
      // At 1.5×: 1500 px wide in a 1000 px stage, so 250 px to either side.
      expect(viewer.pan.x).toBe(250);
      viewer.zoomOut();
      expect(viewer.pan).toEqual({ x: 0, y: 0 });
    });
  });

  describe('#toggleZoom', () => {
    it('zooms in around the tapped point, then back to the whole image', () => {
      const viewer = openViewer();
      viewer.toggleZoom({ x: 200, y: 100 });
      expect(viewer.zoom).toBe(2);
      // The point 200 px right of centre stays under the finger: the image moves 200 px left.
      expect(viewer.pan).toEqual({ x: -200, y: -100 });
      viewer.toggleZoom({ x: 0, y: 0 });
      expect(viewer.zoom).toBe(1);
      expect(viewer.pan).toEqual({ x: 0, y: 0 });
    });
  });

  describe('#panBy', () => {
    it('does not move the whole image', () => {
      const viewer = openViewer();
      viewer.panBy({ x: 50, y: 50 });
      expect(viewer.pan).toEqual({ x: 0, y: 0 });
    });

    it('moves a zoomed image no further than its edges', () => {
      const viewer = openViewer();
      viewer.toggleZoom({ x: 0, y: 0 });
      viewer.panBy({ x: -120, y: 40 });
      expect(viewer.pan).toEqual({ x: -120, y: 40 });
      viewer.panBy({ x: -1000, y: 1000 });
      expect(viewer.pan).toEqual({ x: -500, y: 100 });
    });
  });

  describe('#measure', () => {
    it('keeps a zoomed image within a stage that shrinks', () => {
      const viewer = openViewer();
      viewer.toggleZoom({ x: 0, y: 0 });
      viewer.panBy({ x: 500, y: 0 });
      viewer.measure({ width: 1800, height: 800 }, { width: 2000, height: 1000 });
      // Whole: 1600 × 800; at 2×: 3200 px wide in 1800, so 700 px to either side.
      expect(viewer.pan.x).toBe(500);
      viewer.measure({ width: 500, height: 800 }, { width: 2000, height: 1000 });
      // Whole: 500 × 250; at 2×: 1000 px wide in 500, so 250 px.
      expect(viewer.pan.x).toBe(250);
    });
  });
});
