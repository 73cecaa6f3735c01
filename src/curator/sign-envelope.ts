// Signs a manifest into its eske-feed/2 envelope (docs/design.md §4): one signature per key over
// the canonical bytes of `signed`, each under its key id. `build` signs a new manifest with every
// key it is given; `sign` adds a key's signature to a published one, which is how a key rotation
// starts (docs/trust.md).

import { signBytes, type KeyPairText } from '../feed/ed25519.ts';
import { keyIdOf } from '../feed/key-id.ts';
import { signedBytesOf, type FeedSignature, type ManifestEnvelope } from '../feed/manifest-envelope.ts';

/**
 * `kept`: signatures it already has (a published manifest's); one by a key in `keys` is replaced,
 * so signing twice with the same key adds nothing (Ed25519 signatures are deterministic).
 */
export async function signEnvelope(
  signed: Record<string, unknown>,
  keys: readonly Pick<KeyPairText, 'privateKey' | 'publicKey'>[],
  kept: readonly FeedSignature[] = [],
): Promise<ManifestEnvelope> {
  const bytes = signedBytesOf(signed);
  const fresh = new Map<string, FeedSignature>();
  for (const key of keys) {
    const keyid = await keyIdOf(key.publicKey);
    fresh.set(keyid, { keyid, sig: await signBytes(bytes, key.privateKey) });
  }
  // Kept ones first, in place, so that adding a key appends it and the file changes only there.
  const signatures = kept.map((signature) => fresh.get(signature.keyid) ?? signature);
  for (const signature of fresh.values()) if (!kept.some((old) => old.keyid === signature.keyid)) signatures.push(signature);
  return { signed, signatures };
}
