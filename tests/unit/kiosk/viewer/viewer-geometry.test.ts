import { describe, expect, it } from 'vitest';
import { clampPan, fitInside, panForZoom, stepZoom } from '../../../../src/kiosk/viewer/viewer-geometry.ts';

const stage = { width: 1000, height: 800 };

describe('fitInside', () => {
  it('shrinks a large image to fit the stage whole, keeping its proportions', () => {
    expect(fitInside({ width: 4000, height: 2000 }, stage)).toEqual({ width: 1000, height: 500 });
    expect(fitInside({ width: 1000, height: 2000 }, stage)).toEqual({ width: 400, height: 800 });
  });

  it('never enlarges a small image past its own pixels', () => {
    expect(fitInside({ width: 300, height: 200 }, stage)).toEqual({ width: 300, height: 200 });
  });

  it('gives no size for an image without one', () => {
    expect(fitInside({ width: 0, height: 200 }, stage)).toEqual({ width: 0, height: 0 });
  });
});

describe('stepZoom', () => {
  it('steps up and down through the zoom levels', () => {
    expect(stepZoom(1, 1)).toBe(1.5);
    expect(stepZoom(1.5, 1)).toBe(2);
    expect(stepZoom(2, -1)).toBe(1.5);
  });

  it('stops at the whole image and at the closest zoom', () => {
    expect(stepZoom(1, -1)).toBe(1);
    expect(stepZoom(4, 1)).toBe(4);
  });

  it('steps from a zoom between levels to the next level in that direction', () => {
    expect(stepZoom(2.5, 1)).toBe(3);
    expect(stepZoom(2.5, -1)).toBe(2);
  });
});

describe('clampPan', () => {
  const fitted = { width: 1000, height: 500 };

  it('keeps the whole image centred at zoom 1', () => {
    expect(clampPan({ x: 120, y: -40 }, 1, fitted, stage)).toEqual({ x: 0, y: 0 });
  });

  it('lets a zoomed image move until its edge meets the stage’s edge', () => {
    // At 2×: 2000 × 1000 in a 1000 × 800 stage: 500 px to either side, 100 px up or down.
    expect(clampPan({ x: 900, y: -300 }, 2, fitted, stage)).toEqual({ x: 500, y: -100 });
    expect(clampPan({ x: -200, y: 50 }, 2, fitted, stage)).toEqual({ x: -200, y: 50 });
  });

  it('keeps a side centred where the zoomed image is still smaller than the stage', () => {
    // At 1.5×: 750 px high, less than the 800 px stage.
    expect(clampPan({ x: 10, y: 30 }, 1.5, fitted, stage)).toEqual({ x: 10, y: 0 });
  });
});

describe('panForZoom', () => {
  it('keeps the point under the focus in place', () => {
    const pan = { x: 40, y: -20 };
    const focus = { x: 200, y: 100 };
    const next = panForZoom(pan, 1.5, 3, focus);
    // The image point under the focus, in the image's own (unzoomed) pixels, is the same before and after.
    expect((focus.x - next.x) / 3).toBeCloseTo((focus.x - pan.x) / 1.5);
    expect((focus.y - next.y) / 3).toBeCloseTo((focus.y - pan.y) / 1.5);
  });

  it('zooms about the centre without moving a centred image', () => {
    expect(panForZoom({ x: 0, y: 0 }, 1, 2, { x: 0, y: 0 })).toEqual({ x: 0, y: 0 });
  });
});
