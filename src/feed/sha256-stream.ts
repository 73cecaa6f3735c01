// A SHA-256 fed piece by piece, so a 500 MB video is hashed as it streams in and never held
// whole: WebCrypto has no streaming digest. Its own module, so that only the code that streams
// (loaded when a large object is downloaded) carries the hash library.

import { sha256 } from '@noble/hashes/sha2.js';
import { hexOf } from './sha256.ts';

export interface Sha256Stream {
  update(bytes: Uint8Array): void;
  /** Ends the stream; the hash takes no more bytes after it. */
  digestHex(): string;
}

/**
 * @noble/hashes (audited, no dependencies, pure JS): WebAssembly hashers are faster but would
 * need `wasm-unsafe-eval` in the kiosk's Content-Security-Policy.
 */
export function createSha256Stream(): Sha256Stream {
  const hash = sha256.create();
  return {
    update: (bytes) => void hash.update(bytes),
    digestHex: () => hexOf(hash.digest()),
  };
}
