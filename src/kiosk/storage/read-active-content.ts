// What the screens read (docs/design.md §5.3): the active version's manifest and documents, with names
// shards and media loaded on demand. Read-only; never called by sync. A version's objects are
// not deleted while it is active or just retired (collect-garbage.ts), so the lazy loaders of
// one ActiveContent keep reading the version it was made from, even after a switch.

import type { ExhibitDoc, NamesShard, TestimoniesDoc, TimelineDoc } from '../../feed/content-schema.ts';
import type { Manifest, ObjectEntry } from '../../feed/manifest-schema.ts';
import { parseManifestBytes } from '../../feed/verify-manifest.ts';
import { readMeta, type EskeDb } from './eske-db.ts';
import { parseDocument } from '../../feed/parse-document.ts';
import { yieldToScreen } from '../behaviour/yield-to-screen.ts';
import { StoredContentMissingError } from './storage-errors.ts';
import { readStoredObject } from './version-store.ts';

export interface ActiveContent {
  readonly version: number;
  readonly manifest: Manifest;
  readonly exhibit: ExhibitDoc;
  readonly timeline: TimelineDoc;
  readonly testimonies: TestimoniesDoc;
  /** The register shards in manifest order; load each with loadNamesShard. */
  readonly namesShards: readonly ObjectEntry[];
  /** Throws StoredContentMissingError for a shard not of this version, ObjectFormatError for a bad one. */
  loadNamesShard(entry: ObjectEntry): Promise<NamesShard>;
  /** A shard's stored JSON, unparsed, for the search worker to index; throws as loadNamesShard. */
  namesShardBlob(entry: ObjectEntry): Promise<Blob>;
  /** The blob of an object of this version (play it through a blob URL), or null if it has none such. */
  mediaBlob(sha256: string): Promise<Blob | null>;
}

/** Null before the first install. Throws ObjectFormatError if a document fails its schema. */
export async function readActiveContent(db: EskeDb): Promise<ActiveContent | null> {
  // One read transaction: the pointer, the manifest and the three documents come from the same
  // version even if sync switches versions meanwhile.
  const snapshot = await db.transaction('r', [db.meta, db.versions, db.objects, db.objectChunks], async () => {
    const version = await readMeta(db, 'activeVersion');
    if (version === undefined) return null;
    const row = await db.versions.get(version);
    if (!row) throw new StoredContentMissingError(`version ${version}`);
    const manifest = parseManifestBytes(row.manifestBytes);
    const entries = {
      exhibit: requireEntry(manifest, 'exhibit'),
      timeline: requireEntry(manifest, 'timeline'),
      testimonies: requireEntry(manifest, 'testimonies'),
    };
    const [exhibit, timeline, testimonies] = await Promise.all(
      [entries.exhibit, entries.timeline, entries.testimonies].map((entry) => readStoredObject(db, entry.sha256)),
    );
    return { version, manifest, entries, blobs: { exhibit, timeline, testimonies } };
  });
  if (!snapshot) return null;

  const { version, manifest, entries, blobs } = snapshot;
  const [exhibit, timeline, testimonies] = await Promise.all([
    parseDocument('exhibit', entries.exhibit, requireBlob(entries.exhibit, blobs.exhibit)),
    parseDocument('timeline', entries.timeline, requireBlob(entries.timeline, blobs.timeline)),
    parseDocument('testimonies', entries.testimonies, requireBlob(entries.testimonies, blobs.testimonies)),
  ]);
  const namesShards = manifest.objects.filter((entry) => entry.role === 'names');
  const shardHashes = new Set(namesShards.map((entry) => entry.sha256));
  const versionHashes = new Set(manifest.objects.map((entry) => entry.sha256));
  const namesShardBlob = async (entry: ObjectEntry) => {
    if (!shardHashes.has(entry.sha256)) throw new StoredContentMissingError(`names shard ${entry.name} of version ${version}`);
    return requireBlob(entry, await readStoredObject(db, entry.sha256));
  };

  return {
    version,
    manifest,
    exhibit,
    timeline,
    testimonies,
    namesShards,
    async loadNamesShard(entry) {
      return parseDocument('names', entry, await namesShardBlob(entry), yieldToScreen);
    },
    namesShardBlob,
    async mediaBlob(sha256) {
      // Only objects this version lists: a document can never reach into another version.
      if (!versionHashes.has(sha256)) return null;
      return readStoredObject(db, sha256);
    },
  };
}

function requireEntry(manifest: Manifest, role: 'exhibit' | 'timeline' | 'testimonies'): ObjectEntry {
  // manifestSchema guarantees exactly one object of each of these roles.
  const entry = manifest.objects.find((candidate) => candidate.role === role);
  if (!entry) throw new StoredContentMissingError(`the ${role} object of version ${manifest.version}`);
  return entry;
}

function requireBlob(entry: ObjectEntry, blob: Blob | null | undefined): Blob {
  if (!blob) throw new StoredContentMissingError(`object ${entry.name} (${entry.sha256.slice(0, 12)}…)`);
  return blob;
}
