import { describe, expect, it } from 'vitest';
import { layoutTrack, timeOf } from '../../../../src/kiosk/timeline/track-layout.ts';

const metrics = { cardStepPx: 400, minYearPx: 40, edgePx: 60 };

describe('timeOf', () => {
  it('orders partial dates as the calendar does', () => {
    const times = ['1937', '1937-01-02', '1937-07', '1937-07-30', '1937-12-31', '1938'].map(timeOf);
    expect([...times].sort((a, b) => a - b)).toEqual(times);
    expect(new Set(times).size).toBe(times.length);
  });

  it('puts a year alone at its start', () => {
    expect(timeOf('1937')).toBe(1937);
    expect(timeOf('1937-01-01')).toBe(1937);
  });
});

describe('layoutTrack', () => {
  it('keeps a card step between events that crowd one year', () => {
    const { eventXs } = layoutTrack(['1937', '1937-07', '1937-07-30', '1937-08'], metrics);
    for (let i = 1; i < eventXs.length; i++) expect(eventXs[i]! - eventXs[i - 1]!).toBeGreaterThanOrEqual(metrics.cardStepPx);
  });

  it('gives years without events at least the minimum width, so a gap of decades shows', () => {
    const { eventXs } = layoutTrack(['1956', '1986'], metrics);
    expect(eventXs[1]! - eventXs[0]!).toBe(30 * metrics.minYearPx);
  });

  it('maps each event’s date to its card, and time to x in order', () => {
    const dates = ['1916-06-25', '1937', '1937-07-30', '1954-05', '1986-12'];
    const layout = layoutTrack(dates, metrics);
    dates.forEach((date, index) => expect(layout.xOf(timeOf(date))).toBeCloseTo(layout.eventXs[index]!));
    const xs = Array.from({ length: 80 }, (_, year) => layout.xOf(1910 + year));
    expect([...xs].sort((a, b) => a - b)).toEqual(xs);
  });

  it('maps a year shared by several events to the first of them', () => {
    const layout = layoutTrack(['1937', '1937', '1938'], metrics);
    expect(layout.xOf(1937)).toBe(layout.eventXs[0]);
  });

  it('widens the scale to the years it is given beyond the events, and ends after the last card', () => {
    const layout = layoutTrack(['1937'], metrics, { from: 1928, to: 1956 });
    expect(layout).toMatchObject({ firstYear: 1928, lastYear: 1956 });
    expect(layout.eventXs[0]).toBe(metrics.edgePx + 9 * metrics.minYearPx);
    expect(layout.xOf(1957)).toBeGreaterThanOrEqual(layout.eventXs[0]! + metrics.cardStepPx);
    expect(layout.widthPx).toBe(layout.xOf(1957) + metrics.edgePx);
  });
});
