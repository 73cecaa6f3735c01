import { describe, expect, it } from 'vitest';
import { watchdogSchema, type WatchdogSettings } from '../../../../src/feed/watchdog-schema.ts';
import type { ReloadReason } from '../../../../src/kiosk/watchdog/reload-reason.ts';
import { HEAP_READING_MS, Watchdog, type WatchdogOptions } from '../../../../src/kiosk/watchdog/watchdog.ts';
import { FakeClock } from '../fake-clock.ts';

const almaty = (local: string) => Date.parse(`${local}+05:00`);
const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const MB = 1024 * 1024;

interface Kiosk {
  clock: FakeClock;
  watchdog: Watchdog;
  reloads: ReloadReason[];
  held: { reason: ReloadReason; lastReloadAt: number }[];
  visiting: boolean;
  hidden: boolean;
}

/** A kiosk at `local` Almaty time, nobody at it, with the given settings over no triggers at all. */
function kioskAt(local: string, settings: Partial<WatchdogSettings>, options: Partial<WatchdogOptions> = {}): Kiosk {
  const clock = new FakeClock(almaty(local));
  const kiosk = { clock, reloads: [], held: [], visiting: false, hidden: false } as Omit<Kiosk, 'watchdog'> as Kiosk;
  kiosk.watchdog = new Watchdog({
    settings: watchdogSchema.parse({
      nightlyReloadAt: null,
      stallSeconds: null,
      errorLimit: null,
      memoryLimitMB: null,
      ...settings,
    }),
    timeZone: 'Asia/Almaty',
    lastReloadAt: null,
    isVisiting: () => kiosk.visiting,
    isHidden: () => kiosk.hidden,
    readHeapBytes: () => null,
    reload: (reason) => kiosk.reloads.push(reason),
    onHeld: (reason, lastReloadAt) => kiosk.held.push({ reason, lastReloadAt }),
    now: () => clock.wall,
    monotonic: () => clock.monotonic,
    timers: clock.timers,
    ...options,
  });
  kiosk.watchdog.start();
  return kiosk;
}

describe('Watchdog', () => {
  describe('when the main thread stalls', () => {
    it('reloads as soon as it runs again, giving how long it was held', () => {
      const kiosk = kioskAt('2027-03-10T14:00:00', { stallSeconds: 30 });
      kiosk.clock.advance(10_000);
      kiosk.clock.block(42_000);
      expect(kiosk.reloads).toEqual([{ kind: 'stall', stallMs: 42_000 }]);
    });

    it('reloads during a visit too: the visitor has already met a frozen screen', () => {
      const kiosk = kioskAt('2027-03-10T14:00:00', { stallSeconds: 30 });
      kiosk.visiting = true;
      kiosk.clock.block(35_000);
      expect(kiosk.reloads.map((reason) => reason.kind)).toEqual(['stall']);
    });

    it('does not reload for a hold shorter than the threshold', () => {
      const kiosk = kioskAt('2027-03-10T14:00:00', { stallSeconds: 30 });
      kiosk.clock.block(20_000);
      kiosk.clock.advance(HOUR_MS);
      expect(kiosk.reloads).toEqual([]);
    });

    it('lets go of a stall soon after its last reload, and says so', () => {
      const lastReloadAt = almaty('2027-03-10T13:50:00');
      const kiosk = kioskAt('2027-03-10T14:00:00', { stallSeconds: 30, minMinutesBetweenReloads: 30 }, { lastReloadAt });
      kiosk.clock.block(40_000);
      kiosk.clock.advance(HOUR_MS);
      expect(kiosk.reloads).toEqual([]);
      expect(kiosk.held).toEqual([{ reason: { kind: 'stall', stallMs: 40_000 }, lastReloadAt }]);
    });

    it('takes no gap for a stall while the page is hidden', () => {
      const kiosk = kioskAt('2027-03-10T14:00:00', { stallSeconds: 30 });
      kiosk.hidden = true;
      kiosk.clock.block(5 * MINUTE_MS);
      kiosk.hidden = false;
      kiosk.clock.advance(MINUTE_MS);
      expect(kiosk.reloads).toEqual([]);
    });

    it('never reloads for a stall with stallSeconds null', () => {
      const kiosk = kioskAt('2027-03-10T14:00:00', {});
      kiosk.clock.block(10 * MINUTE_MS);
      expect(kiosk.reloads).toEqual([]);
    });
  });

  describe('when errors repeat', () => {
    it('reloads once the limit is reached within the window, when nobody is at the kiosk', () => {
      const kiosk = kioskAt('2027-03-10T14:00:00', { errorLimit: 3, errorWindowMinutes: 10 });
      kiosk.visiting = true;
      for (let i = 0; i < 3; i++) {
        kiosk.watchdog.noticeError();
        kiosk.clock.advance(MINUTE_MS);
      }
      expect(kiosk.reloads).toEqual([]);
      kiosk.visiting = false;
      kiosk.clock.advance(1000);
      expect(kiosk.reloads).toEqual([{ kind: 'errors', count: 3, windowMinutes: 10 }]);
    });

    it('does not reload for errors spread wider than the window', () => {
      const kiosk = kioskAt('2027-03-10T14:00:00', { errorLimit: 3, errorWindowMinutes: 10 });
      for (let i = 0; i < 6; i++) {
        kiosk.watchdog.noticeError();
        kiosk.clock.advance(6 * MINUTE_MS);
      }
      expect(kiosk.reloads).toEqual([]);
    });
  });

  describe('when memory keeps growing', () => {
    it('reloads after the heap has read above the limit for the hours given', () => {
      const kiosk = kioskAt('2027-03-10T14:00:00', { memoryLimitMB: 1024, memoryHours: 2 }, { readHeapBytes: () => 1200 * MB });
      kiosk.clock.advance(2 * HOUR_MS - HEAP_READING_MS);
      expect(kiosk.reloads).toEqual([]);
      kiosk.clock.advance(HEAP_READING_MS);
      expect(kiosk.reloads).toEqual([{ kind: 'memory', usedBytes: 1200 * MB, limitMB: 1024, hours: 2 }]);
    });

    it('does nothing where the browser gives no heap size', () => {
      const kiosk = kioskAt('2027-03-10T14:00:00', { memoryLimitMB: 64, memoryHours: 1 });
      kiosk.clock.advance(5 * HOUR_MS);
      expect(kiosk.reloads).toEqual([]);
    });
  });

  describe('at night', () => {
    it('reloads at the configured minute in the kiosk’s time zone while nobody is at the kiosk', () => {
      const kiosk = kioskAt('2027-03-10T03:58:00', { nightlyReloadAt: '04:00' });
      kiosk.clock.advance(2 * MINUTE_MS - 1000);
      expect(kiosk.reloads).toEqual([]);
      kiosk.clock.advance(1000);
      expect(kiosk.reloads).toEqual([{ kind: 'nightly', at: '04:00' }]);
      expect(kiosk.clock.wall).toBe(almaty('2027-03-10T04:00:00'));
    });

    it('never reloads during a visit, and does once the visit ends', () => {
      const kiosk = kioskAt('2027-03-10T03:58:00', { nightlyReloadAt: '04:00' });
      kiosk.visiting = true;
      kiosk.clock.advance(10 * MINUTE_MS);
      expect(kiosk.reloads).toEqual([]);
      kiosk.visiting = false;
      kiosk.clock.advance(1000);
      expect(kiosk.reloads.map((reason) => reason.kind)).toEqual(['nightly']);
    });

    it('waits until the least time after the last reload has passed', () => {
      const kiosk = kioskAt(
        '2027-03-10T03:58:00',
        { nightlyReloadAt: '04:00', minMinutesBetweenReloads: 30 },
        { lastReloadAt: almaty('2027-03-10T03:50:00') },
      );
      kiosk.clock.advance(21 * MINUTE_MS);
      expect(kiosk.reloads).toEqual([]);
      kiosk.clock.advance(2 * MINUTE_MS);
      expect(kiosk.reloads.map((reason) => reason.kind)).toEqual(['nightly']);
    });

    it('lets a reload happen when the wall clock now reads earlier than the last reload', () => {
      const kiosk = kioskAt('2027-03-10T03:58:00', { nightlyReloadAt: '04:00' }, { lastReloadAt: almaty('2027-06-01T12:00:00') });
      kiosk.clock.advance(3 * MINUTE_MS);
      expect(kiosk.reloads.map((reason) => reason.kind)).toEqual(['nightly']);
    });
  });

  it('stops after it asks for a reload, so it asks once', () => {
    const kiosk = kioskAt('2027-03-10T03:59:00', { nightlyReloadAt: '04:00', errorLimit: 2 });
    kiosk.clock.advance(2 * MINUTE_MS);
    kiosk.watchdog.noticeError();
    kiosk.watchdog.noticeError();
    kiosk.clock.advance(HOUR_MS);
    expect(kiosk.reloads).toHaveLength(1);
  });
});
