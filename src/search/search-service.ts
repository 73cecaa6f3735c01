// What the engine's Web Worker does with each request (worker-protocol.ts): build an index from
// register shards and store it, load the stored one (or build it when none is usable), search it
// and look records up. DOM-free and unaware of `self` and of IndexedDB: the kiosk's
// src/kiosk/names/engine-worker.ts wires it to the worker and the kiosk's store, tests call it
// directly. Requests are handled one at a time in arrival order, so replies come back in the
// order they were asked.

import { errorCode, toError } from '../feed/error-code.ts';
import { describeQuery } from './describe-query.ts';
import { queryWords } from './fold-text.ts';
import { nameFacets, type NameFacets } from './name-facets.ts';
import { NAME_INDEX_FORMAT, NameIndexBuilder, type NameIndex } from './name-index.ts';
import { nameRow } from './name-rows.ts';
import { searchNames } from './search-names.ts';
import { ShardFormatError, shardRecords } from './shard-records.ts';
import { suggestNames } from './suggest-names.ts';
import type { EngineErrorCode, EngineProblem, EngineReply, EngineRequest, EngineSearchOptions } from './worker-protocol.ts';

/** Rows per search unless the request says: the kiosk's result list is virtualized. */
export const DEFAULT_ROW_LIMIT = 200;
/** Shard numbers are stored as Uint16 per record. */
const MAX_SHARDS = 0xffff;

export type PostReply = (reply: EngineReply, transfer: Transferable[]) => void;

export interface BuiltIndex {
  index: NameIndex;
  /** Per record, the position of its shard in the list it was built from. */
  shardOf: Uint16Array;
  /**
   * What a later build needs to take this index's records of unchanged shards instead of
   * reading those shards again: per record the position at which it was added, and the SHA-256
   * of each shard. Absent from indexes stored before they were kept, which are never reused.
   */
  inputOrder?: Uint32Array;
  shardHashes?: readonly string[];
}

/** The register shards of a version in manifest order, with their SHA-256 when the caller knows them. */
export interface RegisterShards {
  shards: readonly (Blob | string)[];
  shardHashes?: readonly string[] | undefined;
}

/**
 * Where built indexes are kept between runs, by content version: the kiosk's IndexedDB in the
 * worker (src/kiosk/storage/name-index-idb.ts). `read` gives null for a version with no index
 * in this code's format. Either may reject (no database yet, a full disk): the service then
 * builds, or keeps the index in memory only, and says why in its reply.
 */
export interface StoredIndexes {
  read(version: number): Promise<BuiltIndex | null>;
  write(version: number, built: BuiltIndex): Promise<void>;
}

/** For a service with nowhere to keep indexes: every load builds. */
export const NO_STORED_INDEXES: StoredIndexes = { read: async () => null, write: async () => {} };

interface LoadedIndex {
  version: number;
  index: NameIndex;
  shardOf: Uint16Array;
  facets: NameFacets;
  /** Built on the first lookup: most kiosks never look a record up by id. */
  byId?: Map<string, number>;
}

/** A failure the reply names by code. */
class EngineFailure extends Error {
  constructor(
    readonly code: EngineErrorCode,
    message: string,
  ) {
    super(message);
  }
}

export class SearchService {
  readonly #post: PostReply;
  readonly #stored: StoredIndexes;
  #loaded: LoadedIndex | null = null;
  #queue: Promise<void> = Promise.resolve();

  constructor(post: PostReply, stored: StoredIndexes = NO_STORED_INDEXES) {
    this.#post = post;
    this.#stored = stored;
  }

  /** Queues a request; the promise settles once its reply is posted (never rejects). */
  receive(request: EngineRequest): Promise<void> {
    this.#queue = this.#queue.then(() => this.#handle(request));
    return this.#queue;
  }

  async #handle(request: EngineRequest): Promise<void> {
    try {
      switch (request.kind) {
        case 'build':
          return await this.#buildAndStore(request.id, request.version, request, request.reuseVersion);
        case 'load':
          return await this.#load(request.id, request.version, request);
        case 'search':
          return this.#search(request.id, request.query, request.options);
        case 'lookup':
          return this.#lookup(request.id, request.ids);
      }
    } catch (error) {
      const code: EngineErrorCode =
        error instanceof EngineFailure ? error.code : error instanceof ShardFormatError ? 'shard-format' : 'internal';
      this.#post({ kind: 'failed', id: request.id, request: request.kind, code, message: toError(error).message }, []);
    }
  }

  async #buildAndStore(id: number, version: number, register: RegisterShards, reuseVersion?: number): Promise<void> {
    const started = performance.now();
    // An index that cannot be read is no loss here: the build reads every shard instead.
    const previous = reuseVersion === undefined ? null : await this.#stored.read(reuseVersion).catch(() => null);
    const { built, reusedRecords } = await buildIndex(register, previous);
    const buildMs = performance.now() - started;
    const storeProblem = await this.#store(version, built);
    this.#post({ kind: 'built', id, version, recordCount: built.index.recordCount, buildMs, reusedRecords, storeProblem }, []);
  }

  async #load(id: number, version: number, register: RegisterShards): Promise<void> {
    // The index it replaces is let go first: two registers of a million names need not fit side by side.
    this.#loaded = null;
    let storeProblem: EngineProblem | null = null;
    let built: BuiltIndex | null = null;
    try {
      built = await this.#stored.read(version);
    } catch (error) {
      storeProblem = problemOf(error);
    }
    // MiniSearch's rule (STYLE): an index this code cannot read is refused, and rebuilt.
    if (built && !fits(built)) built = null;
    let buildMs: number | null = null;
    if (!built) {
      const started = performance.now();
      ({ built } = await buildIndex(register, null));
      buildMs = performance.now() - started;
      // A full disk costs the next cold start a rebuild, not this one its register.
      storeProblem = (await this.#store(version, built)) ?? storeProblem;
    }
    const { index, shardOf } = built;
    const facets = nameFacets(index);
    this.#loaded = { version, index, shardOf, facets };
    this.#post({ kind: 'loaded', id, version, recordCount: index.recordCount, facets, buildMs, storeProblem }, []);
  }

  /** Stores an index; what went wrong if it could not be. */
  async #store(version: number, built: BuiltIndex): Promise<EngineProblem | null> {
    try {
      await this.#stored.write(version, built);
      return null;
    } catch (error) {
      return problemOf(error);
    }
  }

  #search(id: number, query: string, options: EngineSearchOptions): void {
    const { version, index, shardOf } = this.#requireLoaded();
    const result = searchNames(index, query, {
      limit: options.limit ?? DEFAULT_ROW_LIMIT,
      prefix: true,
      filters: options.filters,
    });
    const words = queryWords(query);
    const rows = result.hits.map((hit) => nameRow(index, shardOf, hit.record, hit.score, hit.matches, words));
    const nothing = rows.length === 0 && words.length > 0;
    this.#post(
      {
        kind: 'results',
        id,
        version,
        rows,
        total: result.total,
        complete: result.complete,
        tried: nothing ? describeQuery(query) : [],
        closest: nothing ? suggestNames(index, query) : [],
      },
      [],
    );
  }

  #lookup(id: number, ids: readonly string[]): void {
    const loaded = this.#requireLoaded();
    loaded.byId ??= new Map(loaded.index.ids.map((recordId, record) => [recordId, record]));
    const rows = ids.flatMap((recordId) => {
      const record = loaded.byId!.get(recordId);
      return record === undefined ? [] : [nameRow(loaded.index, loaded.shardOf, record)];
    });
    this.#post({ kind: 'rows', id, version: loaded.version, rows }, []);
  }

  #requireLoaded(): LoadedIndex {
    if (!this.#loaded) throw new EngineFailure('no-index', 'no index is loaded');
    return this.#loaded;
  }
}

/**
 * Builds from the shards in order. A shard whose SHA-256 matches one of `previous`'s is not read:
 * its records are taken from `previous` in the order they were added then, so the index is the
 * one a full build makes (docs/design.md §7), in a fraction of the time when one record changed.
 */
export async function buildIndex(
  register: RegisterShards,
  previous: BuiltIndex | null,
): Promise<{ built: BuiltIndex; reusedRecords: number }> {
  const { shards, shardHashes } = register;
  if (shards.length > MAX_SHARDS) {
    throw new EngineFailure('too-many-shards', `${shards.length} names shards; at most ${MAX_SHARDS}`);
  }
  const reusable = previous && shardHashes && fits(previous) ? recordsByShard(previous) : null;
  const builder = new NameIndexBuilder();
  const shardOf: number[] = [];
  let reusedRecords = 0;
  for (const [shard, source] of shards.entries()) {
    const kept = reusable?.get(shardHashes![shard]!);
    if (kept) {
      for (const record of kept) {
        builder.addFromIndex(previous!.index, record);
        shardOf.push(shard);
      }
      reusedRecords += kept.length;
      continue;
    }
    // One shard's text at a time: a million-record register never sits in memory as JSON.
    const text = typeof source === 'string' ? source : await source.text();
    for (const record of shardRecords(text, shard)) {
      builder.add(record);
      shardOf.push(shard);
    }
  }
  const { index, inputOrder } = builder.build();
  const built = { index, shardOf: Uint16Array.from(inputOrder, (input) => shardOf[input]!), inputOrder };
  return { built: shardHashes ? { ...built, shardHashes } : built, reusedRecords };
}

/** An earlier index's records by the SHA-256 of their shard, each list in the order they were added. */
function recordsByShard({ index, shardOf, inputOrder, shardHashes }: BuiltIndex): Map<string, number[]> | null {
  if (!inputOrder || !shardHashes || inputOrder.length !== index.recordCount) return null;
  const byInput = new Uint32Array(index.recordCount);
  inputOrder.forEach((input, record) => (byInput[input] = record));
  const lists = new Map<string, number[]>();
  for (const record of byInput) {
    const hash = shardHashes[shardOf[record]!];
    if (hash === undefined) return null;
    let list = lists.get(hash);
    if (!list) lists.set(hash, (list = []));
    list.push(record);
  }
  return lists;
}

/** Whether a stored index is one this code reads: its format, and a shard number per record. */
function fits({ index, shardOf }: BuiltIndex): boolean {
  return index.format === NAME_INDEX_FORMAT && shardOf.length === index.recordCount;
}

function problemOf(value: unknown): EngineProblem {
  const error = toError(value);
  return { code: errorCode(error), message: error.message };
}
