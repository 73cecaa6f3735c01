// The manifest of a build (manifest-schema.ts) and the test for "nothing changed": the same
// objects as the published manifest. sign-envelope.ts signs it into its manifest.json.

import { FEED_FORMAT, manifestSchema, type Manifest, type ObjectEntry } from '../../feed/manifest-schema.ts';
import { parseWithSchema } from '../../feed/parse-with-schema.ts';
import type { ExhibitSource } from '../content/read-exhibit.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

export interface ManifestInput {
  exhibit: ExhibitSource;
  version: number;
  now: Date;
  expiresInDays: number | null;
  objects: ObjectEntry[];
}

export function makeManifest(input: ManifestInput): Manifest {
  const manifest: Manifest = {
    format: FEED_FORMAT,
    exhibitId: input.exhibit.id,
    version: input.version,
    publishedAt: input.now.toISOString(),
    ...(input.expiresInDays !== null && {
      expiresAt: new Date(input.now.getTime() + input.expiresInDays * DAY_MS).toISOString(),
    }),
    languages: input.exhibit.languages,
    defaultLanguage: input.exhibit.defaultLanguage,
    objects: input.objects,
  };
  // The same guard the kiosk runs: a build must never publish what a kiosk would refuse.
  const checked = parseWithSchema(manifestSchema, manifest);
  if (!checked.ok) throw new Error(`built manifest is invalid: ${checked.problems.join('; ')}`);
  return manifest;
}

function objectKey(entry: ObjectEntry): string {
  return JSON.stringify([entry.sha256, entry.bytes, entry.type, entry.role, entry.name, entry.records ?? null]);
}

/** True if both list the same objects, in any order. */
export function sameObjects(a: readonly ObjectEntry[], b: readonly ObjectEntry[]): boolean {
  if (a.length !== b.length) return false;
  const keys = new Set(a.map(objectKey));
  return b.every((entry) => keys.has(objectKey(entry)));
}
