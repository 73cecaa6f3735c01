// When the nightly reload is due (docs/design.md §6.6): from the configured wall-clock minute in
// the kiosk's time zone for a while after, on a page that was loaded before it. A page loaded
// after the minute (the reload itself, or a browser restarted at night) is fresh already, so
// the reload never repeats. Pure: instants in, a boolean out.

import { instantOfLocal, localTimeAt } from '../schedule/zoned-time.ts';

/** A visit going on at the minute is waited for this long; a kiosk busy all that time reloads the next night. */
export const NIGHTLY_WINDOW_MS = 60 * 60 * 1000;

/**
 * True when the latest occurrence of `minutes` (since local midnight) at or before `nowMs` is
 * less than NIGHTLY_WINDOW_MS ago and the page started before it.
 */
export function nightlyReloadDue(nowMs: number, pageStartedAtMs: number, minutes: number, timeZone: string): boolean {
  const today = localTimeAt(nowMs, timeZone);
  let dueMs = instantOfLocal(today.year, today.month, today.day, minutes, timeZone);
  // Before today's minute: the window that may still be open is yesterday's (a reload set for 23:30).
  if (dueMs > nowMs) dueMs = instantOfLocal(today.year, today.month, today.day - 1, minutes, timeZone);
  return nowMs - dueMs < NIGHTLY_WINDOW_MS && pageStartedAtMs < dueMs;
}
