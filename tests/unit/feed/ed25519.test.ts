import { describe, expect, it } from 'vitest';
import {
  generateKeyPair,
  importPublicKey,
  isPublicKeyText,
  publicKeyOf,
  signatureBytes,
  signBytes,
  verifyBytes,
} from '../../../src/feed/ed25519.ts';

const message = new TextEncoder().encode('{"version":1}');

describe('generateKeyPair', () => {
  it('gives a public key in the form kiosk-config accepts', async () => {
    const { publicKey } = await generateKeyPair();
    expect(isPublicKeyText(publicKey)).toBe(true);
  });
});

describe('signBytes and verifyBytes', () => {
  const verify = async (bytes: Uint8Array, signature: string, publicKey: string) =>
    verifyBytes((await importPublicKey(publicKey))!, signatureBytes(signature)!, bytes);

  it('verify what was signed with the matching key', async () => {
    const keys = await generateKeyPair();
    const signature = await signBytes(message, keys.privateKey);
    expect(await verify(message, signature, keys.publicKey)).toBe(true);
  });

  it('refuse other bytes under the same signature', async () => {
    const keys = await generateKeyPair();
    const signature = await signBytes(message, keys.privateKey);
    expect(await verify(new TextEncoder().encode('{"version":2}'), signature, keys.publicKey)).toBe(false);
  });

  it('refuse a signature by another key', async () => {
    const [keys, other] = await Promise.all([generateKeyPair(), generateKeyPair()]);
    const signature = await signBytes(message, other.privateKey);
    expect(await verify(message, signature, keys.publicKey)).toBe(false);
  });
});

describe('signatureBytes and importPublicKey', () => {
  it('read only what can be an Ed25519 signature or public key', async () => {
    const keys = await generateKeyPair();
    const signature = await signBytes(message, keys.privateKey);
    expect(signatureBytes(signature)).toHaveLength(64);
    expect(signatureBytes(signature.slice(0, 44))).toBeNull();
    expect(signatureBytes('!!!')).toBeNull();
    expect(await importPublicKey(keys.publicKey)).not.toBeNull();
    expect(await importPublicKey(btoa('x'.repeat(31)))).toBeNull();
  });
});

describe('publicKeyOf', () => {
  it('derives the public key of a private key', async () => {
    const keys = await generateKeyPair();
    expect(await publicKeyOf(keys.privateKey)).toBe(keys.publicKey);
  });

  it('throws for text that is not a private key', async () => {
    await expect(publicKeyOf('not base64!')).rejects.toThrow();
  });
});

describe('isPublicKeyText', () => {
  it('accepts only base64 of exactly 32 bytes', () => {
    expect(isPublicKeyText(btoa('x'.repeat(32)))).toBe(true);
    expect(isPublicKeyText(btoa('x'.repeat(31)))).toBe(false);
    expect(isPublicKeyText('not base64')).toBe(false);
  });
});
