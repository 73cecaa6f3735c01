// Edits a published feed's manifest, timeline or exhibit, or every text of its documents, and adds
// media objects to it, then signs it again with the demo key, as a hostile or faulty build could:
// for tests of what the curator CLI refuses to build (HTML in a text, an expiry in the past) or that
// need content the demo does not hold (several images on one event, an exhibit without attract slides).

import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ExhibitDoc, TimelineDoc } from '../../src/feed/content-schema.ts';
import { signEnvelope } from '../../src/curator/sign-envelope.ts';
import { envelopeFileBytes } from '../../src/feed/manifest-envelope.ts';
import { objectPath, type Manifest, type ObjectEntry, type ObjectRole, type ObjectType } from '../../src/feed/manifest-schema.ts';
import { sha256Hex } from '../../src/feed/sha256.ts';
import { DEMO_KEY_FILE, E2E_FEED_DIR } from './e2e-paths.ts';
import { readManifest } from './publish-feed.ts';

export interface AddedMedia {
  name: string;
  type: ObjectType;
  bytes: Uint8Array;
}

async function writeObject(
  feedDir: string,
  entry: Pick<ObjectEntry, 'type' | 'role' | 'name'>,
  bytes: Uint8Array,
): Promise<ObjectEntry> {
  const object = { ...entry, sha256: await sha256Hex(bytes), bytes: bytes.length };
  writeFileSync(path.join(feedDir, objectPath(object)), bytes);
  return object;
}

/**
 * Adds `media` as objects, then lets `edit` change the timeline, given each added object's
 * SHA-256 by name; the manifest keeps its version, for a kiosk that has not synced yet.
 */
export function editFeed(
  media: readonly AddedMedia[],
  edit: (timeline: TimelineDoc, sha256Of: (name: string) => string) => void,
  feedDir = E2E_FEED_DIR,
): Promise<void> {
  return editDocument<TimelineDoc>('timeline', media, edit, feedDir);
}

/** As editFeed, for the document of any role (the testimonies, to give one a new recording). */
export async function editDocument<T>(
  role: ObjectRole,
  media: readonly AddedMedia[],
  edit: (document: T, sha256Of: (name: string) => string) => void,
  feedDir = E2E_FEED_DIR,
): Promise<void> {
  const manifest = readManifest(feedDir);
  const added = new Map<string, string>();
  for (const item of media) {
    const entry = await writeObject(feedDir, { role: 'media', type: item.type, name: item.name }, item.bytes);
    manifest.objects.push(entry);
    added.set(item.name, entry.sha256);
  }
  await rewriteDocument<T>(feedDir, manifest, role, (document) => edit(document, (name) => added.get(name) ?? ''));
  await signManifest(feedDir, manifest);
}

/** Lets `edit` change the exhibit document; the manifest keeps its version, for a kiosk that has not synced yet. */
export async function editExhibit(edit: (exhibit: ExhibitDoc) => void, feedDir = E2E_FEED_DIR): Promise<void> {
  const manifest = readManifest(feedDir);
  await rewriteDocument<ExhibitDoc>(feedDir, manifest, 'exhibit', edit);
  await signManifest(feedDir, manifest);
}

/** Passes every string of the exhibit, timeline and testimonies documents through `replace`, and signs again. */
export async function rewriteTexts(replace: (text: string) => string, feedDir = E2E_FEED_DIR): Promise<void> {
  const manifest = readManifest(feedDir);
  const mapStrings = (value: unknown): unknown => {
    if (typeof value === 'string') return replace(value);
    if (Array.isArray(value)) return value.map(mapStrings);
    if (value === null || typeof value !== 'object') return value;
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, mapStrings(item)]));
  };
  for (const role of ['exhibit', 'timeline', 'testimonies'] as const) {
    await rewriteDocument<Record<string, unknown>>(feedDir, manifest, role, (document) => {
      Object.assign(document, mapStrings(document));
    });
  }
  await signManifest(feedDir, manifest);
}

async function rewriteDocument<T>(
  feedDir: string,
  manifest: Manifest,
  role: ObjectRole,
  edit: (document: T) => void,
): Promise<void> {
  const at = manifest.objects.findIndex((entry) => entry.role === role);
  const entry = manifest.objects[at]!;
  const document = JSON.parse(readFileSync(path.join(feedDir, objectPath(entry)), 'utf8')) as T;
  edit(document);
  manifest.objects[at] = await writeObject(feedDir, entry, new TextEncoder().encode(JSON.stringify(document)));
}

/** Lets `edit` change the manifest itself (its expiry, say), signed again; objects stay as they are. */
export async function editManifest(edit: (manifest: Manifest) => void, feedDir = E2E_FEED_DIR): Promise<void> {
  const manifest = readManifest(feedDir);
  edit(manifest);
  await signManifest(feedDir, manifest);
}

/** Publishes `manifest` as an eske-feed/2 manifest.json signed with the demo key, as a build would. */
export async function signManifest(feedDir: string, manifest: Manifest): Promise<void> {
  const key = JSON.parse(readFileSync(DEMO_KEY_FILE, 'utf8')) as { privateKey: string; publicKey: string };
  writeFileSync(path.join(feedDir, 'manifest.json'), envelopeFileBytes(await signEnvelope(manifest, [key])));
}
