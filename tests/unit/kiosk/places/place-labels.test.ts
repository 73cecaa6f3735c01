import { describe, expect, it } from 'vitest';
import { placeLabels, type LabelRequest, type PlacedLabel } from '../../../../src/kiosk/places/place-labels.ts';

const layout = { markerRadius: 10, gapPx: 5, width: 800, height: 600 };
const label = (id: string, x: number, y: number, width = 100, height = 20): LabelRequest => ({ id, x, y, width, height });

type Rect = { left: number; top: number; right: number; bottom: number };
const rectOf = (placed: PlacedLabel, requests: LabelRequest[]): Rect => {
  const request = requests.find((candidate) => candidate.id === placed.id)!;
  return { left: placed.left, top: placed.top, right: placed.left + request.width, bottom: placed.top + request.height };
};
const overlap = (a: Rect, b: Rect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

describe('placeLabels', () => {
  it('puts a name to the right of its marker when there is room', () => {
    expect(placeLabels([label('a', 100, 100)], layout)).toEqual([{ id: 'a', side: 'right', left: 115, top: 90 }]);
  });

  it('moves a name to the left when another marker stands to the right', () => {
    const [, second] = placeLabels([label('a', 300, 100), label('b', 200, 100)], layout);
    expect(second).toMatchObject({ id: 'b', side: 'left' });
  });

  it('moves a name to the left at the right edge of the map', () => {
    expect(placeLabels([label('a', 750, 100)], layout)[0]).toMatchObject({ side: 'left', left: 635 });
  });

  it('leaves off a name with no free side, the list beside the map still naming it', () => {
    // Hemmed in by a marker on every side.
    const requests = [
      label('hemmed', 400, 300),
      label('e', 430, 300),
      label('w', 370, 300),
      label('s', 400, 330),
      label('n', 400, 270),
    ];
    expect(placeLabels(requests, layout).map((placed) => placed.id)).not.toContain('hemmed');
  });

  it('never lets two names overlap, nor a name cover a marker or leave the map', () => {
    // A tight cluster, as the camps around Karaganda are at the first zoom.
    const requests = Array.from({ length: 24 }, (_, index) =>
      label(`p${index}`, 300 + (index % 6) * 37, 250 + Math.floor(index / 6) * 29, 60 + (index % 4) * 25),
    );
    const placed = placeLabels(requests, layout);
    expect(placed.length).toBeGreaterThan(4);
    const rects = placed.map((one) => rectOf(one, requests));
    for (const [index, rect] of rects.entries()) {
      expect(rect.left).toBeGreaterThanOrEqual(0);
      expect(rect.right).toBeLessThanOrEqual(layout.width);
      for (const other of rects.slice(index + 1)) expect(overlap(rect, other)).toBe(false);
      for (const marker of requests) {
        const markerRect = { left: marker.x - 10, top: marker.y - 10, right: marker.x + 10, bottom: marker.y + 10 };
        expect(overlap(rect, markerRect)).toBe(false);
      }
    }
  });

  it('places the names in the order given, so the first ones win', () => {
    const placed = placeLabels([label('first', 400, 300), label('second', 400, 300)], layout);
    expect(placed[0]!.id).toBe('first');
  });
});
