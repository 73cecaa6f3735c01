import { describe, expect, it } from 'vitest';
import { ObjectHashMismatchError, ObjectSizeMismatchError } from '../../../src/feed/errors.ts';
import { sha256Hex } from '../../../src/feed/sha256.ts';
import { verifyObject } from '../../../src/feed/verify-object.ts';

const bytes = new TextEncoder().encode('WEBVTT\n\n00:00.000 --> 00:02.000\nЕске алу\n');

async function entryFor(content: Uint8Array) {
  return { sha256: await sha256Hex(content), bytes: content.length, name: 'files/t01.kk.vtt' };
}

describe('verifyObject', () => {
  it('accepts bytes of the listed size and SHA-256', async () => {
    await expect(verifyObject(await entryFor(bytes), bytes)).resolves.toBeUndefined();
  });

  it('accepts an empty object listed as empty', async () => {
    await expect(verifyObject(await entryFor(new Uint8Array(0)), new Uint8Array(0))).resolves.toBeUndefined();
  });

  it('rejects a truncated object by its size', async () => {
    const error = await verifyObject(await entryFor(bytes), bytes.slice(0, -1)).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ObjectSizeMismatchError);
    expect(error).toMatchObject({ code: 'object-size', expected: bytes.length, actual: bytes.length - 1 });
  });

  it('rejects an object of the right size with other content by its hash', async () => {
    const altered = bytes.slice();
    altered[0] = altered[0]! ^ 1;
    const error = await verifyObject(await entryFor(bytes), altered).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ObjectHashMismatchError);
    expect(error).toMatchObject({ code: 'object-hash', actual: await sha256Hex(altered) });
  });
});
