import { describe, expect, it } from 'vitest';
import {
  atLeast,
  boxOf,
  fitView,
  panView,
  shownBox,
  toScreen,
  unionBox,
  zoomView,
  type Box,
} from '../../../../src/kiosk/places/map-view.ts';

const size = { width: 1000, height: 500 };
const box: Box = [
  [0, 0],
  [100, 100],
];

describe('boxOf and unionBox', () => {
  it('bound points and boxes', () => {
    expect(
      boxOf([
        [3, 9],
        [-1, 4],
        [7, -2],
      ]),
    ).toEqual([
      [-1, -2],
      [7, 9],
    ]);
    expect(
      unionBox(box, [
        [-5, 50],
        [50, 200],
      ]),
    ).toEqual([
      [-5, 0],
      [100, 200],
    ]);
  });
});

describe('atLeast', () => {
  it('grows a small box about its centre to the span', () => {
    expect(
      atLeast(
        [
          [10, 10],
          [10, 30],
        ],
        100,
      ),
    ).toEqual([
      [-40, -30],
      [60, 70],
    ]);
  });

  it('leaves a box already that large as it is', () => {
    expect(atLeast(box, 50)).toEqual(box);
  });
});

describe('fitView', () => {
  it('shows the whole box, centred, with the padding clear', () => {
    const view = fitView(box, size, 50);
    expect(view.scale).toBe(4);
    expect(toScreen(view, [50, 50])).toEqual([500, 250]);
    const [left, top] = toScreen(view, box[0]);
    const [right, bottom] = toScreen(view, box[1]);
    expect(top).toBe(50);
    expect(bottom).toBe(450);
    expect(left).toBeGreaterThanOrEqual(50);
    expect(right).toBeLessThanOrEqual(950);
  });
});

describe('shownBox', () => {
  it('gives back the box a view was fitted to, where the box fills the screen', () => {
    expect(shownBox(fitView(box, { width: 400, height: 400 }, 0), { width: 400, height: 400 })).toEqual(box);
  });

  it('holds what the screen shows after a zoom: half the span at twice the scale', () => {
    const view = zoomView(fitView(box, size, 50), 2, size, { minScale: 1, maxScale: 100 });
    const [[left, top], [right, bottom]] = shownBox(view, size);
    expect([right - left, bottom - top]).toEqual([125, 62.5]);
    expect([(left + right) / 2, (top + bottom) / 2]).toEqual([50, 50]);
  });
});

describe('zoomView', () => {
  const limits = { minScale: 1, maxScale: 8 };

  it('zooms about the middle of the screen', () => {
    const view = fitView(box, size, 50);
    const zoomed = zoomView(view, 1.5, size, limits);
    expect(zoomed.scale).toBe(6);
    expect(toScreen(zoomed, [50, 50])).toEqual([500, 250]);
  });

  it('stops at the limits', () => {
    const view = { scale: 6, x: 0, y: 0 };
    expect(zoomView(view, 2, size, limits).scale).toBe(8);
    expect(zoomView({ ...view, scale: 1.2 }, 0.5, size, limits).scale).toBe(1);
  });
});

describe('panView', () => {
  it('moves the map with the finger', () => {
    const view = fitView(box, size, 50);
    const panned = panView(view, 30, -20, size, box);
    expect(panned).toEqual({ scale: view.scale, x: view.x + 30, y: view.y - 20 });
  });

  it('keeps the middle of the screen on the map', () => {
    const view = fitView(box, size, 50);
    const panned = panView(view, 10_000, -10_000, size, box);
    const middle = [(500 - panned.x) / panned.scale, (250 - panned.y) / panned.scale];
    expect(middle).toEqual([0, 100]);
  });
});
