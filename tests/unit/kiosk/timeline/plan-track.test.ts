import { describe, expect, it } from 'vitest';
import { CARD_GAP_REM, CARD_WIDTH_REM, cardsWithin, cardWindow, planTrack } from '../../../../src/kiosk/timeline/plan-track.ts';

const eras = [
  { id: 'famine', from: 1928, to: 1934 },
  { id: 'camps', from: 1931, to: 1956 },
];

describe('planTrack', () => {
  it('sizes the track by the visitor’s text size', () => {
    const small = planTrack(['1930', '1931'], eras, (era) => era, 20);
    const large = planTrack(['1930', '1931'], eras, (era) => era, 28);
    expect(small.cardWidthPx).toBe(CARD_WIDTH_REM * 20);
    expect(small.layout.eventXs[1]! - small.layout.eventXs[0]!).toBe((CARD_WIDTH_REM + CARD_GAP_REM) * 20);
    expect(large.layout.widthPx).toBeGreaterThan(small.layout.widthPx);
  });

  it('lists each decade that holds an event, once, where it starts', () => {
    const plan = planTrack(['1930', '1937', '1937-07', '1954'], eras, (era) => era, 20);
    expect(plan.decades.map((decade) => decade.decade)).toEqual([1930, 1950]);
    expect(plan.decades[0]!.x).toBe(plan.layout.xOf(1930));
  });

  it('covers the eras’ years and counts the band rows', () => {
    const plan = planTrack(['1937'], eras, (era) => era, 20);
    expect(plan.layout).toMatchObject({ firstYear: 1928, lastYear: 1956 });
    expect(plan.bandRows).toBe(2);
  });

  it('lays out an exhibit without eras', () => {
    const plan = planTrack(['1937'], [], (era: { from: number; to: number }) => era, 20);
    expect(plan).toMatchObject({ bandRows: 0, bands: [] });
    expect(plan.layout.firstYear).toBe(1937);
  });
});

describe('cardsWithin', () => {
  const xs = [0, 400, 800, 1200, 1600];

  it('finds the cards that overlap a stretch of the track', () => {
    expect(cardsWithin(xs, 360, 700, 1300)).toEqual({ from: 1, to: 3 });
    expect(cardsWithin(xs, 360, 780, 1300)).toEqual({ from: 2, to: 3 });
    expect(cardsWithin(xs, 360, 350, 399)).toEqual({ from: 0, to: 0 });
  });

  it('finds none beyond the last card', () => {
    const { from, to } = cardsWithin(xs, 360, 5000, 6000);
    expect(from).toBeGreaterThan(to);
  });
});

describe('cardWindow', () => {
  const xs = Array.from({ length: 300 }, (_, i) => i * 400);

  it('keeps the cards on screen and a swipe’s worth either side, not the whole track', () => {
    const { from, to } = cardWindow(xs, 360, 100 * 400, 100 * 400 + 1920);
    expect(from).toBeLessThanOrEqual(100 - 8);
    expect(to).toBeGreaterThanOrEqual(105 + 16);
    expect(to - from).toBeLessThan(60);
  });

  it('moves in steps, so a small move keeps the same cards', () => {
    expect(cardWindow(xs, 360, 40_000, 42_000)).toEqual(cardWindow(xs, 360, 40_100, 42_100));
  });

  it('covers all of a glide’s way', () => {
    const { from, to } = cardWindow(xs, 360, 0, 60_000);
    expect(from).toBe(0);
    expect(to).toBeGreaterThanOrEqual(150);
  });

  it('keeps every card of a short timeline at its start', () => {
    expect(cardWindow(xs.slice(0, 24), 360, 0, 1920)).toEqual({ from: 0, to: 23 });
  });
});
