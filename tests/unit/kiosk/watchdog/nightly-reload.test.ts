import { describe, expect, it } from 'vitest';
import { NIGHTLY_WINDOW_MS, nightlyReloadDue } from '../../../../src/kiosk/watchdog/nightly-reload.ts';

const ALMATY = 'Asia/Almaty';
const almaty = (local: string) => Date.parse(`${local}+05:00`);
const FOUR = 4 * 60;

describe('nightlyReloadDue', () => {
  it('is due from the configured minute in the kiosk’s time zone on a page loaded before it', () => {
    const started = almaty('2027-03-09T10:00:00');
    expect(nightlyReloadDue(almaty('2027-03-10T03:59:59'), started, FOUR, ALMATY)).toBe(false);
    expect(nightlyReloadDue(almaty('2027-03-10T04:00:00'), started, FOUR, ALMATY)).toBe(true);
  });

  it('reads the minute in the kiosk’s zone, not UTC', () => {
    expect(nightlyReloadDue(Date.parse('2027-03-10T04:00:00Z'), almaty('2027-03-09T10:00:00'), FOUR, ALMATY)).toBe(false);
  });

  it('is not due on a page loaded after the minute, so the reload it caused does not repeat', () => {
    expect(nightlyReloadDue(almaty('2027-03-10T04:00:30'), almaty('2027-03-10T04:00:02'), FOUR, ALMATY)).toBe(false);
  });

  it('waits for a visit at most its window, then leaves it to the next night', () => {
    const started = almaty('2027-03-09T10:00:00');
    const due = almaty('2027-03-10T04:00:00');
    expect(nightlyReloadDue(due + NIGHTLY_WINDOW_MS - 1, started, FOUR, ALMATY)).toBe(true);
    expect(nightlyReloadDue(due + NIGHTLY_WINDOW_MS, started, FOUR, ALMATY)).toBe(false);
  });

  it('keeps a late evening’s window open past midnight', () => {
    const started = almaty('2027-03-09T10:00:00');
    expect(nightlyReloadDue(almaty('2027-03-10T00:10:00'), started, 23 * 60 + 30, ALMATY)).toBe(true);
  });
});
