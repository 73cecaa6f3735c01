// Reads the items of a feed folder's published version for feed-diff.ts: the timeline,
// testimonies and places documents, and the register shards. Register shards that two versions
// share (same hash) hold the same records, so only the others are read: a small edit of a large
// register reads one shard, not all of them.

import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { objectPath, type Manifest, type ObjectEntry } from '../../feed/manifest-schema.ts';
import type { FeedItems } from './feed-diff.ts';

interface WithId {
  id: string;
}

async function readDocument<T>(feedDir: string, entry: ObjectEntry | undefined): Promise<T | null> {
  if (entry === undefined) return null;
  return JSON.parse(await readFile(path.join(feedDir, objectPath(entry)), 'utf8')) as T;
}

function byId(items: readonly WithId[] | undefined): Map<string, string> {
  return new Map((items ?? []).map((item) => [item.id, JSON.stringify(item)]));
}

/** The items of `manifest`'s version in `feedDir`, leaving out the records of shards whose hash is in `sharedShards`. */
export async function readFeedItems(feedDir: string, manifest: Manifest, sharedShards: ReadonlySet<string>): Promise<FeedItems> {
  const role = (name: ObjectEntry['role']) => manifest.objects.find((entry) => entry.role === name);
  const exhibit = await readDocument<{ places?: WithId[] }>(feedDir, role('exhibit'));
  const timeline = await readDocument<{ events: WithId[] }>(feedDir, role('timeline'));
  const testimonies = await readDocument<{ testimonies: WithId[] }>(feedDir, role('testimonies'));
  const records = new Map<string, string>();
  for (const shard of manifest.objects.filter((entry) => entry.role === 'names' && !sharedShards.has(entry.sha256))) {
    const doc = await readDocument<{ records: WithId[] }>(feedDir, shard);
    for (const record of doc?.records ?? []) records.set(record.id, JSON.stringify(record));
  }
  return {
    objects: manifest.objects,
    events: byId(timeline?.events),
    testimonies: byId(testimonies?.testimonies),
    places: byId(exhibit?.places),
    records,
  };
}

/** The register shards two versions both have. */
export function sharedShardsOf(a: Manifest, b: Manifest): Set<string> {
  const names = (manifest: Manifest) =>
    new Set(manifest.objects.filter((entry) => entry.role === 'names').map((entry) => entry.sha256));
  const inB = names(b);
  return new Set([...names(a)].filter((sha) => inB.has(sha)));
}
