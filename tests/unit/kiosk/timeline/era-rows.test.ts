import { describe, expect, it } from 'vitest';
import { stackEras } from '../../../../src/kiosk/timeline/era-rows.ts';

// As in media/exhibit.yaml: the camps span the terror, and the exhibit does not list eras by date.
const eras = [
  { id: 'terror', from: 1937, to: 1938 },
  { id: 'famine', from: 1928, to: 1934 },
  { id: 'camps', from: 1931, to: 1956 },
  { id: 'thaw', from: 1956, to: 1991 },
];
const xOf = (year: number) => (year - 1900) * 10;
const rows = (placed: ReturnType<typeof stackEras<(typeof eras)[number]>>) =>
  Object.fromEntries(placed.map((band) => [band.era.id, band.row]));

describe('stackEras', () => {
  it('puts overlapping eras on rows of their own and reuses a row once it is free', () => {
    expect(rows(stackEras(eras, (era) => era, xOf))).toEqual({ famine: 0, camps: 1, terror: 0, thaw: 0 });
  });

  it('lists the bands by start year', () => {
    expect(stackEras(eras, (era) => era, xOf).map((band) => band.era.id)).toEqual(['famine', 'camps', 'terror', 'thaw']);
  });

  it('draws a band over its last year too', () => {
    const [famine] = stackEras([eras[1]!], (era) => era, xOf);
    expect(famine).toMatchObject({ x: 280, widthPx: 70 });
  });

  it('keeps two eras that share a year apart', () => {
    const placed = stackEras([eras[2]!, eras[3]!], (era) => era, xOf);
    expect(rows(placed)).toEqual({ camps: 0, thaw: 1 });
  });
});
