// The feed manifest (docs/design.md §4): what a kiosk downloads first and trusts only after its
// signatures check out; the `signed` part of an eske-feed/2 envelope (manifest-envelope.ts), or an
// eske-feed/1 manifest.json on its own. Unknown keys are kept, so a newer curator CLI can add
// fields that an older kiosk carries along without rejecting the feed.

import { z } from 'zod';
import { LANGUAGES } from './languages.ts';

/** What the curator CLI writes: one manifest.json holding the manifest and its signatures. */
export const FEED_FORMAT = 'eske-feed/2';
/** What it wrote before: manifest.json beside a detached manifest.sig; kiosks still read it. */
export const LEGACY_FEED_FORMAT = 'eske-feed/1';
export type FeedFormat = typeof FEED_FORMAT | typeof LEGACY_FEED_FORMAT;

/** What an object is for; the kiosk reads each role with its own schema. */
export const OBJECT_ROLES = ['exhibit', 'timeline', 'testimonies', 'names', 'media'] as const;
export type ObjectRole = (typeof OBJECT_ROLES)[number];

export const sha256HexSchema = z.string().regex(/^[0-9a-f]{64}$/, 'expected 64 lowercase hex digits (SHA-256)');

/** MIME types a feed may carry, with the file extension used under `objects/`. */
export const OBJECT_TYPES = {
  'application/json': 'json',
  'text/vtt': 'vtt',
  'audio/ogg': 'ogg',
  'audio/mpeg': 'mp3',
  'audio/mp4': 'm4a',
  'video/mp4': 'mp4',
  'video/webm': 'webm',
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
} as const;
export type ObjectType = keyof typeof OBJECT_TYPES;

const objectTypeSchema = z.enum(Object.keys(OBJECT_TYPES) as [ObjectType, ...ObjectType[]]);

export const objectEntrySchema = z.looseObject({
  sha256: sha256HexSchema,
  bytes: z.int().nonnegative(),
  type: objectTypeSchema,
  role: z.enum(OBJECT_ROLES),
  /** Where it came from in the content folder, for messages (`files/t01.ogg`, `names shard 3`). */
  name: z.string().min(1),
  /** For `names` shards: how many records the shard holds. */
  records: z.int().nonnegative().optional(),
});
export type ObjectEntry = z.output<typeof objectEntrySchema>;

export const manifestSchema = z
  .looseObject({
    format: z.enum([FEED_FORMAT, LEGACY_FEED_FORMAT]),
    exhibitId: z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'expected a lowercase id of letters, digits and -'),
    version: z.int().positive(),
    publishedAt: z.iso.datetime({ offset: true }),
    expiresAt: z.iso.datetime({ offset: true }).optional(),
    languages: z.array(z.enum(LANGUAGES)).min(1),
    defaultLanguage: z.enum(LANGUAGES),
    objects: z.array(objectEntrySchema),
  })
  .superRefine((manifest, ctx) => {
    if (!manifest.languages.includes(manifest.defaultLanguage)) {
      ctx.addIssue({ code: 'custom', path: ['defaultLanguage'], message: 'must be one of languages' });
    }
    for (const role of ['exhibit', 'timeline', 'testimonies'] as const) {
      const count = manifest.objects.filter((entry) => entry.role === role).length;
      if (count !== 1) {
        ctx.addIssue({ code: 'custom', path: ['objects'], message: `expected exactly one "${role}" object, found ${count}` });
      }
    }
  });
export type Manifest = z.output<typeof manifestSchema>;

/** The path of an object inside a feed, relative to the feed root. */
export function objectPath(entry: Pick<ObjectEntry, 'sha256' | 'type'>): string {
  return `objects/${entry.sha256}.${OBJECT_TYPES[entry.type]}`;
}
