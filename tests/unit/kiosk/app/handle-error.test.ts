import { afterEach, describe, expect, it, vi } from 'vitest';
import { FeedHttpError } from '../../../../src/feed/errors.ts';
import { configureErrorHandling, errorLogLine, handleError, isAbort, toError } from '../../../../src/kiosk/app/handle-error.ts';
import type { LogLine } from '../../../../src/kiosk/storage/technician-log.ts';

function capture() {
  const logged: LogLine[] = [];
  const shown: Error[] = [];
  configureErrorHandling({
    log: async (line) => {
      logged.push(line);
    },
    show: (error) => shown.push(error),
  });
  return { logged, shown };
}

afterEach(() => {
  vi.restoreAllMocks();
  configureErrorHandling({ log: async () => {}, show: () => {} });
});

describe('toError', () => {
  it('returns an Error as it is', () => {
    const error = new RangeError('x');
    expect(toError(error)).toBe(error);
  });

  it('wraps a string or another value', () => {
    expect(toError('boom').message).toBe('boom');
    expect(toError({ status: 500 }).message).toBe('{"status":500}');
  });
});

describe('isAbort', () => {
  it('recognises an abort', () => {
    expect(isAbort(new DOMException('stopped', 'AbortError'))).toBe(true);
    expect(isAbort(new Error('boom'))).toBe(false);
  });
});

describe('errorLogLine', () => {
  it('uses the error code when the error has one', () => {
    expect(errorLogLine(new FeedHttpError('https://x/manifest.json', 503, 'HTTP 503'), 'sync')).toEqual({
      level: 'error',
      code: 'http',
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
