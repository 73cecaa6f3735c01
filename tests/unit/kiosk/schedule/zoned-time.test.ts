import { describe, expect, it } from 'vitest';
import { instantOfLocal, localTimeAt } from '../../../../src/kiosk/schedule/zoned-time.ts';

const at = (iso: string) => Date.parse(iso);

describe('localTimeAt', () => {
  it('reads Asia/Almaty as UTC+5 all year', () => {
    expect(localTimeAt(at('2027-01-15T19:30:00Z'), 'Asia/Almaty')).toEqual({
      year: 2027,
      month: 1,
      day: 16,
      weekday: 5,
      minutes: 30,
    });
    expect(localTimeAt(at('2027-07-15T07:00:00Z'), 'Asia/Almaty')).toMatchObject({ month: 7, day: 15, minutes: 12 * 60 });
  });

  it('follows summer time in Europe/Berlin', () => {
    expect(localTimeAt(at('2027-01-15T12:00:00Z'), 'Europe/Berlin').minutes).toBe(13 * 60);
    expect(localTimeAt(at('2027-07-15T12:00:00Z'), 'Europe/Berlin').minutes).toBe(14 * 60);
  });

  it('counts weekdays from Monday', () => {
    // 31 May 2027 is a Monday.
    expect(localTimeAt(at('2027-05-31T06:00:00Z'), 'Asia/Almaty').weekday).toBe(0);
  });
});

describe('instantOfLocal', () => {
  it('finds the instant of an ordinary local time', () => {
    expect(instantOfLocal(2027, 5, 31, 12 * 60, 'Asia/Almaty')).toBe(at('2027-05-31T07:00:00Z'));
  });

  it('takes 24:00 as the next midnight, across a month end', () => {
    expect(instantOfLocal(2027, 5, 31, 24 * 60, 'Asia/Almaty')).toBe(at('2027-05-31T19:00:00Z'));
  });

  it('gives the moment the clock jumps for a time that spring skips', () => {
    // Berlin goes from 02:00 CET to 03:00 CEST at 01:00 UTC on 28 March 2027.
    expect(instantOfLocal(2027, 3, 28, 2 * 60 + 30, 'Europe/Berlin')).toBe(at('2027-03-28T01:00:00Z'));
  });

  it('gives the first of the two instants of a time that autumn repeats', () => {
    // 02:30 happens at 00:30 UTC (CEST) and again at 01:30 UTC (CET) on 31 October 2027.
    expect(instantOfLocal(2027, 10, 31, 2 * 60 + 30, 'Europe/Berlin')).toBe(at('2027-10-31T00:30:00Z'));
  });
});
