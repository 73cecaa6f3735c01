// Why the watchdog reloaded the kiosk (docs/design.md §6.6), as data: kept in localStorage across
// the reload so the next start can tell the technician, and written to the technician log in
// words before the reload. The panel's words in three languages are in watchdog-text.ts. No DOM.

import { z } from 'zod';

const reloadReasonSchema = z.discriminatedUnion('kind', [
  /** The page's timers were held up for `stallMs`: the main thread was blocked. */
  z.object({ kind: z.literal('stall'), stallMs: z.number() }),
  /** `count` errors a visitor saw within `windowMinutes`. */
  z.object({ kind: z.literal('errors'), count: z.number(), windowMinutes: z.number() }),
  /** The JS heap read above `limitMB` for `hours`; `usedBytes` at the last reading. */
  z.object({ kind: z.literal('memory'), usedBytes: z.number(), limitMB: z.number(), hours: z.number() }),
  /** The nightly reload set for `at` ("04:00") in the kiosk's time zone. */
  z.object({ kind: z.literal('nightly'), at: z.string() }),
]);

export type ReloadReason = z.infer<typeof reloadReasonSchema>;

/** The watchdog's last reload: when (wall clock, ms) and why. */
export const reloadRecordSchema = z.object({ at: z.number(), reason: reloadReasonSchema });
export type ReloadRecord = z.infer<typeof reloadRecordSchema>;

const MB = 1024 * 1024;

/** The reason as the technician log gives it (English, like every log line): "stall 42 s". */
export function describeReason(reason: ReloadReason): string {
  switch (reason.kind) {
    case 'stall':
      return `stall ${Math.round(reason.stallMs / 1000)} s`;
    case 'errors':
      return `${reason.count} errors in ${reason.windowMinutes} min`;
    case 'memory':
      return `memory ${Math.round(reason.usedBytes / MB)} MB, above ${reason.limitMB} MB for ${reason.hours} h`;
    case 'nightly':
      return `nightly reload at ${reason.at}`;
  }
}
