import { describe, expect, it } from 'vitest';
import type { ExhibitDoc, TimelineEvent } from '../../../../src/feed/content-schema.ts';
import { groupTimeline } from '../../../../src/kiosk/screens/timeline-groups.ts';

const event = (id: string, date: string, era?: string) => ({ id, date, era }) as TimelineEvent;
const eras: ExhibitDoc['eras'] = [
  { id: 'terror', from: 1937, to: 1938, title: { en: 'Terror' } },
  { id: 'famine', from: 1928, to: 1934, title: { en: 'Famine' } },
  { id: 'camps', from: 1931, to: 1956, title: { en: 'Camps' } },
];

const shape = (groups: ReturnType<typeof groupTimeline>) =>
  groups.map((group) => [group.era?.id ?? null, group.events.map((e) => e.id)]);

describe('groupTimeline', () => {
  it('sorts events by date inside each era, partial dates before fuller ones', () => {
    const groups = groupTimeline(
      [event('b', '1937-07-30', 'terror'), event('a', '1937', 'terror'), event('c', '1937-07', 'terror')],
      eras,
    );
    expect(shape(groups)).toEqual([['terror', ['a', 'c', 'b']]]);
  });

  it('orders eras by their earliest event, not by the order of the exhibit', () => {
    const groups = groupTimeline(
      [event('t', '1937-08', 'terror'), event('f', '1932', 'famine'), event('k', '1931-05', 'camps')],
      eras,
    );
    expect(shape(groups)).toEqual([
      ['camps', ['k']],
      ['famine', ['f']],
      ['terror', ['t']],
    ]);
  });

  it('gathers events without a known era in their own group', () => {
    const groups = groupTimeline([event('x', '1991'), event('y', '1990', 'unknown-era'), event('f', '1932', 'famine')], eras);
    expect(shape(groups)).toEqual([
      ['famine', ['f']],
      [null, ['y', 'x']],
    ]);
  });

  it('breaks a date tie by id, so the order is stable', () => {
    expect(shape(groupTimeline([event('b', '1937', 'terror'), event('a', '1937', 'terror')], eras))).toEqual([
      ['terror', ['a', 'b']],
    ]);
  });
});
