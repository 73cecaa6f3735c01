// Wording for the technician panel that is computed, not looked up: byte sizes, durations and
// the name of a sync result. No DOM.

import type { SyncResultKind } from '../storage/eske-db.ts';
import type { UiStrings } from '../i18n/ui-strings.ts';

const UNITS = ['B', 'KB', 'MB', 'GB', 'TB'];

/** 1536 → "1.5 KB" (binary steps, one decimal below 10). */
export function formatBytes(bytes: number): string {
  let value = Math.max(0, bytes);
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const digits = unit === 0 || value >= 10 ? 0 : 1;
  return `${value.toFixed(digits)} ${UNITS[unit]}`;
}

/** 93_784_000 ms → "1 d 02:03:04": days, then a clock, the same in every language. */
export function formatDuration(ms: number): string {
  const seconds = Math.floor(Math.max(0, ms) / 1000);
  const days = Math.floor(seconds / 86_400);
  const clock = [Math.floor(seconds / 3600) % 24, Math.floor(seconds / 60) % 60, seconds % 60]
    .map((part) => String(part).padStart(2, '0'))
    .join(':');
  return days > 0 ? `${days} d ${clock}` : clock;
}

export function syncResultText(
  kind: SyncResultKind,
  t: Pick<UiStrings, 'syncInstalled' | 'syncUpToDate' | 'syncRejected' | 'syncFailed'>,
): string {
  switch (kind) {
    case 'installed':
      return t.syncInstalled;
    case 'up-to-date':
      return t.syncUpToDate;
    case 'rejected':
      return t.syncRejected;
    case 'failed':
      return t.syncFailed;
  }
}
