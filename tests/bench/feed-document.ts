// A document of a published feed, read from disk as a kiosk gets it (through the manifest), for
// the benchmarks that need to know what the feed holds: which events have images, which
// testimonies have audio.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { TestimoniesDoc, TimelineDoc } from '../../src/feed/content-schema.ts';
import { objectPath } from '../../src/feed/manifest-schema.ts';
import { readUnverifiedManifest } from '../../src/feed/verify-manifest.ts';

interface Documents {
  timeline: TimelineDoc;
  testimonies: TestimoniesDoc;
}

export function readFeedDocument<R extends keyof Documents>(feedDir: string, role: R): Documents[R] {
  const manifest = readUnverifiedManifest(readFileSync(path.join(feedDir, 'manifest.json')));
  const entry = manifest.objects.find((object) => object.role === role);
  if (!entry) throw new Error(`${feedDir}: the manifest names no ${role} document`);
  return JSON.parse(readFileSync(path.join(feedDir, objectPath(entry)), 'utf8')) as Documents[R];
}

/** The testimonies a visitor can listen to. */
export function audioTestimonyIds(feedDir: string): string[] {
  return readFeedDocument(feedDir, 'testimonies')
    .testimonies.filter((testimony) => testimony.media?.kind === 'audio')
    .map((testimony) => testimony.id);
}
