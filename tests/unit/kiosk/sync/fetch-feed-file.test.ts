import { describe, expect, it } from 'vitest';
import { isAbort } from '../../../../src/feed/error-code.ts';
import { FeedHttpError } from '../../../../src/feed/errors.ts';
import { fetchFeedFile, streamFeedFile, type FeedFileRequest } from '../../../../src/kiosk/sync/fetch-feed-file.ts';
import { FEED_URL, MemoryFeedHost } from './memory-feed.ts';

const request = (path: string, overrides: Partial<FeedFileRequest> = {}): FeedFileRequest => ({
  url: FEED_URL + path,
  stallTimeoutMs: 50,
  maxBytes: 1000,
  cache: 'no-cache',
  ...overrides,
});

function hostWith(path: string, bytes: Uint8Array<ArrayBuffer>) {
  const host = new MemoryFeedHost();
  host.files.set(path, bytes);
  return host;
}

async function rejection(promise: Promise<unknown>): Promise<FeedHttpError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(FeedHttpError);
  return error as FeedHttpError;
}

describe('fetchFeedFile', () => {
  it('returns the body and passes the cache mode on', async () => {
    const host = hostWith('manifest.json', new Uint8Array([1, 2, 3]));
    expect(await fetchFeedFile(host.fetch, request('manifest.json'))).toEqual(new Uint8Array([1, 2, 3]));
    expect(host.inits[0]?.init.cache).toBe('no-cache');
  });

  it('throws FeedHttpError with the status for an HTTP error', async () => {
    const error = await rejection(fetchFeedFile(new MemoryFeedHost().fetch, request('manifest.json')));
    expect(error.code).toBe('http-status');
    expect(error.status).toBe(404);
    expect(error.url).toBe(`${FEED_URL}manifest.json`);
  });

  it('throws FeedHttpError without a status when the host cannot be reached', async () => {
    const host = hostWith('manifest.json', new Uint8Array(1));
    host.fault = () => ({ kind: 'network' });
    expect(await rejection(fetchFeedFile(host.fetch, request('manifest.json')))).toMatchObject({ code: 'network', status: null });
  });

  it('throws FeedHttpError when the connection drops midway', async () => {
    const host = hostWith('objects/a.ogg', new Uint8Array(100));
    host.fault = () => ({ kind: 'break-midway' });
    expect(await rejection(fetchFeedFile(host.fetch, request('objects/a.ogg')))).toMatchObject({ code: 'network', status: 200 });
  });

  it('gives up when no byte arrives within the stall timeout', async () => {
    const host = hostWith('manifest.json', new Uint8Array(1));
    host.fault = () => ({ kind: 'hang' });
    expect(await rejection(fetchFeedFile(host.fetch, request('manifest.json')))).toMatchObject({ code: 'stalled', status: null });
  });

  it('stops reading one byte past the limit, for the caller to reject', async () => {
    const host = hostWith('manifest.json', new Uint8Array(5000));
    expect(await fetchFeedFile(host.fetch, request('manifest.json', { maxBytes: 10 }))).toHaveLength(11);
  });

  it('rethrows the caller’s abort as an AbortError, not as a failure of the host', async () => {
    const host = hostWith('manifest.json', new Uint8Array(1));
    host.fault = () => ({ kind: 'hang' });
    const controller = new AbortController();
    const pending = fetchFeedFile(host.fetch, request('manifest.json', { stallTimeoutMs: 60_000, signal: controller.signal }));
    controller.abort();
    const error = await pending.then(
      () => null,
      (caught: unknown) => caught,
    );
    expect(error).not.toBeInstanceOf(FeedHttpError);
    expect(isAbort(error)).toBe(true);
  });
});

describe('streamFeedFile', () => {
  it('tells the sink the response, then hands it the body, sending the headers asked for', async () => {
    const host = hostWith('objects/a.mp4', new Uint8Array([1, 2, 3, 4]));
    const seen: unknown[] = [];
    await streamFeedFile(host.fetch, request('objects/a.mp4', { headers: { Range: 'bytes=2-' } }), {
      begin: (response) => void seen.push(response.status),
      write: (piece) => void seen.push([...piece]),
    });
    expect(seen).toEqual([206, [3, 4]]);
    expect(host.ranges).toEqual(['bytes=2-']);
  });

  it('lets what the sink throws leave as it was thrown, not as a failure of the host', async () => {
    const host = hostWith('objects/a.mp4', new Uint8Array(10));
    const full = new DOMException('no space left', 'QuotaExceededError');
    const error = await streamFeedFile(host.fetch, request('objects/a.mp4'), {
      write: () => Promise.reject(full),
    }).catch((caught: unknown) => caught);
    expect(error).toBe(full);
  });

  it('does not count the time the sink takes against the stall timeout', async () => {
    const host = hostWith('objects/a.mp4', new Uint8Array(10));
    let written = 0;
    await streamFeedFile(host.fetch, request('objects/a.mp4', { stallTimeoutMs: 20 }), {
      write: async (piece) => {
        await new Promise((resolve) => setTimeout(resolve, 60));
        written += piece.length;
      },
    });
    expect(written).toBe(10);
  });
});
