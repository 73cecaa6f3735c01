// The trust rules of docs/design.md §5.1 in one function: signatures first, then shape, then
// exhibit, rollback and expiry. Kiosk sync and `feed verify` both call it, so the two can never
// disagree about what a valid feed is. No I/O: bytes, keys and the clock come in as arguments,
// and an eske-feed/1 manifest's detached signature through a callback, fetched only for one.

import { ExhibitMismatchError, ExpiredFeedError, ManifestFormatError, RollbackError, type SignatureCheck } from './errors.ts';
import { MAX_MANIFEST_BYTES } from './limits.ts';
import { readManifestFile, type FeedSignature } from './manifest-envelope.ts';
import { FEED_FORMAT, manifestSchema, type FeedFormat, type Manifest } from './manifest-schema.ts';
import { parseJsonText, parseWithSchema } from './parse-with-schema.ts';
import type { FeedTrust } from './trust-config.ts';
import { verifyDetachedSignature, verifySignatures } from './verify-signatures.ts';

/** The content a kiosk has installed: rollback is judged against it within its exhibit only. */
export interface InstalledContent {
  exhibitId: string;
  version: number;
}

export interface ManifestTrust extends FeedTrust {
  /** The active version on this kiosk, or null before the first sync. */
  installed: InstalledContent | null;
  /** The exhibit this kiosk shows (from config or the installed content), or null for any. */
  exhibitId: string | null;
  now: Date;
  maxManifestBytes?: number;
}

export interface VerifiedManifest {
  manifest: Manifest;
  format: FeedFormat;
  /** What the signatures cover, and what a kiosk stores: parseManifestBytes reads it back. */
  signedBytes: Uint8Array;
  /** The signatures as offered (for eske-feed/1, manifest.sig under the id of the key that verified it). */
  signatures: FeedSignature[];
  checks: SignatureCheck[];
  /** The installed version itself, offered again: nothing to install (not a rollback). */
  upToDate: boolean;
  /**
   * `expiresAt` has passed, yet the manifest is accepted: nothing of its exhibit is installed, and
   * refusing would leave the kiosk blank over what may only be a wrong clock (docs/design.md §5.1);
   * or it is the installed version itself, which stays on screen with a warning.
   */
  expired: boolean;
}

/** Reads manifest.json's bytes and calls `detachedSignature` (manifest.sig's text) only for eske-feed/1. */
export async function verifyManifest(
  bytes: Uint8Array,
  trust: ManifestTrust,
  detachedSignature: () => Promise<string>,
): Promise<VerifiedManifest> {
  const file = readManifestFile(bytes, trust.maxManifestBytes ?? MAX_MANIFEST_BYTES);

  // docs/design.md §5.1: the signatures cover the signed bytes; their shape is read only once they check out.
  const { signedBytes } = file;
  let signatures: FeedSignature[];
  let checks: SignatureCheck[];
  if (file.format === FEED_FORMAT) {
    signatures = file.envelope.signatures;
    checks = await verifySignatures(signedBytes, signatures, trust);
  } else {
    const signatureText = (await detachedSignature()).trim();
    checks = await verifyDetachedSignature(signedBytes, signatureText, trust);
    signatures = [{ keyid: checks[0]!.keyid, sig: signatureText }];
  }
  const manifest = parseManifestBytes(signedBytes);
  // A signed eske-feed/1 manifest inside an envelope, or the reverse, is not what its signer published.
  if (manifest.format !== file.format) {
    throw new ManifestFormatError([`format: ${manifest.format} in an ${file.format} manifest.json`]);
  }

  // A feed signed with a shared key but meant for another exhibit must not replace this one.
  if (trust.exhibitId !== null && manifest.exhibitId !== trust.exhibitId) {
    throw new ExhibitMismatchError(trust.exhibitId, manifest.exhibitId);
  }
  // Versions count within one exhibit: a kiosk moved to another starts that one's count afresh.
  const installed = trust.installed?.exhibitId === manifest.exhibitId ? trust.installed : null;
  // docs/design.md §5.1: the version must not be below the installed one (stops replay of an old, signed feed).
  if (installed && manifest.version < installed.version) throw new RollbackError(installed.version, manifest.version);
  const upToDate = installed?.version === manifest.version;
  // docs/design.md §5.1: an expired update is refused (stops a freeze on stale content); see `expired`.
  const expired = isExpired(manifest, trust.now.getTime());
  if (expired && installed && !upToDate) throw new ExpiredFeedError(manifest.expiresAt!, trust.now.toISOString());
  return { manifest, format: file.format, signedBytes, signatures, checks, upToDate, expired };
}

/**
 * The shape check alone, for bytes whose signatures were already verified (a kiosk reading the
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

/**
 * The manifest a manifest.json of either format holds, its signatures unchecked: for the curator's
 * tools reading a feed folder on their own disk (the last published version, `feed search`).
 */
export function readUnverifiedManifest(bytes: Uint8Array): Manifest {
  return parseManifestBytes(readManifestFile(bytes, Number.POSITIVE_INFINITY).signedBytes);
}

/** Whether a manifest's expiry has passed on this clock: the panel's and the heartbeat's warning. */
export function isExpired(manifest: Pick<Manifest, 'expiresAt'>, now: number): boolean {
  return manifest.expiresAt !== undefined && Date.parse(manifest.expiresAt) <= now;
}
