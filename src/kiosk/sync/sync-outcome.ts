// What one sync ends in, as the scheduler and the technician panel act on it: `rejected` feeds
// wait for the curator (retry at the normal interval), `failed` ones are retried with backoff.

import { FeedError, type FeedErrorCode } from '../../feed/errors.ts';

export type SyncOutcome =
  | { kind: 'installed'; version: number }
  | { kind: 'up-to-date'; version: number }
  /** The host answered, but with a feed this kiosk must not show (DESIGN §5.1, §5.3). */
  | { kind: 'rejected'; error: FeedError }
  /** Network, HTTP, a truncated or corrupt object, or the store itself: worth retrying soon. */
  | { kind: 'failed'; error: Error };

/** Refusals that the same feed would earn again; everything else may pass on a retry. */
const REJECTION_CODES: ReadonlySet<FeedErrorCode> = new Set<FeedErrorCode>([
  'manifest-format',
  'manifest-too-large',
  'signature',
  'exhibit-mismatch',
  'rollback',
  'expired',
  'object-format',
]);

export function outcomeOfError(error: unknown): SyncOutcome {
  if (error instanceof FeedError && REJECTION_CODES.has(error.code)) return { kind: 'rejected', error };
  return { kind: 'failed', error: toError(error) };
}

/** Any thrown value as an Error, so every path below handles one type. */
export function toError(value: unknown): Error {
  return value instanceof Error ? value : new Error(String(value));
}

/** The stable code of a failure for the log: the feed code, the store's own, or the error's name. */
export function errorCode(error: Error): string {
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' ? code : error.name;
}
