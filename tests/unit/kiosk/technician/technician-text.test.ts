import { describe, expect, it } from 'vitest';
import { uiStrings } from '../../../../src/kiosk/i18n/ui-strings.ts';
import { formatBytes, formatDuration, syncResultText } from '../../../../src/kiosk/technician/technician-text.ts';

describe('formatBytes', () => {
  it('uses binary units with one decimal below ten', () => {
    expect(formatBytes(0)).toBe('0 B');
    expect(formatBytes(1536)).toBe('1.5 KB');
    expect(formatBytes(50 * 1024 * 1024)).toBe('50 MB');
    expect(formatBytes(3 * 1024 ** 4)).toBe('3.0 TB');
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

describe('formatDuration', () => {
  it('gives days, then hours, minutes and seconds', () => {
    expect(formatDuration(93_784_000)).toBe('1 d 02:03:04');
    expect(formatDuration(59_999)).toBe('00:00:59');
  });
});
