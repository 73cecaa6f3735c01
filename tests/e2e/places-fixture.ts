// An exhibit that lists the Places section but has no place left, which the curator's build
// cannot make from a content folder (events still link the demo's places): the demo feed with
// its exhibit document's places emptied, re-signed with the demo key as a build would.

import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ExhibitDoc } from '../../src/feed/content-schema.ts';
import { signBytes } from '../../src/feed/ed25519.ts';
import { objectPath } from '../../src/feed/manifest-schema.ts';
import { DEMO_KEY_FILE, E2E_FEED_DIR } from './e2e-paths.ts';
import { readDocument, readManifest } from './publish-feed.ts';

/** Rewrites the served feed (as resetFeed left it); the exhibit must list Places. */
export async function publishWithoutPlaces(): Promise<void> {
  const manifest = readManifest();
  const exhibit = readDocument<ExhibitDoc>('exhibit');
  if (!exhibit.sections.includes('places')) throw new Error('the demo exhibit does not list the Places section');
  exhibit.places = [];
  const bytes = Buffer.from(JSON.stringify(exhibit));
  const entry = manifest.objects.find((object) => object.role === 'exhibit')!;
  entry.sha256 = createHash('sha256').update(bytes).digest('hex');
  entry.bytes = bytes.length;
  writeFileSync(path.join(E2E_FEED_DIR, objectPath(entry)), bytes);
  const manifestBytes = Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`);
  writeFileSync(path.join(E2E_FEED_DIR, 'manifest.json'), manifestBytes);
  const key = JSON.parse(readFileSync(DEMO_KEY_FILE, 'utf8')) as { privateKey: string };
  writeFileSync(path.join(E2E_FEED_DIR, 'manifest.sig'), await signBytes(manifestBytes, key.privateKey));
}
