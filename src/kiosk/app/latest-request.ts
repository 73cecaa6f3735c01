// Drops a stale async answer: each request gets an AbortSignal, starting a newer request aborts
// the one before, and cancel() aborts the latest, so only the latest answer is ever shown. DOM-free.

/** Before any request, and after cancel(), no request is the latest. */
const NONE_LATEST = AbortSignal.abort();

export class LatestRequest {
  #latest: AbortController | null = null;

  /** Starts a request and supersedes the one before: its signal aborts now. */
  begin(): AbortSignal {
    this.#latest?.abort();
    this.#latest = new AbortController();
    return this.#latest.signal;
  }

  /** The latest request's signal: events that arrive later belong to it while it is not aborted. */
  get signal(): AbortSignal {
    return this.#latest?.signal ?? NONE_LATEST;
  }

  /** Drops every request started so far; the next begin() is answered again. */
  cancel(): void {
    this.#latest?.abort();
    this.#latest = null;
  }
}
