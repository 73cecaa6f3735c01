import { describe, expect, it } from 'vitest';
import { scheduleSchema, type Schedule } from '../../../../src/feed/schedule-schema.ts';
import { evaluateSchedule } from '../../../../src/kiosk/schedule/evaluate-schedule.ts';

const ALMATY = 'Asia/Almaty';
const at = (iso: string) => Date.parse(iso);
/** The schedule as kiosk-config gives it, defaults filled in. */
const schedule = (input: unknown = {}): Schedule => scheduleSchema.parse(input);

const MUSEUM_HOURS = {
  mon: 'closed',
  tue: { opens: '10:00', closes: '18:00' },
  wed: { opens: '10:00', closes: '18:00' },
  thu: { opens: '10:00', closes: '18:00' },
  fri: { opens: '10:00', closes: '18:00' },
  sat: { opens: '11:00', closes: '17:00' },
  sun: { opens: '11:00', closes: '17:00' },
};

describe('evaluateSchedule', () => {
  describe('with the default schedule', () => {
    it('is open on an ordinary day, next changing to Remembrance at local midnight of 31 May', () => {
      expect(evaluateSchedule(at('2027-03-10T08:00:00Z'), ALMATY, schedule())).toEqual({
        mode: 'open',
        next: { mode: 'remembrance', at: at('2027-05-30T19:00:00+00:00') },
      });
    });

    it('starts Remembrance at 00:00 Almaty time, which is 19:00 UTC the day before', () => {
      expect(evaluateSchedule(at('2027-05-30T18:59:00Z'), ALMATY, schedule()).mode).toBe('open');
      expect(evaluateSchedule(at('2027-05-30T19:00:00Z'), ALMATY, schedule()).mode).toBe('remembrance');
    });

    it('keeps a minute of silence at 12:00 inside Remembrance, then returns to it', () => {
      expect(evaluateSchedule(at('2027-05-31T06:59:59Z'), ALMATY, schedule())).toEqual({
        mode: 'remembrance',
        next: { mode: 'silence', at: at('2027-05-31T07:00:00Z') },
      });
      expect(evaluateSchedule(at('2027-05-31T07:00:00Z'), ALMATY, schedule())).toEqual({
        mode: 'silence',
        next: { mode: 'remembrance', at: at('2027-05-31T07:01:00Z') },
      });
    });

    it('ends Remembrance at the local midnight after 31 May, and looks to the next year', () => {
      expect(evaluateSchedule(at('2027-05-31T18:59:00Z'), ALMATY, schedule()).next).toEqual({
        mode: 'open',
        at: at('2027-05-31T19:00:00Z'),
      });
      expect(evaluateSchedule(at('2027-05-31T19:00:00Z'), ALMATY, schedule())).toEqual({
        mode: 'open',
        next: { mode: 'remembrance', at: at('2028-05-30T19:00:00Z') },
      });
    });
  });

  it('has no next change when nothing is scheduled', () => {
    expect(evaluateSchedule(at('2027-05-31T07:00:00Z'), ALMATY, schedule({ remembrance: [], silence: [] }))).toEqual({
      mode: 'open',
      next: null,
    });
  });

  it('holds Remembrance only inside its window', () => {
    const windowed = schedule({ remembrance: [{ date: '05-31', from: '09:00', to: '18:00' }], silence: [] });
    expect(evaluateSchedule(at('2027-05-31T03:59:00Z'), ALMATY, windowed)).toEqual({
      mode: 'open',
      next: { mode: 'remembrance', at: at('2027-05-31T04:00:00Z') },
    });
    expect(evaluateSchedule(at('2027-05-31T12:59:00Z'), ALMATY, windowed).next).toEqual({
      mode: 'open',
      at: at('2027-05-31T13:00:00Z'),
    });
  });

  it('keeps a dated entry to its one year', () => {
    const once = schedule({ remembrance: [{ date: '2027-06-02' }], silence: [] });
    expect(evaluateSchedule(at('2027-06-01T20:00:00Z'), ALMATY, once).mode).toBe('remembrance');
    expect(evaluateSchedule(at('2028-06-01T20:00:00Z'), ALMATY, once)).toEqual({ mode: 'open', next: null });
  });

  describe('with opening hours', () => {
    const hours = schedule({ openingHours: MUSEUM_HOURS });

    it('is closed before opening, and says when it opens', () => {
      // Tuesday 1 June 2027, 08:00 in Almaty.
      expect(evaluateSchedule(at('2027-06-01T03:00:00Z'), ALMATY, hours)).toEqual({
        mode: 'closed',
        next: { mode: 'open', at: at('2027-06-01T05:00:00Z') },
      });
    });

    it('stays closed through a closed weekday and the night around it', () => {
      // Sunday 6 June 2027, 17:00 in Almaty: closed until Tuesday 10:00.
      expect(evaluateSchedule(at('2027-06-06T12:00:00Z'), ALMATY, hours)).toEqual({
        mode: 'closed',
        next: { mode: 'open', at: at('2027-06-08T05:00:00Z') },
      });
    });

    it('shows Remembrance on 31 May although the museum is closed that Monday', () => {
      expect(evaluateSchedule(at('2027-05-31T03:00:00Z'), ALMATY, hours).mode).toBe('remembrance');
      expect(evaluateSchedule(at('2027-05-31T19:00:00Z'), ALMATY, hours)).toEqual({
        mode: 'closed',
        next: { mode: 'open', at: at('2027-06-01T05:00:00Z') },
      });
    });

    it('keeps a minute of silence during closed hours', () => {
      const closedSilence = schedule({
        openingHours: MUSEUM_HOURS,
        remembrance: [],
        silence: [{ date: '06-01', time: '08:00' }],
      });
      expect(evaluateSchedule(at('2027-06-01T03:00:30Z'), ALMATY, closedSilence)).toEqual({
        mode: 'silence',
        next: { mode: 'closed', at: at('2027-06-01T03:01:00Z') },
      });
    });
  });

  describe('in a zone with summer time', () => {
    const BERLIN = 'Europe/Berlin';
    const hours = schedule({ openingHours: { ...MUSEUM_HOURS, sun: { opens: '01:00', closes: '17:00' } } });

    it('opens at the local time on the day the clocks go forward', () => {
      // Sunday 28 March 2027: 01:00 CET is 00:00 UTC; at 17:00 CEST (15:00 UTC) it closes.
      expect(evaluateSchedule(at('2027-03-27T23:30:00Z'), BERLIN, hours).next).toEqual({
        mode: 'open',
        at: at('2027-03-28T00:00:00Z'),
      });
      expect(evaluateSchedule(at('2027-03-28T02:00:00Z'), BERLIN, hours).next).toEqual({
        mode: 'closed',
        at: at('2027-03-28T15:00:00Z'),
      });
    });

    it('starts a window the spring jump skips at the jump', () => {
      const skipped = schedule({ remembrance: [{ date: '03-28', from: '02:30', to: '04:00' }], silence: [] });
      expect(evaluateSchedule(at('2027-03-28T00:30:00Z'), BERLIN, skipped).next).toEqual({
        mode: 'remembrance',
        at: at('2027-03-28T01:00:00Z'),
      });
    });

    it('keeps a whole 25-hour day of Remembrance when the clocks go back', () => {
      const day = schedule({ remembrance: [{ date: '10-31' }], silence: [] });
      // 31 October 2027 runs from 22:00 UTC on the 30th to 23:00 UTC on the 31st.
      expect(evaluateSchedule(at('2027-10-30T21:59:00Z'), BERLIN, day).next).toEqual({
        mode: 'remembrance',
        at: at('2027-10-30T22:00:00Z'),
      });
      expect(evaluateSchedule(at('2027-10-31T12:00:00Z'), BERLIN, day).next).toEqual({
        mode: 'open',
        at: at('2027-10-31T23:00:00Z'),
      });
    });
  });

  it('finds 29 February in the next leap year', () => {
    const leap = schedule({ remembrance: [{ date: '02-29' }], silence: [] });
    expect(evaluateSchedule(at('2027-03-01T00:00:00Z'), ALMATY, leap).next).toEqual({
      mode: 'remembrance',
      at: at('2028-02-28T19:00:00Z'),
    });
  });
});
