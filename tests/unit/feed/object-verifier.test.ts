import { describe, expect, it } from 'vitest';
import { ObjectSizeMismatchError } from '../../../src/feed/errors.ts';
import { ObjectVerifier } from '../../../src/feed/object-verifier.ts';
import { sha256Hex } from '../../../src/feed/sha256.ts';

const bytes = new TextEncoder().encode('WEBVTT\n\n00:00.000 --> 00:02.000\nЕске алу\n');

async function entryFor(content: Uint8Array) {
  return { sha256: await sha256Hex(content), bytes: content.length, name: 'files/t01.kk.vtt' };
}

describe('ObjectVerifier', () => {
  const pieces = (content: Uint8Array, size: number) =>
    Array.from({ length: Math.ceil(content.length / size) }, (_, i) => content.subarray(i * size, (i + 1) * size));

  it('accepts an object fed in pieces of any size', async () => {
    const entry = await entryFor(bytes);
    for (const size of [1, 7, bytes.length]) {
      const verifier = new ObjectVerifier(entry);
      for (const piece of pieces(bytes, size)) verifier.update(piece);
      expect(verifier.receivedBytes).toBe(bytes.length);
      expect(() => verifier.finish()).not.toThrow();
    }
  });

  it('rejects a short stream by its size and a changed one by its hash', async () => {
    const entry = await entryFor(bytes);
    const short = new ObjectVerifier(entry);
    short.update(bytes.subarray(1));
    expect(() => short.finish()).toThrow(ObjectSizeMismatchError);
    const altered = bytes.slice();
    altered[3] = altered[3]! ^ 1;
    const changed = new ObjectVerifier(entry);
    changed.update(altered);
    expect(() => changed.finish()).toThrow(expect.objectContaining({ code: 'object-hash', actual: expect.any(String) }));
  });

  it('throws as soon as the bytes pass the declared size', async () => {
    const verifier = new ObjectVerifier(await entryFor(bytes.subarray(0, 10)));
    verifier.update(bytes.subarray(0, 10));
    expect(() => verifier.update(bytes.subarray(10, 11))).toThrow(
      expect.objectContaining({ code: 'object-size', expected: 10, actual: 11 }),
    );
  });

  it('forgets what it was fed when restarted', async () => {
    const verifier = new ObjectVerifier(await entryFor(bytes));
    verifier.update(bytes.subarray(0, 5));
    verifier.restart();
    verifier.update(bytes);
    expect(() => verifier.finish()).not.toThrow();
  });
});
