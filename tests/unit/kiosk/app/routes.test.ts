import { describe, expect, it } from 'vitest';
import type { Place, TimelineEvent, Testimony } from '../../../../src/feed/content-schema.ts';
import { routeExists, sectionOf, shownSections, type RoutableContent } from '../../../../src/kiosk/app/routes.ts';

const content: RoutableContent = {
  exhibit: { sections: ['timeline', 'testimonies'], places: [], keywords: [{ id: 'arrest', label: { en: 'Arrest' } }] },
  timeline: { events: [{ id: '1937-order' } as TimelineEvent] },
  testimonies: { testimonies: [{ id: 't01' } as Testimony] },
};

const withPlaces: RoutableContent = {
  ...content,
  exhibit: { sections: ['timeline', 'places'], places: [{ id: 'karlag' } as Place], keywords: [] },
};

describe('sectionOf', () => {
  it('puts each detail page under its section', () => {
    expect(sectionOf({ screen: 'event', eventId: 'x' })).toBe('timeline');
    expect(sectionOf({ screen: 'testimony', testimonyId: 'x' })).toBe('testimonies');
    expect(sectionOf({ screen: 'place', placeId: 'x' })).toBe('places');
    expect(sectionOf({ screen: 'record', recordId: 'x' })).toBe('names');
    expect(sectionOf({ screen: 'home' })).toBe('home');
  });

  it('puts the moments of a keyword under testimonies', () => {
    expect(sectionOf({ screen: 'keyword', keywordId: 'arrest' })).toBe('testimonies');
  });

  it('puts the technician panel under no section', () => {
    expect(sectionOf({ screen: 'technician' })).toBeNull();
  });
});

describe('shownSections', () => {
  it('offers the sections the exhibit lists, in its order', () => {
    expect(shownSections(withPlaces.exhibit)).toEqual(['timeline', 'places']);
  });

  it('leaves out Places when the exhibit lists it but has no place', () => {
    expect(shownSections({ sections: ['places', 'names'], places: [] })).toEqual(['names']);
  });
});

describe('routeExists', () => {
  it('accepts an event or testimony the content has', () => {
    expect(routeExists({ screen: 'event', eventId: '1937-order' }, content)).toBe(true);
    expect(routeExists({ screen: 'testimony', testimonyId: 't01' }, content)).toBe(true);
  });

  it('refuses an event or testimony the content no longer has', () => {
    expect(routeExists({ screen: 'event', eventId: 'gone' }, content)).toBe(false);
    expect(routeExists({ screen: 'testimony', testimonyId: 'gone' }, content)).toBe(false);
  });

  it('accepts a keyword the exhibit lists and refuses one it no longer does', () => {
    expect(routeExists({ screen: 'keyword', keywordId: 'arrest' }, content)).toBe(true);
    expect(routeExists({ screen: 'keyword', keywordId: 'gone' }, content)).toBe(false);
  });

  it('accepts a place the exhibit has, and refuses a removed one', () => {
    expect(routeExists({ screen: 'place', placeId: 'karlag' }, withPlaces)).toBe(true);
    expect(routeExists({ screen: 'place', placeId: 'gone' }, withPlaces)).toBe(false);
  });

  it('refuses the places pages when the exhibit has no place left', () => {
    const emptied: RoutableContent = { ...withPlaces, exhibit: { sections: ['timeline', 'places'], places: [], keywords: [] } };
    expect(routeExists({ screen: 'places' }, emptied)).toBe(false);
    expect(routeExists({ screen: 'place', placeId: 'karlag' }, emptied)).toBe(false);
  });

  it('refuses a section the exhibit no longer has, with its pages', () => {
    expect(routeExists({ screen: 'names' }, content)).toBe(false);
    expect(routeExists({ screen: 'record', recordId: 'KZ-1' }, content)).toBe(false);
    expect(routeExists({ screen: 'place', placeId: 'karlag' }, content)).toBe(false);
  });

  it('always accepts home and the technician panel', () => {
    expect(routeExists({ screen: 'home' }, content)).toBe(true);
    expect(routeExists({ screen: 'technician' }, content)).toBe(true);
  });
});
