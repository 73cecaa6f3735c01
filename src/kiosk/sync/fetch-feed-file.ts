// One GET from the feed host, with the limits an unattended kiosk needs: a stall timeout, a byte
// cap and one error class (FeedHttpError, coded by reason) for every way the host can fail; a
// caller's abort stays an abort. The body comes whole (fetchFeedFile) or piece by piece into a
// sink (streamFeedFile), which is how an object larger than memory is stored. DOM-free: fetch
// comes in as an argument, so tests serve an in-memory feed.

import { toError } from '../../feed/error-code.ts';
import { FeedHttpError } from '../../feed/errors.ts';

/** The part of `fetch` sync uses; `globalThis.fetch` fits. */
export type FetchLike = (url: string, init: RequestInit) => Promise<Response>;

export interface FeedFileRequest {
  url: string;
  /**
   * Abort when no byte arrives for this long. A stall timeout, not a total one: a video may take
   * minutes on a museum's link, but a connection that stops sending is dead.
   */
  stallTimeoutMs: number;
  /**
   * Read at most `maxBytes + 1` bytes and return them, so an endless or padded response costs
   * nothing, and the caller's own check (verifyManifest, verifyObject) rejects the oversize
   * with its own error class.
   */
  maxBytes: number;
  /** `no-cache` for manifest.json and .sig, which change in place (docs/design.md §4). */
  cache: RequestCache;
  /** `Range`, for a download that goes on where an earlier one stopped. */
  headers?: Record<string, string>;
  signal?: AbortSignal | undefined;
}

/**
 * Where a streamed body goes. Each call is awaited before the next read, so a slow store slows
 * the download instead of piling bytes up in memory; the stall timeout waits meanwhile. What a
 * sink throws leaves streamFeedFile as it was thrown, not as a failure of the host.
 */
export interface FeedFileSink {
  /** The host answered 2xx; called once, before any byte. */
  begin?(response: Response): void | Promise<void>;
  write(bytes: Uint8Array): void | Promise<void>;
}

/** The whole body, at most `maxBytes + 1` bytes of it. */
export async function fetchFeedFile(fetch: FetchLike, request: FeedFileRequest): Promise<Uint8Array<ArrayBuffer>> {
  const pieces: Uint8Array[] = [];
  await streamFeedFile(fetch, request, { write: (piece) => void pieces.push(piece) });
  const bytes = new Uint8Array(pieces.reduce((sum, piece) => sum + piece.length, 0));
  let offset = 0;
  for (const piece of pieces) {
    bytes.set(piece, offset);
    offset += piece.length;
  }
  return bytes;
}

/** Hands the body to `sink` as it arrives, stopping after `maxBytes + 1` bytes. */
export async function streamFeedFile(fetch: FetchLike, request: FeedFileRequest, sink: FeedFileSink): Promise<void> {
  const { url, stallTimeoutMs, maxBytes, cache, headers, signal } = request;
  const controller = new AbortController();
  const abortFromCaller = () => controller.abort(signal?.reason);
  signal?.addEventListener('abort', abortFromCaller);
  if (signal?.aborted) controller.abort(signal.reason);
  let timedOut = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const restartTimer = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, stallTimeoutMs);
  };
  const toSink = async (call: () => void | Promise<void>) => {
    clearTimeout(timer);
    try {
      await call();
    } catch (error) {
      throw new SinkFailure(error);
    }
    restartTimer();
  };

  let status: number | null = null;
  try {
    restartTimer();
    const response = await fetch(url, { cache, signal: controller.signal, ...(headers ? { headers } : {}) });
    status = response.status;
    if (!response.ok) {
      await response.body?.cancel().catch(() => undefined);
      throw new FeedHttpError(url, { code: 'http-status', status, statusText: response.statusText });
    }
    await toSink(() => sink.begin?.(response));
    await readCapped(response, maxBytes, (piece) => toSink(() => sink.write(piece)));
  } catch (error) {
    if (error instanceof SinkFailure) {
      // The body is not wanted any more: drop the connection rather than leave it open.
      controller.abort();
      throw error.cause;
    }
    if (error instanceof FeedHttpError) throw error;
    // The caller stopped the sync: not a failure of the host, so it leaves as the caller's reason.
    signal?.throwIfAborted();
    if (timedOut) throw new FeedHttpError(url, { code: 'stalled', status, stallTimeoutMs });
    throw new FeedHttpError(url, { code: 'network', status, detail: toError(error).message });
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', abortFromCaller);
  }
}

/** Carries what a sink threw past the handling of the host's failures. */
class SinkFailure {
  constructor(readonly cause: unknown) {}
}

async function readCapped(response: Response, maxBytes: number, onPiece: (piece: Uint8Array) => Promise<void>): Promise<void> {
  if (!response.body) return;
  const reader = response.body.getReader();
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return;
    const take = Math.min(value.length, maxBytes + 1 - total);
    total += take;
    await onPiece(value.subarray(0, take));
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return;
    }
  }
}
