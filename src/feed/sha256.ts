// SHA-256 for object addresses and integrity checks on both sides of the feed, the same code in
// Node 20 and Chromium: WebCrypto for bytes in hand, and an incremental digest for objects
// read as a stream, since WebCrypto has no streaming digest.

import { sha256 } from '@noble/hashes/sha2.js';

export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  return hex(new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>)));
}

/** A digest fed piece by piece, so a 500 MB video is hashed without ever being whole in memory. */
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
    digestHex: () => hex(hash.digest()),
  };
}

function hex(digest: Uint8Array): string {
  let text = '';
  for (const byte of digest) text += byte.toString(16).padStart(2, '0');
  return text;
}
