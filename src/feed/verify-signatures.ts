// docs/design.md §5.1: whether a manifest's signatures make it trusted. An eske-feed/2 manifest
// needs valid signatures by at least `threshold` distinct trusted keys, each found by its key id;
// signatures by keys the kiosk does not trust are not even checked (TUF's rule). An eske-feed/1
// manifest carries one detached signature, so it passes only a threshold of 1. No DOM, no Node.

import { importPublicKey, signatureBytes, verifyBytes } from './ed25519.ts';
import { SignatureError, type SignatureCheck } from './errors.ts';
import { KEY_ID_PATTERN, keyIdOf, shortKeyId } from './key-id.ts';
import type { FeedSignature } from './manifest-envelope.ts';
import type { FeedTrust } from './trust-config.ts';

/** Resolves to one check per signature, in order; throws SignatureError when too few are valid. */
export async function verifySignatures(
  bytes: Uint8Array,
  signatures: readonly FeedSignature[],
  trust: FeedTrust,
): Promise<SignatureCheck[]> {
  const keys = await trustedKeysById(trust);
  const checks: SignatureCheck[] = [];
  for (const { keyid, sig } of signatures) {
    const key = keys.get(keyid);
    const signature = signatureBytes(sig);
    if (!KEY_ID_PATTERN.test(keyid) || !signature) checks.push({ keyid, status: key ? 'malformed' : 'untrusted' });
    else if (!key) checks.push({ keyid, status: 'untrusted' });
    else checks.push({ keyid, status: (await verifyBytes(key, signature, bytes)) ? 'valid' : 'invalid' });
  }
  const signers = new Set(checks.filter((check) => check.status === 'valid').map((check) => check.keyid));
  if (signers.size >= trust.threshold) return checks;

  const has = (status: SignatureCheck['status']) => checks.some((check) => check.status === status);
  const listed = checks.map((check) => `${shortKeyId(check.keyid) || '(none)'} ${check.status}`).join(', ') || 'none';
  // A trusted key's bad signature says the most (the bytes were altered), so it is named first.
  if (has('invalid'))
    throw new SignatureError('invalid', `a trusted key's signature does not match the manifest (${listed})`, checks);
  if (has('malformed'))
    throw new SignatureError('malformed', `a trusted key's signature is not 64 bytes of base64 (${listed})`, checks);
  if (signers.size === 0) throw new SignatureError('unknown-key', `no signature is by a trusted key (${listed})`, checks);
  throw new SignatureError('threshold', `${signers.size} trusted key(s) signed, ${trust.threshold} needed (${listed})`, checks);
}

/** eske-feed/1: manifest.sig over the exact bytes of manifest.json, by any one trusted key. */
export async function verifyDetachedSignature(
  bytes: Uint8Array,
  signatureText: string,
  trust: FeedTrust,
): Promise<SignatureCheck[]> {
  const keys = await trustedKeysById(trust);
  // One signature can never meet a higher threshold: an old-format feed must not step around it.
  if (trust.threshold > 1) {
    throw new SignatureError('threshold', `an eske-feed/1 manifest has one signature, ${trust.threshold} needed`);
  }
  const signature = signatureBytes(signatureText);
  if (!signature) throw new SignatureError('malformed', 'manifest.sig is not a base64 Ed25519 signature of 64 bytes');
  for (const [keyid, key] of keys) {
    if (await verifyBytes(key, signature, bytes)) return [{ keyid, status: 'valid' }];
  }
  // Without a key id, a tampered manifest and another key's signature look the same.
  throw new SignatureError('invalid', `no trusted key (${keys.size} configured) verifies manifest.sig over manifest.json`);
}

/**
 * A key's id and verifying key depend on its text alone, so each is made once per text: a kiosk
 * checks its few keys at every sync, and each WebCrypto call is a trip to another thread.
 */
const imported = new Map<string, Promise<{ keyid: string; key: CryptoKey } | null>>();

function importTrustedKey(publicKey: string): Promise<{ keyid: string; key: CryptoKey } | null> {
  let entry = imported.get(publicKey);
  if (!entry) {
    entry = importPublicKey(publicKey).then(async (key) => (key ? { keyid: await keyIdOf(publicKey), key } : null));
    imported.set(publicKey, entry);
  }
  return entry;
}

async function trustedKeysById(trust: FeedTrust): Promise<Map<string, CryptoKey>> {
  if (trust.keys.length === 0) throw new SignatureError('no-trusted-key', 'no trusted public key is configured');
  const keys = new Map<string, CryptoKey>();
  for (const [index, entry] of trust.keys.entries()) {
    const found = await importTrustedKey(entry.publicKey);
    if (!found) continue;
    const { keyid, key } = found;
    // A copy-paste slip in kiosk-config would otherwise leave a key silently unusable.
    if (entry.keyid !== undefined && entry.keyid !== keyid) {
      throw new SignatureError(
        'keyid-mismatch',
        `trustedKeys[${index}]: keyid ${shortKeyId(entry.keyid)}… is not the id of its publicKey (${shortKeyId(keyid)}…)`,
      );
    }
    keys.set(keyid, key);
  }
  return keys;
}
