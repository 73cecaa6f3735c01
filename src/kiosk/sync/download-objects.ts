// docs/design.md §5.2: fetch the objects of a staged version that are not stored yet, a few at a time,
// and store each only after its size and SHA-256 match the signed manifest: one of at most a
// chunk in one piece, a larger one streamed in chunks (stream-object.ts). What was stored
// stays when another object fails, so the next sync fetches only the rest. The technician's
// re-download (§6) fetches the stored ones too: each fresh copy replaces the stored one only once
// verified, so the screens can read every object throughout.

import type { ObjectEntry } from '../../feed/manifest-schema.ts';
import { objectPath } from '../../feed/manifest-schema.ts';
import { verifyObject } from '../../feed/verify-object.ts';
import type { EskeDb } from '../storage/eske-db.ts';
import { storedHashes, storeObject } from '../storage/version-store.ts';
import { fetchFeedFile, type FetchLike } from './fetch-feed-file.ts';

export interface DownloadContext {
  db: EskeDb;
  fetch: FetchLike;
  now: () => number;
  feedUrl: string;
  stallTimeoutMs: number;
  concurrency: number;
  /** Objects larger than this are streamed into chunks of this size. */
  chunkBytes: number;
  signal?: AbortSignal | undefined;
  /** Fetch every object again, stored or not (the technician's re-download). */
  refetchStored?: boolean;
}

export interface DownloadReport {
  /** Distinct objects the manifest lists. */
  total: number;
  downloaded: number;
}

/** Throws the first failure after the downloads already running have settled. */
export async function downloadMissingObjects(context: DownloadContext, entries: readonly ObjectEntry[]): Promise<DownloadReport> {
  const unique = [...new Map(entries.map((entry) => [entry.sha256, entry])).values()];
  const stored = context.refetchStored
    ? new Set<string>()
    : await storedHashes(
        context.db,
        unique.map((entry) => entry.sha256),
      );
  const queue = unique.filter((entry) => !stored.has(entry.sha256));
  const missing = queue.length;
  const errors: unknown[] = [];

  const worker = async () => {
    for (let entry = queue.shift(); entry && errors.length === 0; entry = queue.shift()) {
      try {
        await downloadObject(context, entry);
      } catch (error) {
        errors.push(error);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(context.concurrency, missing) }, worker));
  if (errors.length > 0) throw errors[0];
  return { total: unique.length, downloaded: missing };
}

async function downloadObject(context: DownloadContext, entry: ObjectEntry): Promise<void> {
  const request = {
    url: new URL(objectPath(entry), context.feedUrl).href,
    stallTimeoutMs: context.stallTimeoutMs,
    signal: context.signal,
  };
  if (entry.bytes > context.chunkBytes) {
    // Loaded on the first large object: most syncs have none, and the first paint need not carry it.
    const { streamObject } = await import('./stream-object.ts');
    return streamObject({ ...context, request }, entry);
  }
  // Small enough to hold: WebCrypto hashes bytes in hand faster than a streaming digest.
  const bytes = await fetchFeedFile(context.fetch, {
    ...request,
    maxBytes: entry.bytes,
    // As in stream-object.ts: IndexedDB holds the object, so the HTTP cache must not.
    cache: 'no-store',
  });
  // docs/design.md §5.2: size and SHA-256 against the signed manifest (stops a truncated or substituted object).
  await verifyObject(entry, bytes);
  await storeObject(context.db, {
    sha256: entry.sha256,
    type: entry.type,
    bytes: entry.bytes,
    blob: new Blob([bytes], { type: entry.type }),
    storedAt: context.now(),
  });
}
