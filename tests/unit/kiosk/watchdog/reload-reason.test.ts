import { describe, expect, it } from 'vitest';
import { describeReason, reloadRecordSchema } from '../../../../src/kiosk/watchdog/reload-reason.ts';

describe('describeReason', () => {
  it('gives each reason with its figures for the technician log', () => {
    expect(describeReason({ kind: 'stall', stallMs: 41_600 })).toBe('stall 42 s');
    expect(describeReason({ kind: 'errors', count: 10, windowMinutes: 10 })).toBe('10 errors in 10 min');
    expect(describeReason({ kind: 'memory', usedBytes: 1200 * 1024 * 1024, limitMB: 1024, hours: 2 })).toBe(
      'memory 1200 MB, above 1024 MB for 2 h',
    );
    expect(describeReason({ kind: 'nightly', at: '04:00' })).toBe('nightly reload at 04:00');
  });
});

describe('reloadRecordSchema', () => {
  it('refuses a remembered reload of a kind it does not know', () => {
    expect(reloadRecordSchema.safeParse({ at: 1, reason: { kind: 'cosmic-ray' } }).success).toBe(false);
  });
});
