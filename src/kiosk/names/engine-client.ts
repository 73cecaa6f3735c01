// The kiosk's side of the search worker's protocol (src/search/worker-protocol.ts): numbers each
// request and matches replies to them. Indexes never pass through here: the worker stores and
// reads them in IndexedDB, and the kiosk sends version numbers and shard Blobs. A search
// answered after a newer search was sent resolves to null, so results stream while a visitor
// types and the screen never waits for, or shows, an answer to an old query. DOM-free: the
// worker comes in as an EnginePort.

import { toError } from '../../feed/error-code.ts';
import type {
  EngineErrorCode,
  EngineProblem,
  EngineReply,
  EngineRequest,
  EngineSearchOptions,
  NameFacets,
  NameRow,
  SearchAnswer,
} from '../../search/worker-protocol.ts';
import { LatestRequest } from '../app/latest-request.ts';

/** A worker as the client uses it (see spawn-engine.ts); tests connect a SearchService directly. */
export interface EnginePort {
  post(request: EngineRequest, transfer: Transferable[]): void;
  /** `onError`: the worker itself failed (its script did not load, it ran out of memory). */
  listen(onReply: (reply: EngineReply) => void, onError: (error: Error) => void): void;
  close(): void;
}

/** A request the worker refused or could not do; `code` says which (EngineErrorCode). */
export class EngineError extends Error {
  constructor(
    readonly code: EngineErrorCode | 'worker-failed' | 'closed',
    message: string,
  ) {
    super(message);
    this.name = 'EngineError';
  }
}

/**
 * The worker could not read or keep a stored index (a full disk, no database yet) and built or
 * searched without it: logged, never failed. `code` is the store's own (NameIndexDbErrorCode).
 */
export class IndexStoreError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'IndexStoreError';
  }
}

/** What a build reports: the index itself stays in the worker's store. */
export interface BuildReport {
  version: number;
  recordCount: number;
  buildMs: number;
  /** Records taken from the earlier version's index rather than read from their shard. */
  reusedRecords: number;
  /** Why the index could not be stored; null when it was. */
  storeProblem: IndexStoreError | null;
}

/** The SHA-256 of each shard (kept with the index), and the version whose stored index may be reused. */
export interface BuildOptions {
  shardHashes?: readonly string[];
  reuseVersion?: number | undefined;
}

export interface LoadedIndex {
  version: number;
  recordCount: number;
  facets: NameFacets;
  /** How long the worker took to build it; null when it read the stored one. */
  buildMs: number | null;
  /** Why the store could not be read or written; null when it could. */
  storeProblem: IndexStoreError | null;
}

type Shards = readonly (Blob | string)[];

type Pending = { resolve: (reply: EngineReply) => void; reject: (error: Error) => void };

export class EngineClient {
  readonly #port: EnginePort;
  readonly #pending = new Map<number, Pending>();
  #nextId = 1;
  /** Each search supersedes the one before: the worker answers in order, but the visitor typed on. */
  readonly #searches = new LatestRequest();
  #closed = false;

  constructor(port: EnginePort) {
    this.#port = port;
    port.listen(
      (reply) => this.#receive(reply),
      (error) => this.#failAll(new EngineError('worker-failed', error.message)),
    );
  }

  /** Builds the index of `version` in the worker from its register shards in manifest order, and stores it. */
  async build(version: number, shards: Shards, options: BuildOptions = {}): Promise<BuildReport> {
    const { shardHashes, reuseVersion } = options;
    const reply = await this.#request('built', (id) => ({
      kind: 'build',
      id,
      version,
      shards,
      ...(shardHashes ? { shardHashes } : {}),
      ...(reuseVersion === undefined ? {} : { reuseVersion }),
    }));
    const { recordCount, buildMs, reusedRecords, storeProblem } = reply;
    return { version: reply.version, recordCount, buildMs, reusedRecords, storeProblem: storeError(storeProblem) };
  }

  /** Makes the index of `version` the one searched: the stored one, or one built from `shards`. */
  async load(version: number, shards: Shards, shardHashes?: readonly string[]): Promise<LoadedIndex> {
    const reply = await this.#request('loaded', (id) => ({
      kind: 'load',
      id,
      version,
      shards,
      ...(shardHashes ? { shardHashes } : {}),
    }));
    const { recordCount, facets, buildMs, storeProblem } = reply;
    return { version: reply.version, recordCount, facets, buildMs, storeProblem: storeError(storeProblem) };
  }

  /** The answer, or null when a newer search was sent before this one was answered. */
  async search(query: string, options: EngineSearchOptions = {}): Promise<SearchAnswer | null> {
    const signal = this.#searches.begin();
    const reply = await this.#request('results', (id) => ({ kind: 'search', id, query, options }));
    if (signal.aborted) return null;
    const { version, rows, total, complete, tried, closest } = reply;
    return { version, rows, total, complete, tried, closest };
  }

  async lookup(ids: readonly string[]): Promise<{ version: number; rows: NameRow[] }> {
    const reply = await this.#request('rows', (id) => ({ kind: 'lookup', id, ids }));
    return { version: reply.version, rows: reply.rows };
  }

  /** Ends the worker; requests still open reject with code `closed`. */
  close(): void {
    this.#closed = true;
    this.#port.close();
    this.#failAll(new EngineError('closed', 'the search worker was closed'));
  }

  #request<K extends EngineReply['kind']>(
    kind: K,
    make: (id: number) => EngineRequest,
  ): Promise<Extract<EngineReply, { kind: K }>> {
    if (this.#closed) return Promise.reject(new EngineError('closed', 'the search worker was closed'));
    const id = this.#nextId++;
    const request = make(id);
    return new Promise((resolve, reject) => {
      this.#pending.set(id, {
        resolve: (reply) => {
          if (reply.kind === kind) resolve(reply as Extract<EngineReply, { kind: K }>);
          else if (reply.kind === 'failed') reject(new EngineError(reply.code, `${reply.request}: ${reply.message}`));
          else reject(new EngineError('internal', `expected a ${kind} reply, got ${reply.kind}`));
        },
        reject,
      });
      try {
        this.#port.post(request, []);
      } catch (error) {
        this.#pending.delete(id);
        reject(toError(error));
      }
    });
  }

  #receive(reply: EngineReply): void {
    const pending = this.#pending.get(reply.id);
    if (!pending) return;
    this.#pending.delete(reply.id);
    pending.resolve(reply);
  }

  #failAll(error: Error): void {
    const pending = [...this.#pending.values()];
    this.#pending.clear();
    for (const { reject } of pending) reject(error);
  }
}

function storeError(problem: EngineProblem | null): IndexStoreError | null {
  return problem && new IndexStoreError(problem.code, problem.message);
}
