// Failures of the kiosk's own store, as opposed to the feed's (src/feed/errors.ts). They mean
// the IndexedDB content was cleared or damaged under the app; sync repairs it on its next run.

/** An object or version that the active content refers to is not in the store. */
export class StoredContentMissingError extends Error {
  readonly code = 'stored-content-missing';
  constructor(readonly what: string) {
    super(`${what} is missing from the kiosk's store`);
    this.name = 'StoredContentMissingError';
  }
}
