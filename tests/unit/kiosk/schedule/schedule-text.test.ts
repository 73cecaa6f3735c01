import { describe, expect, it } from 'vitest';
import { uiStrings } from '../../../../src/kiosk/i18n/ui-strings.ts';
import { formatLocalMinute, nextOpeningText, openingWeek } from '../../../../src/kiosk/schedule/schedule-text.ts';

const ALMATY = 'Asia/Almaty';
const at = (iso: string) => Date.parse(iso);
const OPEN = { opens: '10:00', closes: '18:00' };
const HOURS = { mon: 'closed', tue: OPEN, wed: OPEN, thu: OPEN, fri: OPEN, sat: OPEN, sun: OPEN } as const;

describe('openingWeek', () => {
  it('lists the week from Monday in the display language', () => {
    const week = openingWeek(HOURS, 'kk', uiStrings('kk'));
    expect(week[0]).toEqual({ day: 'mon', name: 'дүйсенбі', hours: 'жабық' });
    expect(week[1]).toEqual({ day: 'tue', name: 'сейсенбі', hours: '10:00–18:00' });
    expect(week).toHaveLength(7);
  });
});

describe('nextOpeningText', () => {
  it('says today, tomorrow, or the weekday, with the local time', () => {
    // Tuesday 1 June 2027, 08:00 in Almaty.
    const now = at('2027-06-01T03:00:00Z');
    expect(nextOpeningText(now, at('2027-06-01T05:00:00Z'), ALMATY, 'en', uiStrings('en'))).toBe('Opens today at 10:00');
    expect(nextOpeningText(now, at('2027-06-02T05:00:00Z'), ALMATY, 'ru', uiStrings('ru'))).toBe('Откроется: завтра, 10:00');
    expect(nextOpeningText(now, at('2027-06-04T05:00:00Z'), ALMATY, 'kk', uiStrings('kk'))).toBe('Ашылу уақыты: жұма, 10:00');
  });
});

describe('formatLocalMinute', () => {
  it('writes the moment on the kiosk’s clock', () => {
    expect(formatLocalMinute(at('2027-05-30T19:00:00Z'), ALMATY)).toBe('2027-05-31 00:00');
  });
});
