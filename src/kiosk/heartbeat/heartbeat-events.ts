// The heartbeat's events from what the kiosk knows at each moment (docs/design.md §6.5): whether
// this page load is a start or a reload and why, and a sync's result when it differs from the
// one before (a kiosk that finds its feed up to date every 15 minutes has nothing to tell). No DOM.

import { errorCode } from '../../feed/error-code.ts';
import type { SyncOutcome } from '../sync/sync-outcome.ts';
import type { HeartbeatEvent, ReloadReason } from './heartbeat-status.ts';

const RELOAD_REASONS: ReadonlySet<string> = new Set<ReloadReason>(['technician', 'app-update', 'watchdog']);

/**
 * `navigationType`: PerformanceNavigationTiming's `type`; `storedReason`: what the page that
 * reloaded left (reload-kiosk.ts). A reason left with no reload after it (a power cut in between)
 * is ignored: this load is a start.
 */
export function startEvent(navigationType: string | undefined, storedReason: string | null, at: number): HeartbeatEvent {
  if (navigationType !== 'reload') return { kind: 'start', at };
  const reason = storedReason !== null && RELOAD_REASONS.has(storedReason) ? (storedReason as ReloadReason) : 'unknown';
  return { kind: 'reload', at, reason };
}

/** The event for `outcome`, or null when it says what the previous sync said (or was aborted). */
export function syncEvent(
  outcome: SyncOutcome,
  at: number,
  previous: Extract<HeartbeatEvent, { kind: 'sync' }> | null,
): Extract<HeartbeatEvent, { kind: 'sync' }> | null {
  if (outcome.kind === 'aborted') return null;
  const event: Extract<HeartbeatEvent, { kind: 'sync' }> =
    outcome.kind === 'installed' || outcome.kind === 'up-to-date'
      ? { kind: 'sync', at, result: outcome.kind, version: outcome.version }
      : { kind: 'sync', at, result: outcome.kind, version: null, code: errorCode(outcome.error) };
  if (outcome.kind === 'installed') return event;
  const same = previous && previous.result === event.result && previous.version === event.version && previous.code === event.code;
  return same ? null : event;
}
