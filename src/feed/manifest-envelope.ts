// The eske-feed/2 manifest.json (docs/design.md §4): `{signed, signatures}` in one file, so a
// manifest and its signatures can never be fetched out of step, and how a kiosk tells it from an
// eske-feed/1 manifest.json (whose signature is the detached manifest.sig). A signature covers
// the canonical JSON of `signed` (canonical-json.ts), never the file's own layout. Nothing read
// here is trusted: verify-manifest.ts decides that. No DOM, no Node.

import { z } from 'zod';
import { canonicalJson } from './canonical-json.ts';
import { ManifestFormatError, ManifestTooLargeError } from './errors.ts';
import { MAX_SIGNATURES, MAX_SIGNED_DEPTH } from './limits.ts';
import { FEED_FORMAT, LEGACY_FEED_FORMAT } from './manifest-schema.ts';
import { parseJsonText, parseWithSchema } from './parse-with-schema.ts';

/** The one control file of a feed, served no-cache; objects/ beside it never change. */
export const MANIFEST_FILE = 'manifest.json';
/** An eske-feed/1 feed's detached signature of manifest.json's exact bytes. */
export const LEGACY_SIGNATURE_FILE = 'manifest.sig';

/** One signature: the signing key's id (key-id.ts) and the base64 Ed25519 signature. */
export interface FeedSignature {
  keyid: string;
  sig: string;
}

export interface ManifestEnvelope {
  signed: Record<string, unknown>;
  signatures: FeedSignature[];
}

/**
 * manifest.json as read, before any of it is trusted. `signedBytes`: what the signatures must
 * cover, the canonical bytes of `signed` (eske-feed/2) or the file's exact bytes (eske-feed/1,
 * whose signature is manifest.sig); parseManifestBytes reads either.
 */
export type ManifestFile =
  | { format: typeof FEED_FORMAT; envelope: ManifestEnvelope; signedBytes: Uint8Array }
  | { format: typeof LEGACY_FEED_FORMAT; signedBytes: Uint8Array };

const envelopeSchema = z.object({
  signed: z.record(z.string(), z.unknown()),
  signatures: z.array(z.object({ keyid: z.string(), sig: z.string() })).max(MAX_SIGNATURES),
});

/**
 * Refuses a file over `maxBytes` unread, then text that is not UTF-8 JSON of either format. The
 * format is only a guess until verified: a file that claims eske-feed/1 still needs manifest.sig
 * by a trusted key, and kiosk-config's threshold decides whether one signature is enough.
 */
export function readManifestFile(bytes: Uint8Array, maxBytes: number): ManifestFile {
  if (bytes.length > maxBytes) throw new ManifestTooLargeError(bytes.length, maxBytes);
  const json = parseJsonText(decodeUtf8(bytes));
  if (!json.ok) throw new ManifestFormatError(json.problems);
  const value = json.value;
  if (isRecord(value) && 'signed' in value) {
    const checked = parseWithSchema(envelopeSchema, value);
    if (!checked.ok) throw new ManifestFormatError(checked.problems);
    // The value JSON.parse made, not the schema's copy: the canonical text must come from what the file says.
    return { format: FEED_FORMAT, envelope: checked.value, signedBytes: signedBytesOf(value.signed) };
  }
  if (isRecord(value) && value.format === LEGACY_FEED_FORMAT) return { format: LEGACY_FEED_FORMAT, signedBytes: bytes };
  throw new ManifestFormatError([
    `neither an ${FEED_FORMAT} envelope {"signed", "signatures"} nor an ${LEGACY_FEED_FORMAT} manifest`,
  ]);
}

/** The bytes an eske-feed/2 signature covers: the UTF-8 of the canonical JSON of `signed`. */
export function signedBytesOf(signed: unknown): Uint8Array {
  const canonical = canonicalJson(signed, MAX_SIGNED_DEPTH);
  if (!canonical.ok) throw new ManifestFormatError(canonical.problems.map((problem) => `signed: ${problem}`));
  return new TextEncoder().encode(canonical.value);
}

/**
 * The manifest.json of an envelope, indented for a technician to read. Read back before it is
 * returned: a value whose file would not give the same canonical bytes (a Date, a toJSON) would
 * publish signatures no kiosk accepts, and is a bug of the caller.
 */
export function envelopeFileBytes(envelope: ManifestEnvelope): Uint8Array {
  const bytes = new TextEncoder().encode(`${JSON.stringify(envelope, null, 2)}\n`);
  const read = readManifestFile(bytes, Number.POSITIVE_INFINITY);
  if (read.format !== FEED_FORMAT || !sameBytes(read.signedBytes, signedBytesOf(envelope.signed))) {
    throw new Error('the envelope does not read back as the value it was made from');
  }
  return bytes;
}

function decodeUtf8(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ManifestFormatError(['not UTF-8 text']);
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, i) => byte === b[i]);
}
