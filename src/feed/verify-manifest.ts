// The trust rules of docs/design.md §5.1 in one function: signature first, then shape, then exhibit,
// rollback and expiry. Kiosk sync and `feed verify` both call it, so the two can never
// disagree about what a valid feed is. No I/O: bytes, keys and the clock come in as arguments.

import { verifySignature } from './ed25519.ts';
import { ExhibitMismatchError, ExpiredFeedError, ManifestFormatError, ManifestTooLargeError, RollbackError } from './errors.ts';
import { MAX_MANIFEST_BYTES } from './limits.ts';
import { manifestSchema, type Manifest } from './manifest-schema.ts';
import { parseJsonText, parseWithSchema } from './parse-with-schema.ts';

export interface ManifestTrust {
  trustedKeys: readonly string[];
  /** The version installed on this kiosk, or null before the first sync. */
  installedVersion: number | null;
  /** The exhibit this kiosk shows (from config or the installed content), or null for any. */
  exhibitId: string | null;
  now: Date;
  maxManifestBytes?: number;
}

export async function verifyManifest(bytes: Uint8Array, signatureText: string, trust: ManifestTrust): Promise<Manifest> {
  const maxBytes = trust.maxManifestBytes ?? MAX_MANIFEST_BYTES;
  if (bytes.length > maxBytes) throw new ManifestTooLargeError(bytes.length, maxBytes);

  // docs/design.md §5.1: the signature covers the exact bytes; nothing is parsed before it checks out.
  await verifySignature(bytes, signatureText, trust.trustedKeys);
  const manifest = parseManifestBytes(bytes);

  // A feed signed with a shared key but meant for another exhibit must not replace this one.
  if (trust.exhibitId !== null && manifest.exhibitId !== trust.exhibitId) {
    throw new ExhibitMismatchError(trust.exhibitId, manifest.exhibitId);
  }
  // docs/design.md §5.1: the version must exceed the installed one (stops replay of an old, signed feed).
  if (trust.installedVersion !== null && manifest.version <= trust.installedVersion) {
    throw new RollbackError(trust.installedVersion, manifest.version);
  }
  // docs/design.md §5.1: an expired manifest is refused (stops a freeze on stale content).
  if (manifest.expiresAt !== undefined && Date.parse(manifest.expiresAt) <= trust.now.getTime()) {
    throw new ExpiredFeedError(manifest.expiresAt);
  }
  return manifest;
}

/**
 * The shape check alone, for bytes whose signature was already verified (a kiosk reading the
 * manifest it stored at sync time). Throws ManifestFormatError with key paths.
 */
export function parseManifestBytes(bytes: Uint8Array): Manifest {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ManifestFormatError(['not UTF-8 text']);
  }
  const json = parseJsonText(text);
  if (!json.ok) throw new ManifestFormatError(json.problems);
  const checked = parseWithSchema(manifestSchema, json.value);
  if (!checked.ok) throw new ManifestFormatError(checked.problems);
  return checked.value;
}
