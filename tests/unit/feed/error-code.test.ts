import { describe, expect, it } from 'vitest';
import { errorCode, isAbort, toError } from '../../../src/feed/error-code.ts';
import { RollbackError } from '../../../src/feed/errors.ts';

describe('toError', () => {
  it('returns an Error as it is', () => {
    const error = new RangeError('x');
    expect(toError(error)).toBe(error);
  });

  it('wraps a string or another value', () => {
    expect(toError('boom').message).toBe('boom');
    expect(toError({ status: 500 }).message).toBe('{"status":500}');
  });

  it('wraps a value JSON cannot write by its String()', () => {
    expect(toError(undefined).message).toBe('undefined');
    const circular: { self?: unknown } = {};
    circular.self = circular;
    expect(toError(circular).message).toBe('[object Object]');
  });
});

describe('errorCode', () => {
  it('gives the error’s own string code', () => {
    expect(errorCode(new RollbackError(2, 1))).toBe('rollback');
  });

  it('gives the name of an error without one, and of a DOMException with its numeric code', () => {
    expect(errorCode(new TypeError('bad'))).toBe('TypeError');
    expect(errorCode(new DOMException('the disk is full', 'QuotaExceededError'))).toBe('QuotaExceededError');
  });
});

describe('isAbort', () => {
  it('recognises an abort', () => {
    expect(isAbort(new DOMException('stopped', 'AbortError'))).toBe(true);
    expect(isAbort(new Error('boom'))).toBe(false);
  });

  it('does not take a transaction aborted by a failure for an abort', () => {
    // The shape of Dexie's AbortError when a full disk aborted the transaction.
    const aborted = Object.assign(new Error('QuotaExceededError the disk is full'), {
      name: 'AbortError',
      inner: new DOMException('the disk is full', 'QuotaExceededError'),
    });
    expect(isAbort(aborted)).toBe(false);
  });
});
