// The watchdog's reason in the technician's language (docs/design.md §6.6), from the words in
// ui-strings.ts: the panel says why the kiosk last reloaded itself. No DOM.

import type { UiStrings } from '../i18n/ui-strings.ts';
import type { ReloadReason } from './reload-reason.ts';

const MB = 1024 * 1024;

export function reloadReasonText(
  reason: ReloadReason,
  t: Pick<UiStrings, 'watchdogStall' | 'watchdogErrors' | 'watchdogMemory' | 'watchdogNightly'>,
): string {
  switch (reason.kind) {
    case 'stall':
      return t.watchdogStall(Math.round(reason.stallMs / 1000));
    case 'errors':
      return t.watchdogErrors(reason.count, reason.windowMinutes);
    case 'memory':
      return t.watchdogMemory(Math.round(reason.usedBytes / MB), reason.limitMB, reason.hours);
    case 'nightly':
      return t.watchdogNightly(reason.at);
  }
}
