// What a new version changes against the one kiosks have (docs/design.md §8.1, Publish): the
// events, testimonies, places and register records added, changed and removed, by id, and the
// objects and bytes each kiosk downloads for it. Pure: the items come in as id → their JSON.

import type { ObjectEntry } from '../../feed/manifest-schema.ts';
import type { FeedChanges, IdList, ItemChanges } from './protocol/studio-protocol.ts';

/** A published version's items, each kind by id, as the JSON it was published as. */
export interface FeedItems {
  objects: readonly ObjectEntry[];
  events: ReadonlyMap<string, string>;
  testimonies: ReadonlyMap<string, string>;
  places: ReadonlyMap<string, string>;
  records: ReadonlyMap<string, string>;
}

/** The ids listed of each change; the rest are counted. */
export const MAX_LISTED_IDS = 50;

export function compareItems(before: ReadonlyMap<string, string>, after: ReadonlyMap<string, string>): ItemChanges {
  const added: string[] = [];
  const changed: string[] = [];
  const removed: string[] = [];
  for (const [id, json] of after) {
    const old = before.get(id);
    if (old === undefined) added.push(id);
    else if (old !== json) changed.push(id);
  }
  for (const id of before.keys()) if (!after.has(id)) removed.push(id);
  const list = (ids: string[]): IdList => ({ count: ids.length, ids: ids.sort().slice(0, MAX_LISTED_IDS) });
  return { added: list(added), changed: list(changed), removed: list(removed) };
}

/** The objects of `after` that a kiosk holding `before` lacks (objects are named by their hash). */
export function newObjectsOf(before: readonly ObjectEntry[], after: readonly ObjectEntry[]): ObjectEntry[] {
  const held = new Set(before.map((entry) => entry.sha256));
  const seen = new Set<string>();
  return after.filter((entry) => !held.has(entry.sha256) && !seen.has(entry.sha256) && seen.add(entry.sha256));
}

/** `before` is null for a feed that has never been published: everything is added. */
export function diffFeeds(before: FeedItems | null, after: FeedItems): FeedChanges {
  const none = new Map<string, string>();
  const newObjects = newObjectsOf(before?.objects ?? [], after.objects);
  return {
    events: compareItems(before?.events ?? none, after.events),
    testimonies: compareItems(before?.testimonies ?? none, after.testimonies),
    places: compareItems(before?.places ?? none, after.places),
    records: compareItems(before?.records ?? none, after.records),
    newObjects: newObjects.length,
    downloadBytes: newObjects.reduce((sum, entry) => sum + entry.bytes, 0),
  };
}
