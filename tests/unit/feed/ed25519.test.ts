import { describe, expect, it } from 'vitest';
import { generateKeyPair, isPublicKeyText, publicKeyOf, signBytes, verifySignature } from '../../../src/feed/ed25519.ts';
import { SignatureError } from '../../../src/feed/errors.ts';

const message = new TextEncoder().encode('{"version":1}');

describe('generateKeyPair', () => {
  it('gives a public key in the form kiosk-config accepts', async () => {
    const { publicKey } = await generateKeyPair();
    expect(isPublicKeyText(publicKey)).toBe(true);
  });
});

describe('signBytes and verifySignature', () => {
  it('verify what was signed with the matching key', async () => {
    const keys = await generateKeyPair();
    const signature = await signBytes(message, keys.privateKey);
    await expect(verifySignature(message, signature, [keys.publicKey])).resolves.toBeUndefined();
  });

  it('refuse other bytes under the same signature', async () => {
    const keys = await generateKeyPair();
    const signature = await signBytes(message, keys.privateKey);
    const other = new TextEncoder().encode('{"version":2}');
    await expect(verifySignature(other, signature, [keys.publicKey])).rejects.toBeInstanceOf(SignatureError);
  });

  it('refuse a signature by a key that is not trusted', async () => {
    const [keys, other] = await Promise.all([generateKeyPair(), generateKeyPair()]);
    const signature = await signBytes(message, other.privateKey);
    await expect(verifySignature(message, signature, [keys.publicKey])).rejects.toBeInstanceOf(SignatureError);
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
