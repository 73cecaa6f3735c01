import { afterEach, describe, expect, it, vi } from 'vitest';
import { FeedHttpError } from '../../../../src/feed/errors.ts';
import { configureErrorHandling, errorLogLine, handleError } from '../../../../src/kiosk/app/handle-error.ts';
import type { LogLine } from '../../../../src/kiosk/storage/technician-log.ts';

function capture() {
  const logged: LogLine[] = [];
  const shown: Error[] = [];
  const counted = { errors: 0 };
  configureErrorHandling({
    log: async (line) => {
      logged.push(line);
    },
    show: (error) => shown.push(error),
    count: () => counted.errors++,
  });
  return { logged, shown, counted };
}

afterEach(() => {
  vi.restoreAllMocks();
  configureErrorHandling({ log: async () => {}, show: () => {}, count: () => {} });
});

describe('errorLogLine', () => {
  it('uses the error code when the error has one', () => {
    const error = new FeedHttpError('https://x/manifest.json', { code: 'http-status', status: 503, statusText: '' });
    expect(errorLogLine(error, 'sync')).toEqual({
      level: 'error',
      code: 'http-status',
      message: 'sync: https://x/manifest.json: HTTP 503',
    });
  });

  it('uses the error name otherwise', () => {
    expect(errorLogLine(new TypeError('bad'), 'screen').code).toBe('TypeError');
  });
});

describe('handleError', () => {
  it('logs the detail and shows the calm screen', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const { logged, shown } = capture();
    handleError(new Error('broken'), 'timeline');
    expect(logged).toEqual([{ level: 'error', code: 'Error', message: 'timeline: broken' }]);
    expect(shown.map((error) => error.message)).toEqual(['broken']);
    expect(console.error).toHaveBeenCalled();
  });

  it('logs but does not interrupt the visitor when quiet', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const { logged, shown } = capture();
    handleError('no transcript', 'testimony', { quiet: true });
    expect(logged).toHaveLength(1);
    expect(shown).toEqual([]);
  });

  it('counts for the watchdog the errors the visitor met, not the quiet ones nor aborts', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const { counted } = capture();
    handleError(new Error('broken'), 'timeline');
    handleError('no transcript', 'testimony', { quiet: true });
    handleError(new DOMException('left the screen', 'AbortError'), 'names');
    expect(counted.errors).toBe(1);
  });

  it('ignores aborts entirely', () => {
    const { logged, shown } = capture();
    handleError(new DOMException('left the screen', 'AbortError'), 'names');
    expect(logged).toEqual([]);
    expect(shown).toEqual([]);
  });

  it('survives a failing technician log', async () => {
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
    configureErrorHandling({ log: () => Promise.reject(new Error('quota')), show: () => {} });
    handleError(new Error('broken'), 'home');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(consoleError).toHaveBeenCalledWith('[eske] could not write the technician log:', expect.any(Error));
  });
});
