import { afterEach, describe, expect, it, vi } from 'vitest';
import { scheduleSchema } from '../../../../src/feed/schedule-schema.ts';
import {
  PREVIEW_MS,
  scheduleManager,
  type ScheduleManagerOptions,
} from '../../../../src/kiosk/schedule/schedule-manager.svelte.ts';
import { FakeClock } from '../fake-clock.ts';

const ALMATY = 'Asia/Almaty';
const at = (iso: string) => Date.parse(iso);

function start(clock: FakeClock, options: Partial<ScheduleManagerOptions> = {}) {
  return scheduleManager.start({
    schedule: scheduleSchema.parse({}),
    timeZone: ALMATY,
    isVisitActive: () => false,
    now: () => clock.wall,
    monotonic: () => clock.monotonic,
    timers: clock.timers,
    ...options,
  });
}

afterEach(() => {
  scheduleManager.stop();
  scheduleManager.endVisit();
});

describe('scheduleManager', () => {
  it('shows the mode of the moment it starts', () => {
    start(new FakeClock(at('2027-05-31T03:00:00Z')));
    expect(scheduleManager.mode).toBe('remembrance');
    expect(scheduleManager.shown).toBe('remembrance');
    expect(scheduleManager.next).toEqual({ mode: 'silence', at: at('2027-05-31T07:00:00Z') });
  });

  it('starts the minute of silence on its minute and returns after it', () => {
    const clock = new FakeClock(at('2027-05-31T06:59:30Z'));
    start(clock);
    clock.advance(31_000);
    expect(scheduleManager.shown).toBe('silence');
    clock.advance(59_000);
    expect(scheduleManager.shown).toBe('silence');
    clock.advance(1_000);
    expect(scheduleManager.shown).toBe('remembrance');
  });

  it('is in the right mode within a minute of a clock that booted in 2000 being set right', () => {
    const clock = new FakeClock(at('2000-01-01T00:00:00Z'));
    const onClockJump = vi.fn();
    start(clock, { onClockJump });
    expect(scheduleManager.mode).toBe('open');
    clock.advance(10_000);
    clock.wall = at('2027-05-31T10:00:00Z');
    clock.advance(60_000);
    expect(scheduleManager.mode).toBe('remembrance');
    expect(onClockJump).toHaveBeenCalledOnce();
    expect(onClockJump.mock.calls[0]![0]).toBeGreaterThan(27 * 365 * 24 * 3600_000);
  });

  it('notices no jump while the clocks keep together', () => {
    const clock = new FakeClock(at('2027-03-01T00:00:00Z'));
    const onClockJump = vi.fn();
    start(clock, { onClockJump });
    clock.advance(10 * 60_000);
    expect(onClockJump).not.toHaveBeenCalled();
  });

  it('lets a visit that was going on when Remembrance began run to its idle reset', () => {
    const clock = new FakeClock(at('2027-05-30T18:59:00Z'));
    const onModeChange = vi.fn();
    start(clock, { isVisitActive: () => true, onModeChange });
    clock.advance(60_000);
    expect(scheduleManager.mode).toBe('remembrance');
    expect(onModeChange).toHaveBeenCalledWith(expect.objectContaining({ mode: 'remembrance' }), 'open');
    expect(scheduleManager.shown).toBe('open');
    scheduleManager.endVisit();
    expect(scheduleManager.shown).toBe('remembrance');
  });

  it('gives the exhibit to a visitor who touches Remembrance until their idle reset', () => {
    start(new FakeClock(at('2027-05-31T03:00:00Z')));
    scheduleManager.visitorTakesOver();
    expect(scheduleManager.shown).toBe('open');
    scheduleManager.endVisit();
    expect(scheduleManager.shown).toBe('remembrance');
  });

  it('keeps a minute of silence over a visit, then gives the visit back', () => {
    const clock = new FakeClock(at('2027-05-31T06:59:30Z'));
    start(clock, { isVisitActive: () => true });
    scheduleManager.visitorTakesOver();
    clock.advance(31_000);
    expect(scheduleManager.shown).toBe('silence');
    clock.advance(60_000);
    expect(scheduleManager.shown).toBe('open');
  });

  describe('#startPreview', () => {
    it('shows the mode until the preview time is over', () => {
      const clock = new FakeClock(at('2027-03-01T00:00:00Z'));
      start(clock);
      scheduleManager.startPreview('closed');
      expect(scheduleManager.shown).toBe('closed');
      clock.advance(PREVIEW_MS - 1);
      expect(scheduleManager.shown).toBe('closed');
      clock.advance(1);
      expect(scheduleManager.shown).toBe('open');
    });

    it('ends at once on endPreview', () => {
      start(new FakeClock(at('2027-03-01T00:00:00Z')));
      scheduleManager.startPreview('silence');
      scheduleManager.endPreview();
      expect(scheduleManager.shown).toBe('open');
    });
  });
});
