import { describe, expect, it } from 'vitest';
import { uiStrings } from '../../../../src/kiosk/i18n/ui-strings.ts';
import { reloadReasonText } from '../../../../src/kiosk/watchdog/watchdog-text.ts';

describe('reloadReasonText', () => {
  it('tells a stall in whole seconds in each language', () => {
    const stall = { kind: 'stall', stallMs: 41_600 } as const;
    expect(reloadReasonText(stall, uiStrings('en'))).toBe('the screen froze for 42 s');
    expect(reloadReasonText(stall, uiStrings('ru'))).toBe('экран завис на 42 с');
    expect(reloadReasonText(stall, uiStrings('kk'))).toBe('экран 42 с қатып қалды');
  });

  it('gives the Russian count of errors its form', () => {
    const errors = (count: number) => reloadReasonText({ kind: 'errors', count, windowMinutes: 10 }, uiStrings('ru'));
    expect([errors(2), errors(11), errors(21)]).toEqual(['2 ошибки за 10 мин', '11 ошибок за 10 мин', '21 ошибка за 10 мин']);
  });

  it('gives memory in whole MB and the nightly reload with its time', () => {
    const memory = { kind: 'memory', usedBytes: 1200 * 1024 * 1024, limitMB: 1024, hours: 2 } as const;
    expect(reloadReasonText(memory, uiStrings('en'))).toBe('memory above 1024 MB for 2 h (1200 MB)');
    expect(reloadReasonText({ kind: 'nightly', at: '04:00' }, uiStrings('kk'))).toBe('түнгі қайта жүктеу, 04:00');
  });
});
