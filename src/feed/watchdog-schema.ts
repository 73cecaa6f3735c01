// kiosk-config `watchdog` (docs/design.md §6.6): when the kiosk reloads itself. A kiosk left
// alone for weeks must come back from a frozen page, a burst of errors or a leak without a
// technician. Each trigger has a sensible default and `null` turns it off. No DOM.

import { z } from 'zod';
import { startMinute } from './schedule-schema.ts';

/** docs/design.md §6.6 defaults, each with its unit in its name. */
export const WATCHDOG_DEFAULTS = {
  /** A quiet hour in most museums' nights, after the day's last sync and before opening. */
  nightlyReloadAt: '04:00',
  /** A visitor gives up on a frozen screen well before this; no task of the app runs this long on the main thread. */
  stallSeconds: 30,
  /** Ten errors a visitor saw within ten minutes: the page is broken, not unlucky. */
  errorLimit: 10,
  errorWindowMinutes: 10,
  /** The app's page holds tens of MB; a floor above 1 GB for hours is a leak, not content. */
  memoryLimitMB: 1024,
  memoryHours: 2,
  /** A cause that comes back at every start reloads at most twice an hour. */
  minMinutesBetweenReloads: 30,
} as const;

export const watchdogSchema = z
  .object({
    /** The nightly reload, in the kiosk's time zone, while nobody uses the kiosk; null: none. */
    nightlyReloadAt: startMinute.nullable().default(WATCHDOG_DEFAULTS.nightlyReloadAt),
    /** Reload when the page's timers were held up this long (the main thread was blocked); null: never. */
    stallSeconds: z.int().min(5).max(3600).nullable().default(WATCHDOG_DEFAULTS.stallSeconds),
    /** Reload after this many errors a visitor saw within `errorWindowMinutes`; null: never. */
    errorLimit: z.int().min(2).max(1000).nullable().default(WATCHDOG_DEFAULTS.errorLimit),
    errorWindowMinutes: z.int().min(1).max(1440).default(WATCHDOG_DEFAULTS.errorWindowMinutes),
    /** Reload when the JS heap (Chromium reports it) stays above this for `memoryHours`; null: never. */
    memoryLimitMB: z.int().min(64).max(65_536).nullable().default(WATCHDOG_DEFAULTS.memoryLimitMB),
    memoryHours: z.int().min(1).max(48).default(WATCHDOG_DEFAULTS.memoryHours),
    /** No reload follows the watchdog's last one sooner than this, so a cause that returns at start cannot loop. */
    minMinutesBetweenReloads: z.int().min(5).max(1440).default(WATCHDOG_DEFAULTS.minMinutesBetweenReloads),
  })
  .strict();

export type WatchdogSettings = z.output<typeof watchdogSchema>;
