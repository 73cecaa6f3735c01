// An exhibit that lists the Places section but has no place left, which the curator's build
// cannot make from a content folder (events still link the demo's places): the demo feed with
// its exhibit document's places emptied, re-signed with the demo key as a build would.

import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ExhibitDoc } from '../../src/feed/content-schema.ts';
import { objectPath } from '../../src/feed/manifest-schema.ts';
import { E2E_FEED_DIR } from './e2e-paths.ts';
import { signManifest } from './edit-feed.ts';
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
  await signManifest(E2E_FEED_DIR, manifest);
}
