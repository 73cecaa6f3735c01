// A signing key's id: the SHA-256 (64 lowercase hex digits) of its raw 32-byte Ed25519 public key.
// An eske-feed/2 signature names its key by this id, kiosk-config may list it beside the key, and
// `feed keygen`, `feed sign` and `feed verify` print it, so a technician can match them by eye.

import { base64ToBytes } from './base64.ts';
import { sha256Hex } from './sha256.ts';

export const KEY_ID_PATTERN = /^[0-9a-f]{64}$/;

/** Throws for text that is not base64: callers pass keys their schema already checked. */
export async function keyIdOf(publicKeyText: string): Promise<string> {
  const raw = base64ToBytes(publicKeyText);
  if (!raw) throw new Error('public key is not base64');
  return sha256Hex(raw);
}

/** The first 12 hex digits, for log lines; full ids in the CLI's output and in kiosk-config. */
export function shortKeyId(keyid: string): string {
  return keyid.slice(0, 12);
}
