import { describe, expect, it } from 'vitest';
import type { Place, Testimony, TimelineEvent } from '../../../../src/feed/content-schema.ts';
import { placeLinks } from '../../../../src/kiosk/places/place-links.ts';

const event = (id: string, date: string, places: string[] = []) =>
  ({ id, date, links: { testimonies: [], names: [], places } }) as unknown as TimelineEvent;
const place = (links: Partial<Place['links']>) =>
  ({ id: 'karlag', links: { events: [], testimonies: [], names: [], ...links } }) as unknown as Place;

describe('placeLinks', () => {
  const timeline = {
    events: [event('1954-kengir', '1954-05'), event('1931-karlag', '1931', ['karlag']), event('1938-alzhir', '1938-01')],
  };
  const testimonies = { testimonies: [{ id: 't01' }, { id: 't02' }] as Testimony[] };

  it('joins the events the place names and the events that name the place, in date order', () => {
    const links = placeLinks(place({ events: ['1954-kengir'] }), timeline, testimonies);
    expect(links.events.map((linked) => linked.id)).toEqual(['1931-karlag', '1954-kengir']);
  });

  it('lists an event linked both ways once', () => {
    const links = placeLinks(place({ events: ['1931-karlag'] }), timeline, testimonies);
    expect(links.events.map((linked) => linked.id)).toEqual(['1931-karlag']);
  });

  it('gives the testimonies the place names', () => {
    const links = placeLinks(place({ testimonies: ['t02', 'gone'] }), timeline, testimonies);
    expect(links.testimonies.map((linked) => linked.id)).toEqual(['t02']);
  });
});
