// The chunks of large objects as a download writes them (docs/design.md §5.2): where an
// interrupted download stands, each chunk as it arrives, and the commit that makes the object
// count as stored. Sync decides what to fetch and verifies; this module only keeps the pieces.

import { Dexie } from 'dexie';
import type { ChunkedObject, EskeDb, StoredChunk } from './eske-db.ts';

/** What an earlier download of an object left: its chunks from the first on, in order. */
export interface PartialDownload {
  set: number;
  chunks: StoredChunk[];
  /** The bytes those chunks hold, where the download goes on. */
  storedBytes: number;
}

/** Every chunk row of one object, of any set, in key order (set, then index). */
function chunksOf(db: EskeDb, sha256: string) {
  return db.objectChunks
    .where('[sha256+set+index]')
    .between([sha256, Dexie.minKey, Dexie.minKey], [sha256, Dexie.maxKey, Dexie.maxKey]);
}

/** The chunks of one set of an object, in index order. */
export function chunkSetOf(db: EskeDb, sha256: string, set: number) {
  return db.objectChunks.where('[sha256+set+index]').between([sha256, set, Dexie.minKey], [sha256, set, Dexie.maxKey]);
}

/**
 * The download of `sha256` to go on with: its newest set that no stored object names, cut at
 * the first missing chunk. Any other unnamed set, and chunks past a gap, are deleted. Null when
 * there is none: the download starts from the first byte under `nextSet`.
 */
export async function openDownload(db: EskeDb, sha256: string): Promise<{ partial: PartialDownload | null; nextSet: number }> {
  return db.transaction('rw', [db.objects, db.objectChunks], async () => {
    const committed = await db.objects.get(sha256);
    const committedSet = committed && 'chunkSet' in committed ? committed.chunkSet : null;
    const rows = (await chunksOf(db, sha256).toArray()).filter((row) => row.set !== committedSet);
    const newest = rows.reduce((top, row) => Math.max(top, row.set), -1);
    const chunks: StoredChunk[] = [];
    for (const row of rows) if (row.set === newest && row.index === chunks.length) chunks.push(row);
    const kept = new Set(chunks);
    const stale = rows.filter((row) => !kept.has(row)).map((row): [string, number, number] => [sha256, row.set, row.index]);
    await db.objectChunks.bulkDelete(stale);
    const partial =
      chunks.length > 0 ? { set: newest, chunks, storedBytes: chunks.reduce((sum, row) => sum + row.blob.size, 0) } : null;
    return { partial, nextSet: Math.max(newest, committedSet ?? -1) + 1 };
  });
}

export async function storeChunk(db: EskeDb, chunk: StoredChunk): Promise<void> {
  await db.objectChunks.put(chunk);
}

/** Deletes one set's chunks: a download that failed its check, or one that starts over. */
export async function discardChunkSet(db: EskeDb, sha256: string, set: number): Promise<void> {
  await chunkSetOf(db, sha256, set).delete();
}

/**
 * The object counts as stored from here on. One transaction: the row names the new set, and the
 * set of the copy it replaces (a re-download) goes with it, so readers see one copy or the other.
 */
export async function commitChunkedObject(db: EskeDb, object: ChunkedObject): Promise<void> {
  await db.transaction('rw', [db.objects, db.objectChunks], async () => {
    const previous = await db.objects.get(object.sha256);
    await db.objects.put(object);
    if (previous && 'chunkSet' in previous && previous.chunkSet !== object.chunkSet) {
      await discardChunkSet(db, object.sha256, previous.chunkSet);
    }
  });
}
