// docs/design.md §5.2: an object is kept only if its size and SHA-256 match its manifest entry,
// checked on bytes in hand (verifyObject) or on a stream as it arrives (ObjectVerifier).

import { ObjectHashMismatchError, ObjectSizeMismatchError } from './errors.ts';
import type { ObjectEntry } from './manifest-schema.ts';
import { createSha256Stream, sha256Hex, type Sha256Stream } from './sha256.ts';

export type VerifiedEntry = Pick<ObjectEntry, 'sha256' | 'bytes' | 'name'>;

export async function verifyObject(entry: VerifiedEntry, bytes: Uint8Array): Promise<void> {
  // The size check comes first: it is free, and a truncated download is the common case.
  checkSize(entry, bytes.length);
  checkHash(entry, await sha256Hex(bytes));
}

/**
 * Counts and hashes an object's bytes in order; `finish` throws as verifyObject would, and
 * `update` throws ObjectSizeMismatchError as soon as the bytes pass the declared size, so an
 * endless response is cut off there.
 */
export class ObjectVerifier {
  readonly #entry: VerifiedEntry;
  #hash: Sha256Stream = createSha256Stream();
  #receivedBytes = 0;

  constructor(entry: VerifiedEntry) {
    this.#entry = entry;
  }

  get receivedBytes(): number {
    return this.#receivedBytes;
  }

  update(bytes: Uint8Array): void {
    this.#receivedBytes += bytes.length;
    if (this.#receivedBytes > this.#entry.bytes) checkSize(this.#entry, this.#receivedBytes);
    this.#hash.update(bytes);
  }

  /** Forgets every byte, for a download that starts over from the first one. */
  restart(): void {
    this.#hash = createSha256Stream();
    this.#receivedBytes = 0;
  }

  finish(): void {
    checkSize(this.#entry, this.#receivedBytes);
    checkHash(this.#entry, this.#hash.digestHex());
  }
}

function label(entry: VerifiedEntry): string {
  return `${entry.name} (${entry.sha256.slice(0, 12)}…)`;
}

function checkSize(entry: VerifiedEntry, actual: number): void {
  if (actual !== entry.bytes) throw new ObjectSizeMismatchError(label(entry), entry.bytes, actual);
}

function checkHash(entry: VerifiedEntry, actual: string): void {
  if (actual !== entry.sha256) throw new ObjectHashMismatchError(label(entry), actual);
}
