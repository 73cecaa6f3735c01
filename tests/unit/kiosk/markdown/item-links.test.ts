import { describe, expect, it } from 'vitest';
import { itemRoute, parseItemHref } from '../../../../src/kiosk/markdown/item-links.ts';

describe('parseItemHref', () => {
  it('reads the kind and id of an item link', () => {
    expect(parseItemHref('event:1937-order-00447')).toEqual({ kind: 'event', id: '1937-order-00447' });
    expect(parseItemHref('record:KZ-000123')).toEqual({ kind: 'record', id: 'KZ-000123' });
    expect(parseItemHref('place:karlag')).toEqual({ kind: 'place', id: 'karlag' });
  });

  it('decodes a percent-encoded id', () => {
    expect(parseItemHref('record:KZ%20123')).toEqual({ kind: 'record', id: 'KZ 123' });
  });

  it('gives null for an outside link, an unknown kind, an empty id or a broken encoding', () => {
    for (const href of ['https://example.org', 'javascript:alert(1)', 'person:p1', 'event:', 'record:%E0%A4%A']) {
      expect(parseItemHref(href)).toBeNull();
    }
  });
});

describe('itemRoute', () => {
  it('opens the screen of each item kind', () => {
    expect(itemRoute('event', 'e1')).toEqual({ screen: 'event', eventId: 'e1' });
    expect(itemRoute('testimony', 't1')).toEqual({ screen: 'testimony', testimonyId: 't1' });
    expect(itemRoute('record', 'r1')).toEqual({ screen: 'record', recordId: 'r1' });
    expect(itemRoute('place', 'p1')).toEqual({ screen: 'place', placeId: 'p1' });
  });

  it('gives null for a kind that is not an item', () => {
    expect(itemRoute('constructor', 'x')).toBeNull();
    expect(itemRoute('__proto__', 'x')).toBeNull();
  });
});
