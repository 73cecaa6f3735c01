// Failures of the kiosk's own store, as opposed to the feed's (src/feed/errors.ts): its content
// was cleared or damaged under the app, or another tab changed it. Sync repairs or retries.

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
