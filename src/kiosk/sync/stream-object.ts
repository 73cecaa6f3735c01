// docs/design.md §5.2: downloads one object larger than a chunk straight into IndexedDB, chunk by
// chunk, hashing as the bytes arrive, so a 500 MB video is never in memory whole. An interrupted
// download goes on next time from its last stored chunk with a Range request; the object counts
// as stored only once its size and SHA-256 have matched the signed manifest.

import { FeedHttpError, ObjectHashMismatchError, ObjectSizeMismatchError } from '../../feed/errors.ts';
import type { ObjectEntry } from '../../feed/manifest-schema.ts';
import { ObjectVerifier } from '../../feed/object-verifier.ts';
import type { EskeDb } from '../storage/eske-db.ts';
import {
  commitChunkedObject,
  discardChunkSet,
  openDownload,
  storeChunk,
  type PartialDownload,
} from '../storage/object-chunks.ts';
import { streamFeedFile, type FeedFileRequest, type FetchLike } from './fetch-feed-file.ts';

export interface StreamObjectContext {
  db: EskeDb;
  fetch: FetchLike;
  now: () => number;
  /** Bytes per stored chunk: what a download holds in memory at most, and what an interruption costs. */
  chunkBytes: number;
  /** The object's URL, timeout and abort; the byte cap and range are this module's. */
  request: Omit<FeedFileRequest, 'maxBytes' | 'headers' | 'cache'>;
}

/** HTTP 416: the range asked for lies past the end of what the host has. */
const RANGE_NOT_SATISFIABLE = 416;

export async function streamObject(context: StreamObjectContext, entry: ObjectEntry): Promise<void> {
  const { db, chunkBytes } = context;
  const verifier = new ObjectVerifier(entry);
  const { partial, nextSet } = await openDownload(db, entry.sha256);
  const set = partial?.set ?? nextSet;
  const resumedChunks = partial ? await rehash(db, verifier, partial) : 0;
  const chunks = new ChunkWriter(chunkBytes, resumedChunks, (index, blob) =>
    storeChunk(db, { sha256: entry.sha256, set, index, blob }),
  );

  try {
    const offset = verifier.receivedBytes;
    if (offset < entry.bytes) {
      await streamFeedFile(
        context.fetch,
        {
          ...context.request,
          // The verifier cuts a longer body off at the declared size; this only backs it up.
          maxBytes: entry.bytes,
          // The object goes to IndexedDB; an HTTP-cache copy would only double the disk use, and a
          // corrupt cached copy would fail every retry of an immutable URL.
          cache: 'no-store',
          ...(offset > 0 ? { headers: { Range: `bytes=${offset}-` } } : {}),
        },
        {
          begin: async (response) => {
            if (offset === 0) return;
            if (response.status === 206) return checkContentRange(context.request.url, response, offset, entry.bytes);
            // A host that ignores Range sends the whole object: start over from its first byte.
            await discardChunkSet(db, entry.sha256, set);
            verifier.restart();
            chunks.restart();
          },
          write: (piece) => {
            verifier.update(piece);
            return chunks.add(piece);
          },
        },
      );
    }
    verifier.finish();
  } catch (error) {
    if (spoilsDownload(error)) await discardChunkSet(db, entry.sha256, set).catch(() => undefined);
    throw error;
  }
  const chunkCount = await chunks.flush();
  await commitChunkedObject(db, {
    sha256: entry.sha256,
    type: entry.type,
    bytes: entry.bytes,
    storedAt: context.now(),
    chunkSet: set,
    chunkCount,
  });
}

/**
 * WebCrypto has no digest state to keep between page loads: the chunks stored so far are hashed
 * again from IndexedDB, one at a time. Chunks that cannot be read back, or hold more than the
 * object, are no start: they are deleted and the download begins at the first byte. Returns how
 * many chunks it goes on from.
 */
async function rehash(db: EskeDb, verifier: ObjectVerifier, partial: PartialDownload): Promise<number> {
  try {
    for (const chunk of partial.chunks) verifier.update(new Uint8Array(await chunk.blob.arrayBuffer()));
    return partial.chunks.length;
  } catch {
    verifier.restart();
    await discardChunkSet(db, partial.chunks[0]!.sha256, partial.set);
    return 0;
  }
}

/**
 * Bytes that failed their check, or a range the host can never serve, are no start for the next
 * attempt; anything else (network, stall, abort, a full disk) keeps what is stored for it.
 */
function spoilsDownload(error: unknown): boolean {
  if (error instanceof ObjectSizeMismatchError || error instanceof ObjectHashMismatchError) return true;
  return error instanceof FeedHttpError && (error.code === 'range' || error.status === RANGE_NOT_SATISFIABLE);
}

/**
 * A 206 must start where the stored chunks end. Its Content-Range is checked when the page can
 * read it: a host on another origin shows it only if it exposes the header to CORS.
 */
function checkContentRange(url: string, response: Response, offset: number, totalBytes: number): void {
  const header = response.headers.get('content-range');
  if (header === null) return;
  const match = /^bytes (\d+)-\d+\/(\d+|\*)$/.exec(header.trim());
  const fits = match !== null && Number(match[1]) === offset && (match[2] === '*' || Number(match[2]) === totalBytes);
  if (!fits) {
    throw new FeedHttpError(url, { code: 'range', status: response.status, detail: `asked from byte ${offset}, got ${header}` });
  }
}

/** Gathers streamed pieces into chunks of exactly `chunkBytes` and stores each as it fills. */
class ChunkWriter {
  readonly #chunkBytes: number;
  readonly #store: (index: number, blob: Blob) => Promise<void>;
  #index: number;
  #pieces: Uint8Array[] = [];
  #buffered = 0;

  constructor(chunkBytes: number, firstIndex: number, store: (index: number, blob: Blob) => Promise<void>) {
    this.#chunkBytes = chunkBytes;
    this.#index = firstIndex;
    this.#store = store;
  }

  async add(piece: Uint8Array): Promise<void> {
    let rest = piece;
    while (rest.length > 0) {
      const take = Math.min(rest.length, this.#chunkBytes - this.#buffered);
      this.#pieces.push(rest.subarray(0, take));
      this.#buffered += take;
      rest = rest.subarray(take);
      if (this.#buffered === this.#chunkBytes) await this.#storeBuffered();
    }
  }

  restart(): void {
    this.#index = 0;
    this.#pieces = [];
    this.#buffered = 0;
  }

  /** Stores the last, shorter chunk; returns how many chunks the object has. */
  async flush(): Promise<number> {
    if (this.#buffered > 0) await this.#storeBuffered();
    return this.#index;
  }

  async #storeBuffered(): Promise<void> {
    // The Blob copies the pieces, which can go at once: Chromium writes it to disk with the row.
    const blob = new Blob(this.#pieces as Uint8Array<ArrayBuffer>[]);
    this.#pieces = [];
    this.#buffered = 0;
    await this.#store(this.#index, blob);
    this.#index++;
  }
}
