// The error vocabulary both sides share: any thrown value as an Error, its stable code for logs
// and records, and what counts as an abort. No DOM, no Node: used by the kiosk's error path,
// sync and the search worker alike.

/** Any thrown value as an Error, so everything after a catch handles one type. */
export function toError(value: unknown): Error {
  if (value instanceof Error) return value;
  if (typeof value === 'string') return new Error(value);
  try {
    // Undefined and functions stringify to nothing: their String() says more.
    return new Error(JSON.stringify(value) ?? String(value));
  } catch {
    return new Error(String(value));
  }
}

/**
 * The stable code of an error: its own string `code` (FeedErrorCode, a store's or the engine's)
 * or its name. A DOMException's numeric `code` is legacy; its name is the stable part.
 */
export function errorCode(error: Error): string {
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' ? code : error.name;
}

/**
 * A cancelled fetch, a stopped sync or a screen left mid-load: nothing went wrong. Not a
 * database transaction that a failure aborted: Dexie names that one AbortError too, with the
 * failure (a full disk's QuotaExceededError) as its `inner`.
 */
export function isAbort(error: unknown): boolean {
  return error instanceof Error && error.name === 'AbortError' && !(error as { inner?: unknown }).inner;
}
