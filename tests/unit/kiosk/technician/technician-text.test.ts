import { describe, expect, it } from 'vitest';
import { uiStrings } from '../../../../src/kiosk/i18n/ui-strings.ts';
import {
  formatBytes,
  formatDuration,
  logLevelText,
  syncResultText,
  versionStateText,
} from '../../../../src/kiosk/technician/technician-text.ts';

describe('formatBytes', () => {
  it('uses binary units with one decimal below ten', () => {
    expect(formatBytes(0, 'en')).toBe('0 B');
    expect(formatBytes(1536, 'en')).toBe('1.5 KB');
    expect(formatBytes(50 * 1024 * 1024, 'en')).toBe('50 MB');
    expect(formatBytes(3 * 1024 ** 4, 'en')).toBe('3.0 TB');
  });

  it('writes Kazakh and Russian units in Cyrillic with a decimal comma', () => {
    expect(formatBytes(1536, 'kk')).toBe('1,5 КБ');
    expect(formatBytes(2.5 * 1024 ** 3, 'ru')).toBe('2,5 ГБ');
    expect(formatBytes(512, 'ru')).toBe('512 Б');
  });
});

describe('syncResultText', () => {
  it('names every sync result in the interface language', () => {
    const t = uiStrings('en');
    expect(['installed', 'up-to-date', 'rejected', 'failed'].map((kind) => syncResultText(kind as never, t))).toEqual([
      'new version installed',
      'up to date',
      'feed rejected',
      'failed',
    ]);
  });
});

describe('logLevelText', () => {
  it('names each log level in the interface language', () => {
    expect(['info', 'warn', 'error'].map((level) => logLevelText(level as never, uiStrings('kk')))).toEqual([
      'ақпарат',
      'ескерту',
      'қате',
    ]);
  });
});

describe('versionStateText', () => {
  it('names each state of a stored version in the interface language', () => {
    expect(['staged', 'active', 'retired'].map((state) => versionStateText(state as never, uiStrings('ru')))).toEqual([
      'загружается',
      'активна',
      'прежняя',
    ]);
  });
});

describe('formatDuration', () => {
  it('gives days in words, then hours, minutes and seconds', () => {
    expect(formatDuration(93_784_000, uiStrings('en'))).toBe('1 day 02:03:04');
    expect(formatDuration(59_999, uiStrings('en'))).toBe('00:00:59');
  });

  it('gives the days in the panel’s language, Russian in the form the number asks for', () => {
    const day = 86_400_000;
    expect(formatDuration(3 * day, uiStrings('kk'))).toBe('3 күн 00:00:00');
    expect(formatDuration(2 * day, uiStrings('ru'))).toBe('2 дня 00:00:00');
    expect(formatDuration(5 * day, uiStrings('ru'))).toBe('5 дней 00:00:00');
    expect(formatDuration(21 * day, uiStrings('ru'))).toBe('21 день 00:00:00');
    expect(formatDuration(2 * day, uiStrings('en'))).toBe('2 days 00:00:00');
  });
});
