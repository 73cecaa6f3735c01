import { describe, expect, it } from 'vitest';
import { FeedHttpError, SignatureError } from '../../../../src/feed/errors.ts';
import { startEvent, syncEvent } from '../../../../src/kiosk/heartbeat/heartbeat-events.ts';

describe('startEvent', () => {
  it('is a start for a first load, even when a reason was left behind', () => {
    expect(startEvent('navigate', null, 5)).toEqual({ kind: 'start', at: 5 });
    expect(startEvent('navigate', 'technician', 5)).toEqual({ kind: 'start', at: 5 });
  });

  it('is a reload with the reason the page before left, or of unknown reason', () => {
    expect(startEvent('reload', 'technician', 5)).toEqual({ kind: 'reload', at: 5, reason: 'technician' });
    expect(startEvent('reload', 'app-update', 5)).toEqual({ kind: 'reload', at: 5, reason: 'app-update' });
    expect(startEvent('reload', null, 5)).toEqual({ kind: 'reload', at: 5, reason: 'unknown' });
    expect(startEvent('reload', 'something else', 5)).toEqual({ kind: 'reload', at: 5, reason: 'unknown' });
  });
});

describe('syncEvent', () => {
  const failed = {
    kind: 'failed',
    error: new FeedHttpError('https://museum.example/feed/manifest.json', { code: 'http-status', status: 503, statusText: '' }),
  } as const;

  it('reports the first outcome, and a failure with its code', () => {
    expect(syncEvent({ kind: 'up-to-date', version: 2 }, 1, null)).toEqual({
      kind: 'sync',
      at: 1,
      result: 'up-to-date',
      version: 2,
    });
    expect(syncEvent(failed, 1, null)).toEqual({ kind: 'sync', at: 1, result: 'failed', version: null, code: 'http-status' });
  });

  it('stays silent when nothing changed, and speaks when it did', () => {
    const first = syncEvent({ kind: 'up-to-date', version: 2 }, 1, null);
    expect(syncEvent({ kind: 'up-to-date', version: 2 }, 2, first)).toBeNull();
    const failure = syncEvent(failed, 3, first);
    expect(failure?.result).toBe('failed');
    expect(syncEvent(failed, 4, failure)).toBeNull();
    const rejected = syncEvent({ kind: 'rejected', error: new SignatureError('unknown-key', 'no trusted key') }, 5, failure);
    expect(rejected).toMatchObject({ result: 'rejected', code: 'signature' });
  });

  it('always reports an install, and never an aborted sync', () => {
    const installed = syncEvent({ kind: 'installed', version: 3 }, 1, null);
    expect(syncEvent({ kind: 'installed', version: 3 }, 2, installed)).not.toBeNull();
    expect(syncEvent({ kind: 'aborted' }, 3, installed)).toBeNull();
  });
});
