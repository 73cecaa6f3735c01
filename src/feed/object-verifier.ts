// docs/design.md §5.2 for an object read as a stream: its bytes are counted and hashed in order,
// and it is kept only if size and SHA-256 match its manifest entry, as verifyObject checks them.

import { createSha256Stream, type Sha256Stream } from './sha256-stream.ts';
import { checkObjectHash, checkObjectSize, type VerifiedEntry } from './verify-object.ts';

/**
 * `finish` throws as verifyObject would, and `update` throws ObjectSizeMismatchError as soon as
 * the bytes pass the declared size, so an endless response is cut off there.
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
    if (this.#receivedBytes > this.#entry.bytes) checkObjectSize(this.#entry, this.#receivedBytes);
    this.#hash.update(bytes);
  }

  /** Forgets every byte, for a download that starts over from the first one. */
  restart(): void {
    this.#hash = createSha256Stream();
    this.#receivedBytes = 0;
  }

  finish(): void {
    checkObjectSize(this.#entry, this.#receivedBytes);
    checkObjectHash(this.#entry, this.#hash.digestHex());
  }
}
