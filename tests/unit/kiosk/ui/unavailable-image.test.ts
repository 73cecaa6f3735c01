import { afterEach, describe, expect, it, vi } from 'vitest';
import { configureErrorHandling } from '../../../../src/kiosk/app/handle-error.ts';
import type { LogLine } from '../../../../src/kiosk/storage/technician-log.ts';
import { reportUnavailableImage } from '../../../../src/kiosk/ui/unavailable-image.ts';

afterEach(() => {
  vi.restoreAllMocks();
  configureErrorHandling({ log: async () => {}, show: () => {} });
});

function capture() {
  vi.spyOn(console, 'error').mockImplementation(() => {});
  const logged: LogLine[] = [];
  const shown: Error[] = [];
  configureErrorHandling({ log: async (line) => void logged.push(line), show: (error) => shown.push(error) });
  return { logged, shown };
}

describe('reportUnavailableImage', () => {
  it('writes a technician-log line with the code, and leaves the screen as it is', () => {
    const { logged, shown } = capture();
    reportUnavailableImage('image-undecodable', 'b'.repeat(64));
    expect(logged.map((line) => line.code)).toEqual(['image-undecodable']);
    expect(logged[0]!.message).toContain('bbbbbbbbbbbb');
    expect(shown).toEqual([]);
  });

  it('writes one line per image, however often it is shown', () => {
    const { logged } = capture();
    reportUnavailableImage('image-missing', 'c'.repeat(64));
    reportUnavailableImage('image-missing', 'c'.repeat(64));
    reportUnavailableImage('image-missing', 'd'.repeat(64));
    expect(logged.map((line) => line.code)).toEqual(['image-missing', 'image-missing']);
  });
});
