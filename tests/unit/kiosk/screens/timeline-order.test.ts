import { describe, expect, it } from 'vitest';
import type { ExhibitDoc, TimelineEvent } from '../../../../src/feed/content-schema.ts';
import { ERA_TONE_COUNT, eraMarks, orderTimeline } from '../../../../src/kiosk/screens/timeline-order.ts';

const event = (id: string, date: string, era?: string, endDate?: string) => ({ id, date, era, endDate }) as TimelineEvent;
// As in media/exhibit.yaml: the camps span the terror, and the exhibit does not list eras by date.
const eras: ExhibitDoc['eras'] = [
  { id: 'terror', from: 1937, to: 1938, title: { en: 'Terror' } },
  { id: 'famine', from: 1928, to: 1934, title: { en: 'Famine' } },
  { id: 'camps', from: 1931, to: 1956, title: { en: 'Camps' } },
];

const ids = (entries: ReturnType<typeof orderTimeline>) => entries.map((entry) => entry.event.id);
const erasOf = (entries: ReturnType<typeof orderTimeline>, id: string) =>
  entries.find((entry) => entry.event.id === id)?.eras.map((mark) => mark.era.id);

describe('orderTimeline', () => {
  it('lists events in date order across overlapping eras', () => {
    const entries = orderTimeline(
      [
        event('kengir', '1954-05', 'camps'),
        event('order-00447', '1937-07-30', 'terror'),
        event('karlag', '1931', 'camps'),
        event('constitution', '1936-12-05'),
        event('asharshylyk', '1930', 'famine'),
      ],
      eras,
    );
    expect(ids(entries)).toEqual(['asharshylyk', 'karlag', 'constitution', 'order-00447', 'kengir']);
  });

  it('puts a partial date before fuller ones of the same year and month', () => {
    const entries = orderTimeline([event('b', '1937-07-30'), event('a', '1937'), event('c', '1937-07')], eras);
    expect(ids(entries)).toEqual(['a', 'c', 'b']);
  });

  it('breaks a date tie by id, so the order is stable', () => {
    expect(ids(orderTimeline([event('b', '1937', 'terror'), event('a', '1937', 'camps')], eras))).toEqual(['a', 'b']);
  });

  it('marks an event with the era it names first, then the other eras its year falls in', () => {
    const entries = orderTimeline([event('order-00447', '1937-07-30', 'terror'), event('karlag', '1931', 'camps')], eras);
    expect(erasOf(entries, 'order-00447')).toEqual(['terror', 'camps']);
    expect(erasOf(entries, 'karlag')).toEqual(['camps', 'famine']);
  });

  it('counts the years up to an end date as the event’s own', () => {
    expect(erasOf(orderTimeline([event('famine', '1930', 'famine', '1933')], eras), 'famine')).toEqual(['famine', 'camps']);
  });

  it('marks an event that names no known era with the eras of its year, or none', () => {
    const entries = orderTimeline([event('constitution', '1936-12-05'), event('x', '1990', 'unknown-era')], eras);
    expect(erasOf(entries, 'constitution')).toEqual(['camps']);
    expect(erasOf(entries, 'x')).toEqual([]);
  });

  it('gives an era the same tone on every event', () => {
    const entries = orderTimeline([event('a', '1932', 'camps'), event('b', '1937', 'terror')], eras);
    const tones = entries.flatMap((entry) => entry.eras.filter((mark) => mark.era.id === 'camps').map((mark) => mark.tone));
    expect(tones).toEqual([2, 2]);
  });
});

describe('eraMarks', () => {
  it('lists the eras by start year', () => {
    expect(eraMarks(eras).map((mark) => mark.era.id)).toEqual(['famine', 'camps', 'terror']);
  });

  it('colours each era by its place in the exhibit, in turn past the last tone', () => {
    const many = Array.from({ length: ERA_TONE_COUNT + 1 }, (_, index) => ({
      id: `era-${index}`,
      from: 1900 + index,
      to: 1901 + index,
      title: { en: `Era ${index}` },
    }));
    expect(eraMarks(many).map((mark) => mark.tone)).toEqual([0, 1, 2, 3, 4, 5, 0]);
    expect(eraMarks(eras).find((mark) => mark.era.id === 'terror')?.tone).toBe(0);
  });
});
