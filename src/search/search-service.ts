// What the engine's Web Worker does with each request (worker-protocol.ts): build an index from
// register shards, hold the loaded one, search it and look records up. DOM-free and unaware of
// `self`: worker.ts wires it to the worker, tests call it directly. Requests are handled one at
// a time in arrival order, so replies come back in the order they were asked.

import { describeQuery } from './describe-query.ts';
import { queryWords } from './fold-text.ts';
import { nameFacets, type NameFacets } from './name-facets.ts';
import { NAME_INDEX_FORMAT, NameIndexBuilder, type NameIndex } from './name-index.ts';
import { nameRow } from './name-rows.ts';
import { searchNames } from './search-names.ts';
import { ShardFormatError, shardRecords } from './shard-records.ts';
import { suggestNames } from './suggest-names.ts';
import {
  indexTransfer,
  type EngineErrorCode,
  type EngineReply,
  type EngineRequest,
  type EngineSearchOptions,
} from './worker-protocol.ts';

/** Rows per search unless the request says: the kiosk's result list is virtualized. */
export const DEFAULT_ROW_LIMIT = 200;
/** Shard numbers are stored as Uint16 per record. */
const MAX_SHARDS = 0xffff;

export type PostReply = (reply: EngineReply, transfer: Transferable[]) => void;

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
  #loaded: LoadedIndex | null = null;
  #queue: Promise<void> = Promise.resolve();

  constructor(post: PostReply) {
    this.#post = post;
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
          return await this.#build(request.id, request.shards);
        case 'load':
          return this.#load(request.id, request.version, request.index, request.shardOf);
        case 'search':
          return this.#search(request.id, request.query, request.options);
        case 'lookup':
          return this.#lookup(request.id, request.ids);
      }
    } catch (error) {
      const code: EngineErrorCode =
        error instanceof EngineFailure ? error.code : error instanceof ShardFormatError ? 'shard-format' : 'internal';
      const message = error instanceof Error ? error.message : String(error);
      this.#post({ kind: 'failed', id: request.id, request: request.kind, code, message }, []);
    }
  }

  async #build(id: number, shards: readonly (Blob | string)[]): Promise<void> {
    if (shards.length > MAX_SHARDS) {
      throw new EngineFailure('too-many-shards', `${shards.length} names shards; at most ${MAX_SHARDS}`);
    }
    const started = performance.now();
    const builder = new NameIndexBuilder();
    const shardOf: number[] = [];
    for (const [shard, source] of shards.entries()) {
      // One shard's text at a time: a million-record register never sits in memory as JSON.
      const text = typeof source === 'string' ? source : await source.text();
      for (const record of shardRecords(text, shard)) {
        builder.add(record);
        shardOf.push(shard);
      }
    }
    const { index, inputOrder } = builder.build();
    const built = { index, shardOf: Uint16Array.from(inputOrder, (input) => shardOf[input]!) };
    this.#post({ kind: 'built', id, buildMs: performance.now() - started, ...built }, indexTransfer(built));
  }

  #load(id: number, version: number, index: NameIndex, shardOf: Uint16Array): void {
    // MiniSearch's rule (STYLE): an index of another format is refused, and the kiosk rebuilds.
    if (index.format !== NAME_INDEX_FORMAT) {
      throw new EngineFailure('index-format', `index format ${String(index.format)}, expected ${NAME_INDEX_FORMAT}`);
    }
    if (shardOf.length !== index.recordCount) {
      throw new EngineFailure('index-format', `${shardOf.length} shard numbers for ${index.recordCount} records`);
    }
    const facets = nameFacets(index);
    this.#loaded = { version, index, shardOf, facets };
    this.#post({ kind: 'loaded', id, version, recordCount: index.recordCount, facets }, []);
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
