// Until the demo content folder has places/, the places tests publish the demo feed with test
// places written into its exhibit document, re-signed with the demo key as a build would.

import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ExhibitDoc, Place, TimelineDoc } from '../../src/feed/content-schema.ts';
import { signBytes } from '../../src/feed/ed25519.ts';
import { objectPath, type Manifest } from '../../src/feed/manifest-schema.ts';
import { DEMO_KEY_FILE, E2E_FEED_DIR } from './e2e-paths.ts';
import { readDocument, readManifest } from './publish-feed.ts';

/** Three test places, one per kind but the special settlement, linked to the demo's first events. */
function testPlaces(timeline: TimelineDoc): Place[] {
  const [first, second] = timeline.events;
  const place = (id: string, kind: Place['kind'], lat: number, lon: number, names: [string, string, string]): Place => ({
    id,
    kind,
    name: { kk: names[0], ru: names[1], en: names[2] },
    lat,
    lon,
    body: { kk: `${names[0]}: сынақ мәтіні.`, ru: `${names[1]}: тестовый текст.`, en: `${names[2]}: test text.` },
    images: [],
    source: 'Test fixture, not a historical source',
    links: { events: id === 'test-camp' && first ? [first.id] : [], testimonies: [], names: [] },
  });
  const places = [
    place('test-camp', 'camp', 49.7, 72.7, ['Сынақ лагері', 'Тестовый лагерь', 'Test camp']),
    place('test-execution-site', 'execution-site', 43.3, 76.9, [
      'Сынақ ату орны',
      'Тестовое место расстрелов',
      'Test execution site',
    ]),
    place('test-memorial', 'memorial', 51.1, 71.2, ['Сынақ мемориалы', 'Тестовый мемориал', 'Test memorial']),
  ];
  // A back-link: the second event names the memorial in its own links, the memorial not the event.
  if (second) second.links.places = ['test-memorial'];
  return places;
}

async function replaceObject(manifest: Manifest, role: 'exhibit' | 'timeline', document: unknown): Promise<void> {
  const bytes = Buffer.from(JSON.stringify(document));
  const entry = manifest.objects.find((object) => object.role === role)!;
  entry.sha256 = createHash('sha256').update(bytes).digest('hex');
  entry.bytes = bytes.length;
  writeFileSync(path.join(E2E_FEED_DIR, objectPath(entry)), bytes);
}

/**
 * Rewrites the served feed (as resetFeed left it) to list the Places section and carry the
 * test places, or none (`withPlaces: false`); returns them.
 */
export async function publishTestPlaces({ withPlaces = true } = {}): Promise<Place[]> {
  const manifest = readManifest();
  const exhibit = readDocument<ExhibitDoc>('exhibit');
  const timeline = readDocument<TimelineDoc>('timeline');
  const places = withPlaces ? testPlaces(timeline) : [];
  exhibit.places = places;
  exhibit.sections = [...exhibit.sections.filter((section) => section !== 'names' && section !== 'places'), 'places', 'names'];
  await replaceObject(manifest, 'exhibit', exhibit);
  await replaceObject(manifest, 'timeline', timeline);
  const manifestBytes = Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`);
  writeFileSync(path.join(E2E_FEED_DIR, 'manifest.json'), manifestBytes);
  const key = JSON.parse(readFileSync(DEMO_KEY_FILE, 'utf8')) as { privateKey: string };
  writeFileSync(path.join(E2E_FEED_DIR, 'manifest.sig'), await signBytes(manifestBytes, key.privateKey));
  return places;
}
