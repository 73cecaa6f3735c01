// One GET from the feed host, with the limits an unattended kiosk needs: a stall timeout, a byte
// cap and one error class (FeedHttpError, coded by reason) for every way the host can fail; a
// caller's abort stays an abort. DOM-free: fetch comes in as an argument, so tests serve an
// in-memory feed.

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
  signal?: AbortSignal | undefined;
}

export async function fetchFeedFile(fetch: FetchLike, request: FeedFileRequest): Promise<Uint8Array<ArrayBuffer>> {
  const { url, stallTimeoutMs, maxBytes, cache, signal } = request;
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

  let status: number | null = null;
  try {
    restartTimer();
    const response = await fetch(url, { cache, signal: controller.signal });
    status = response.status;
    if (!response.ok) {
      await response.body?.cancel().catch(() => undefined);
      throw new FeedHttpError(url, { code: 'http-status', status, statusText: response.statusText });
    }
    return await readCapped(response, maxBytes, restartTimer);
  } catch (error) {
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

async function readCapped(response: Response, maxBytes: number, onProgress: () => void): Promise<Uint8Array<ArrayBuffer>> {
  if (!response.body) return new Uint8Array(0);
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    onProgress();
    const take = Math.min(value.length, maxBytes + 1 - total);
    chunks.push(value.subarray(0, take));
    total += take;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      break;
    }
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  return bytes;
}
