// Ed25519 signing and verification of manifest bytes through WebCrypto (Node 20 and Chromium
// alike); which signatures make a manifest trusted is verify-signatures.ts's to decide. Public
// keys travel as base64 of the raw 32 bytes, the form a technician pastes into kiosk-config;
// private keys as base64 PKCS #8, which only the curator CLI ever holds.

import { base64ToBytes, bytesToBase64 } from './base64.ts';

const ED25519 = { name: 'Ed25519' } as const;
const PUBLIC_KEY_BYTES = 32;
const SIGNATURE_BYTES = 64;

export interface KeyPairText {
  /** base64 PKCS #8 */
  privateKey: string;
  /** base64 of the raw 32-byte public key */
  publicKey: string;
}

export async function generateKeyPair(): Promise<KeyPairText> {
  const pair = (await crypto.subtle.generateKey(ED25519, true, ['sign', 'verify'])) as CryptoKeyPair;
  const pkcs8 = new Uint8Array(await crypto.subtle.exportKey('pkcs8', pair.privateKey));
  const raw = new Uint8Array(await crypto.subtle.exportKey('raw', pair.publicKey));
  return { privateKey: bytesToBase64(pkcs8), publicKey: bytesToBase64(raw) };
}

/** The public key belonging to a private key, so a key file can be checked for consistency. */
export async function publicKeyOf(privateKeyText: string): Promise<string> {
  const key = await importPrivateKey(privateKeyText, true);
  const jwk = await crypto.subtle.exportKey('jwk', key);
  if (!jwk.x) throw new Error('private key has no public part');
  return bytesToBase64(base64ToBytes(jwk.x.replace(/-/g, '+').replace(/_/g, '/').padEnd(44, '='))!);
}

async function importPrivateKey(privateKeyText: string, extractable = false): Promise<CryptoKey> {
  const pkcs8 = base64ToBytes(privateKeyText);
  if (!pkcs8) throw new Error('private key is not base64');
  return crypto.subtle.importKey('pkcs8', pkcs8, ED25519, extractable, ['sign']);
}

/** Signs the exact bytes given; returns the signature as base64 text (an envelope's `sig`). */
export async function signBytes(bytes: Uint8Array, privateKeyText: string): Promise<string> {
  const key = await importPrivateKey(privateKeyText);
  const signature = await crypto.subtle.sign(ED25519, key, bytes as Uint8Array<ArrayBuffer>);
  return bytesToBase64(new Uint8Array(signature));
}

export function isPublicKeyText(text: string): boolean {
  return base64ToBytes(text)?.length === PUBLIC_KEY_BYTES;
}

/** The raw signature bytes of base64 text, or null for text that cannot be an Ed25519 signature. */
export function signatureBytes(text: string): Uint8Array<ArrayBuffer> | null {
  const bytes = base64ToBytes(text);
  return bytes?.length === SIGNATURE_BYTES ? bytes : null;
}

/** A verifying key from base64 public key text; null for text that is not one. */
export async function importPublicKey(text: string): Promise<CryptoKey | null> {
  const raw = base64ToBytes(text);
  if (raw?.length !== PUBLIC_KEY_BYTES) return null;
  return crypto.subtle.importKey('raw', raw, ED25519, false, ['verify']);
}

/** True if `signature` is `key`'s over exactly `bytes`. */
export async function verifyBytes(key: CryptoKey, signature: Uint8Array<ArrayBuffer>, bytes: Uint8Array): Promise<boolean> {
  return crypto.subtle.verify(ED25519, key, signature, bytes as Uint8Array<ArrayBuffer>);
}
