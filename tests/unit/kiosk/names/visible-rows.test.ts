import { describe, expect, it } from 'vitest';
import { visibleRows } from '../../../../src/kiosk/names/visible-rows.ts';

describe('visibleRows', () => {
  it('renders the rows in view and a few on each side', () => {
    expect(visibleRows({ scrollTop: 1000, viewportHeight: 400, rowHeight: 100, count: 200, overscan: 2 })).toEqual({
      start: 8,
      end: 17,
    });
  });

  it('stays within the list at its top and bottom', () => {
    expect(visibleRows({ scrollTop: 0, viewportHeight: 400, rowHeight: 100, count: 200, overscan: 2 })).toEqual({
      start: 0,
      end: 7,
    });
    expect(visibleRows({ scrollTop: 19_800, viewportHeight: 400, rowHeight: 100, count: 200 }).end).toBe(200);
  });

  it('renders a screenful before the list is measured, and nothing for no rows', () => {
    expect(visibleRows({ scrollTop: 0, viewportHeight: 0, rowHeight: 100, count: 200 }).end).toBeGreaterThan(5);
    expect(visibleRows({ scrollTop: 0, viewportHeight: 400, rowHeight: 100, count: 0 })).toEqual({ start: 0, end: 0 });
  });
});
