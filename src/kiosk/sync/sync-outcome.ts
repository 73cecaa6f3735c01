// What one sync ends in, as the scheduler and the technician panel act on it: `rejected` feeds
// wait for the curator (retry at the normal interval), `failed` ones are retried with backoff,
// but for a full store, which waits for space (docs/design.md §5.5).

import { errorCode, toError } from '../../feed/error-code.ts';
import { FeedError, type FeedErrorCode } from '../../feed/errors.ts';

export type SyncOutcome =
  | { kind: 'installed'; version: number }
  | { kind: 'up-to-date'; version: number }
  /** The host answered, but with a feed this kiosk must not show (docs/design.md §5.1, §5.3). */
  | { kind: 'rejected'; error: FeedError }
  /** Network, HTTP, a truncated or corrupt object, or the store itself: worth retrying soon. */
  | { kind: 'failed'; error: Error }
  /** The caller stopped the sync (SyncScheduler.stop): nothing failed, so nothing is logged. */
  | { kind: 'aborted' };

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

/** `signal`: the caller's; once it is aborted, the stop is why the sync ended, whatever was thrown. */
export function outcomeOfError(error: unknown, signal?: AbortSignal): SyncOutcome {
  if (signal?.aborted) return { kind: 'aborted' };
  if (error instanceof FeedError && REJECTION_CODES.has(error.code)) return { kind: 'rejected', error };
  return { kind: 'failed', error: toError(error) };
}

/**
 * Failures whose retry in seconds would fail the same way: a full store. Its hold
 * (storage-shortage.ts) decides at each regular sync whether the space may have changed.
 */
const WAITING_FAILURE_CODES: ReadonlySet<string> = new Set(['storage-full']);

/** Whether the scheduler should try again soon, with backoff, rather than at its regular interval. */
export function retriesSoon(outcome: SyncOutcome): boolean {
  return outcome.kind === 'failed' && !WAITING_FAILURE_CODES.has(errorCode(outcome.error));
}
