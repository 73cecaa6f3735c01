// Reloads the kiosk page and leaves why for the next page, which reports it to the monitor as a
// reload with its reason (docs/design.md §6.5). sessionStorage: it survives the reload of this
// tab and nothing else, so a later cold start is not mistaken for this reload.

import type { HeartbeatEvent, ReloadReason } from '../heartbeat/heartbeat-status.ts';
import { startEvent } from '../heartbeat/heartbeat-events.ts';

const RELOAD_REASON_KEY = 'eske.reload-reason';

export function reloadKiosk(reason: Exclude<ReloadReason, 'unknown'>): void {
  try {
    window.sessionStorage.setItem(RELOAD_REASON_KEY, reason);
  } catch {
    // No storage: the reload is still told, as one of unknown reason.
  }
  window.location.reload();
}

/** Whether this page load is a start or a reload, and why; the reason is read once. */
export function takeStartEvent(at: number): HeartbeatEvent {
  let reason: string | null = null;
  try {
    reason = window.sessionStorage.getItem(RELOAD_REASON_KEY);
    window.sessionStorage.removeItem(RELOAD_REASON_KEY);
  } catch {
    // As above: an unknown reason.
  }
  const [navigation] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
  return startEvent(navigation?.type, reason, at);
}
