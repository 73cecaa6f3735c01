// One error class per feed failure that a caller acts on differently. Sync catches every one,
// keeps the installed content and logs the message for the technician; the `code` is stable,
// so tests and logs do not depend on the wording. No DOM, no Node: used by curator and kiosk.

export type FeedErrorCode =
  | 'manifest-format'
  | 'manifest-too-large'
  | 'signature'
  | 'exhibit-mismatch'
  | 'rollback'
  | 'expired'
  | 'object-size'
  | 'object-hash'
  | 'object-format'
  | FeedHttpFailure['code'];

export abstract class FeedError extends Error {
  abstract readonly code: FeedErrorCode;
}

/** manifest.json is neither an eske-feed/2 envelope nor an eske-feed/1 manifest; `problems` name each key path. */
export class ManifestFormatError extends FeedError {
  readonly code = 'manifest-format';
  constructor(readonly problems: string[]) {
    super(`manifest.json is not a valid feed manifest: ${problems.join('; ')}`);
    this.name = 'ManifestFormatError';
  }
}

/** The manifest is larger than the limit, which stops an endless or padded response. */
export class ManifestTooLargeError extends FeedError {
  readonly code = 'manifest-too-large';
  constructor(
    readonly bytes: number,
    readonly maxBytes: number,
  ) {
    super(`manifest.json is ${bytes} bytes, more than the limit of ${maxBytes}`);
    this.name = 'ManifestTooLargeError';
  }
}

/**
 * Why the signatures did not make a manifest trusted (docs/design.md §5.1), for the log and for
 * tests: `malformed`, a signature that is not 64 bytes of base64 or names no key id; `invalid`,
 * a trusted key's signature that does not verify (altered bytes, or a forgery); `unknown-key`, no
 * signature by any trusted key; `threshold`, fewer trusted keys signed than kiosk-config asks
 * for; `no-trusted-key`, none configured; `keyid-mismatch`, a kiosk-config entry whose keyid is
 * not its publicKey's.
 */
export type SignatureFailure = 'malformed' | 'invalid' | 'unknown-key' | 'threshold' | 'no-trusted-key' | 'keyid-mismatch';

/** What became of one signature of a manifest; `untrusted` ones are not even checked. */
export interface SignatureCheck {
  keyid: string;
  status: 'valid' | 'invalid' | 'malformed' | 'untrusted';
}

/** The manifest's signatures do not make it trusted; `checks` says what each one was worth. */
export class SignatureError extends FeedError {
  readonly code = 'signature';
  constructor(
    readonly reason: SignatureFailure,
    detail: string,
    readonly checks: readonly SignatureCheck[] = [],
  ) {
    super(`manifest signature rejected (${reason}): ${detail}`);
    this.name = 'SignatureError';
  }
}

/** A validly signed feed of another exhibit (a kiosk pointed at the wrong feed). */
export class ExhibitMismatchError extends FeedError {
  readonly code = 'exhibit-mismatch';
  constructor(
    readonly expected: string,
    readonly actual: string,
  ) {
    super(`feed is for exhibit "${actual}", but this kiosk shows "${expected}"`);
    this.name = 'ExhibitMismatchError';
  }
}

/** A version below the installed one of the same exhibit: a replayed old feed (rollback attack) or a stale mirror. */
export class RollbackError extends FeedError {
  readonly code = 'rollback';
  constructor(
    readonly installed: number,
    readonly offered: number,
  ) {
    super(`feed version ${offered} is older than installed version ${installed}`);
    this.name = 'RollbackError';
  }
}

/** An update whose `expiresAt` has passed (a frozen or withheld feed, or a kiosk clock running ahead). */
export class ExpiredFeedError extends FeedError {
  readonly code = 'expired';
  constructor(
    readonly expiresAt: string,
    readonly kioskTime: string,
  ) {
    super(`feed expired at ${expiresAt} by this kiosk's clock (${kioskTime}): publish it again, or set the clock right`);
    this.name = 'ExpiredFeedError';
  }
}

/** An object's byte count differs from the manifest (truncated download or substitution). */
export class ObjectSizeMismatchError extends FeedError {
  readonly code = 'object-size';
  constructor(
    readonly object: string,
    readonly expected: number,
    readonly actual: number,
  ) {
    super(`object ${object}: expected ${expected} bytes, got ${actual}`);
    this.name = 'ObjectSizeMismatchError';
  }
}

/** An object's SHA-256 differs from the manifest (corruption or substitution). */
export class ObjectHashMismatchError extends FeedError {
  readonly code = 'object-hash';
  constructor(
    readonly object: string,
    readonly actual: string,
  ) {
    super(`object ${object}: content has SHA-256 ${actual}`);
    this.name = 'ObjectHashMismatchError';
  }
}

/** A verified object whose content is not the JSON shape its role requires. */
export class ObjectFormatError extends FeedError {
  readonly code = 'object-format';
  constructor(
    readonly object: string,
    readonly problems: string[],
  ) {
    super(`object ${object} is not valid: ${problems.join('; ')}`);
    this.name = 'ObjectFormatError';
  }
}

/** Why a GET from the feed host failed. Sync retries each with backoff; the code tells the technician which. */
export type FeedHttpFailure =
  /** The host answered with a status other than 2xx. */
  | { code: 'http-status'; status: number; statusText: string }
  /** No byte arrived for `stallTimeoutMs`: a connection that stopped sending without closing. */
  | { code: 'stalled'; status: number | null; stallTimeoutMs: number }
  /** The host could not be reached (`status` null), or the connection dropped midway. */
  | { code: 'network'; status: number | null; detail: string }
  /** A range request was answered with other bytes than asked (`Content-Range` names them). */
  | { code: 'range'; status: number; detail: string };

/** The feed host answered with an HTTP error, stopped sending, or could not be reached. */
export class FeedHttpError extends FeedError {
  readonly code: FeedHttpFailure['code'];
  /** The HTTP status, once the host answered; null when it never did. */
  readonly status: number | null;
  constructor(
    readonly url: string,
    readonly failure: FeedHttpFailure,
  ) {
    super(`${url}: ${describeHttpFailure(failure)}`);
    this.name = 'FeedHttpError';
    this.code = failure.code;
    this.status = failure.status;
  }
}

function describeHttpFailure(failure: FeedHttpFailure): string {
  switch (failure.code) {
    case 'http-status':
      return `HTTP ${failure.status}${failure.statusText ? ` ${failure.statusText}` : ''}`;
    case 'stalled':
      return `no data for ${failure.stallTimeoutMs} ms`;
    case 'network':
      return `${failure.status === null ? 'no response' : 'connection lost'}: ${failure.detail}`;
    case 'range':
      return `HTTP ${failure.status}: ${failure.detail}`;
  }
}
