// Failures of the kiosk's own store, as opposed to the feed's (src/feed/errors.ts): its content
// was cleared or damaged under the app, it is full, or another tab changed it. Sync repairs or
// retries.

import type { StorageShortage } from './eske-db.ts';

/** An object or version that the active content refers to is not in the store. */
export class StoredContentMissingError extends Error {
  readonly code = 'stored-content-missing';
  constructor(readonly what: string) {
    super(`${what} is missing from the kiosk's store`);
    this.name = 'StoredContentMissingError';
  }
}

/** Thrown by the switch when another tab of the app installed meanwhile: its choice stands. */
export class ActiveVersionChangedError extends Error {
  readonly code = 'active-version-changed';
  constructor(
    readonly expected: number | null,
    readonly actual: number | null,
  ) {
    super(`the active version changed from ${expected} to ${actual} during sync`);
    this.name = 'ActiveVersionChangedError';
  }
}

/**
 * docs/design.md §5.5: a version's objects do not fit in the space the browser gives the kiosk,
 * as it reported before the download, or as a write refused for quota showed. The message rounds
 * to a tenth of its unit, so the log line of a kiosk that waits for space repeats, not grows.
 */
export class StorageFullError extends Error {
  readonly code = 'storage-full';
  constructor(readonly shortage: StorageShortage) {
    super(
      `version ${shortage.version} does not fit in the kiosk's storage: it needs ${roundedBytes(shortage.neededBytes)}, ` +
        `${roundedBytes(shortage.availableBytes)} available; the content installed stays, and the download waits for space`,
    );
    this.name = 'StorageFullError';
  }
}

/** English, like every log message: 1536 → "1.5 KB". */
function roundedBytes(bytes: number): string {
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  for (; value >= 1024 && unit < units.length - 1; unit++) value /= 1024;
  return `${value.toFixed(unit === 0 ? 0 : 1)} ${units[unit]}`;
}

/**
 * Whether `error` is the browser refusing a write for quota: a QuotaExceededError DOMException,
 * or Dexie's error carrying one (a transaction aborted by it is Dexie's AbortError, whose
 * `inner` is the QuotaExceededError).
 */
export function isQuotaError(error: unknown): boolean {
  for (let cause = error, depth = 0; cause instanceof Error && depth < 4; depth++) {
    if (cause.name === 'QuotaExceededError') return true;
    cause = (cause as { inner?: unknown }).inner ?? cause.cause;
  }
  return false;
}
