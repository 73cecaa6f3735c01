// Which keys a kiosk trusts and how many of them must sign (docs/design.md §5.1, §6.1): the
// kiosk-config settings `trustedKeys` and `signatureThreshold`, shared by the kiosk's config check
// and `feed verify --pub kiosk-config/…`, so both read a kiosk's trust the same way.

import { z } from 'zod';
import { isPublicKeyText } from './ed25519.ts';
import { KEY_ID_PATTERN } from './key-id.ts';
import { MAX_SIGNATURES } from './limits.ts';

export const publicKeyTextSchema = z.string().refine(isPublicKeyText, 'expected base64 of a 32-byte Ed25519 public key');

/**
 * A trusted key: its base64 text alone (how every kiosk-config before eske-feed/2 lists it), or
 * an object with its key id as `feed keygen` prints it, so the log's and `feed verify`'s ids can
 * be matched to a line of the file; a keyid that is not the key's refuses every feed (it would
 * leave the key silently unusable otherwise).
 */
export const trustedKeySchema = z.union([
  publicKeyTextSchema,
  z
    .object({
      keyid: z
        .string()
        .regex(KEY_ID_PATTERN, 'expected the 64 hex digits of the key id, as npm run feed -- keygen prints it')
        .optional(),
      publicKey: publicKeyTextSchema,
    })
    .strict(),
]);

export const trustedKeysSchema = z.array(trustedKeySchema).min(1, 'at least one trusted key is needed to accept any feed');

/** How many distinct trusted keys must have signed a manifest; 1 unless a museum wants more. */
export const signatureThresholdSchema = z.int().min(1).max(MAX_SIGNATURES).default(1);

/** A trusted key as the trust rules use it; `keyid` only where kiosk-config gives one. */
export interface TrustedKey {
  publicKey: string;
  keyid?: string;
}

export interface FeedTrust {
  keys: readonly TrustedKey[];
  threshold: number;
}

export function trustedKeysOf(entries: readonly z.output<typeof trustedKeySchema>[]): TrustedKey[] {
  return entries.map((entry) => (typeof entry === 'string' ? { publicKey: entry.trim() } : entry));
}

/** Distinct public keys: the same key listed twice counts once toward a threshold. */
export function distinctKeyCount(keys: readonly TrustedKey[]): number {
  return new Set(keys.map((key) => key.publicKey.trim())).size;
}
