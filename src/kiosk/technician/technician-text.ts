// Wording for the technician panel that is computed, not looked up: byte sizes, durations, the
// name of a sync result, a version's state and a log level, in the panel's language. Own unit tables, not Intl,
// as in format-date.ts: a kiosk's browser may lack Kazakh locale data. No DOM.

import type { Language } from '../../feed/languages.ts';
import type { LogLevel, SyncResultKind, VersionState } from '../storage/eske-db.ts';
import type { UiStrings } from '../i18n/ui-strings.ts';

const BYTE_UNITS: Readonly<Record<Language, readonly string[]>> = {
  kk: ['Б', 'КБ', 'МБ', 'ГБ', 'ТБ'],
  ru: ['Б', 'КБ', 'МБ', 'ГБ', 'ТБ'],
  en: ['B', 'KB', 'MB', 'GB', 'TB'],
};
/** Kazakh and Russian write a decimal comma. */
const DECIMAL_SEPARATORS: Readonly<Record<Language, string>> = { kk: ',', ru: ',', en: '.' };

/** 1536 → "1.5 KB", "1,5 КБ" (binary steps, one decimal below 10). */
export function formatBytes(bytes: number, lang: Language): string {
  const units = BYTE_UNITS[lang];
  let value = Math.max(0, bytes);
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const digits = unit === 0 || value >= 10 ? 0 : 1;
  return `${value.toFixed(digits).replace('.', DECIMAL_SEPARATORS[lang])} ${units[unit]}`;
}

/** 93_784_000 ms → "1 day 02:03:04": the days in words, then a clock. */
export function formatDuration(ms: number, t: Pick<UiStrings, 'techDays'>): string {
  const seconds = Math.floor(Math.max(0, ms) / 1000);
  const days = Math.floor(seconds / 86_400);
  const clock = [Math.floor(seconds / 3600) % 24, Math.floor(seconds / 60) % 60, seconds % 60]
    .map((part) => String(part).padStart(2, '0'))
    .join(':');
  return days > 0 ? `${t.techDays(days)} ${clock}` : clock;
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

export function logLevelText(level: LogLevel, t: Pick<UiStrings, 'techLogInfo' | 'techLogWarn' | 'techLogError'>): string {
  switch (level) {
    case 'info':
      return t.techLogInfo;
    case 'warn':
      return t.techLogWarn;
    case 'error':
      return t.techLogError;
  }
}

export function versionStateText(
  state: VersionState,
  t: Pick<UiStrings, 'techVersionStaged' | 'techVersionActive' | 'techVersionRetired'>,
): string {
  switch (state) {
    case 'staged':
      return t.techVersionStaged;
    case 'active':
      return t.techVersionActive;
    case 'retired':
      return t.techVersionRetired;
  }
}
