import { describe, expect, it } from 'vitest';
import {
  addMark,
  cornerAt,
  cornerCentre,
  CORNER_INSET_PX,
  CORNER_RADIUS_PX,
  greySteps,
  gridLines,
} from '../../../../src/kiosk/technician/test-pattern.ts';

const SCREEN = { width: 1920, height: 1080 };

describe('greySteps', () => {
  it('runs from black to white in even steps', () => {
    const steps = greySteps(11);
    expect(steps).toHaveLength(11);
    expect(steps[0]).toBe('#000000');
    expect(steps[5]).toBe('#808080');
    expect(steps[10]).toBe('#ffffff');
  });
});

describe('gridLines', () => {
  it('draws a line every step and one on the far edge', () => {
    expect(gridLines(1080, 100)).toEqual([0, 100, 200, 300, 400, 500, 600, 700, 800, 900, 1000, 1080]);
    expect(gridLines(300, 100)).toEqual([0, 100, 200, 300]);
  });
});

describe('cornerAt', () => {
  it('finds the corner target a touch lands on, in every corner', () => {
    expect(cornerAt({ x: CORNER_INSET_PX, y: CORNER_INSET_PX }, SCREEN)).toBe('top-left');
    expect(cornerAt({ x: 1920 - CORNER_INSET_PX + 10, y: CORNER_INSET_PX - 10 }, SCREEN)).toBe('top-right');
    expect(cornerAt(cornerCentre('bottom-left', SCREEN), SCREEN)).toBe('bottom-left');
    expect(cornerAt({ x: 1900, y: 1060 }, SCREEN)).toBe('bottom-right');
  });

  it('finds none for a touch outside every target', () => {
    expect(cornerAt({ x: 960, y: 540 }, SCREEN)).toBeNull();
    expect(cornerAt({ x: CORNER_INSET_PX + CORNER_RADIUS_PX + 1, y: CORNER_INSET_PX }, SCREEN)).toBeNull();
  });

  it('follows a portrait screen', () => {
    expect(cornerAt({ x: 1040, y: 1880 }, { width: 1080, height: 1920 })).toBe('bottom-right');
  });
});

describe('addMark', () => {
  it('keeps the newest marks, at whole pixels', () => {
    let marks = addMark([], { x: 10.4, y: 20.6 });
    expect(marks).toEqual([{ x: 10, y: 21 }]);
    for (let i = 0; i < 5; i++) marks = addMark(marks, { x: i, y: i }, 3);
    expect(marks).toEqual([
      { x: 2, y: 2 },
      { x: 3, y: 3 },
      { x: 4, y: 4 },
    ]);
  });
});
