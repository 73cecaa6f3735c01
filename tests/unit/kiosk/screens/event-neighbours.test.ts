import { describe, expect, it } from 'vitest';
import type { ExhibitDoc, TimelineEvent } from '../../../../src/feed/content-schema.ts';
import { eventNeighbours } from '../../../../src/kiosk/screens/event-neighbours.ts';

const event = (id: string, date: string, era?: string) => ({ id, date, era }) as TimelineEvent;
const eras: ExhibitDoc['eras'] = [
  { id: 'terror', from: 1937, to: 1938, title: { en: 'Terror' } },
  { id: 'camps', from: 1931, to: 1956, title: { en: 'Camps' } },
];
// Listed out of date order, as a feed may hold them.
const events = [
  event('kengir', '1954-05', 'camps'),
  event('order-00447', '1937-07-30', 'terror'),
  event('karlag', '1931', 'camps'),
];
const ids = ({ previous, next }: ReturnType<typeof eventNeighbours>) => [previous?.id ?? null, next?.id ?? null];

describe('eventNeighbours', () => {
  it('gives the events before and after in date order, across eras', () => {
    expect(ids(eventNeighbours(events, eras, 'order-00447'))).toEqual(['karlag', 'kengir']);
  });

  it('gives no previous event for the first, and no next one for the last', () => {
    expect(ids(eventNeighbours(events, eras, 'karlag'))).toEqual([null, 'order-00447']);
    expect(ids(eventNeighbours(events, eras, 'kengir'))).toEqual(['order-00447', null]);
  });

  it('gives no neighbours for an event that is not on the timeline', () => {
    expect(ids(eventNeighbours(events, eras, 'gone'))).toEqual([null, null]);
  });
});
