// The kiosk's side of the search worker's protocol (src/search/worker-protocol.ts): numbers each
// request, matches replies to them, and transfers index buffers instead of copying them. A search
// answered after a newer search was sent resolves to null, so results stream while a visitor
// types and the screen never waits for, or shows, an answer to an old query. DOM-free: the
// worker comes in as an EnginePort.

import type { NameIndex } from '../../search/name-index.ts';
import {
  indexTransfer,
  type BuiltIndex,
  type EngineErrorCode,
  type EngineReply,
  type EngineRequest,
  type EngineSearchOptions,
  type NameFacets,
  type NameRow,
  type SearchAnswer,
} from '../../search/worker-protocol.ts';

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

export interface LoadedIndex {
  version: number;
  recordCount: number;
  facets: NameFacets;
}

type Pending = { resolve: (reply: EngineReply) => void; reject: (error: Error) => void };

export class EngineClient {
  readonly #port: EnginePort;
  readonly #pending = new Map<number, Pending>();
  #nextId = 1;
  #latestSearch = 0;
  #closed = false;

  constructor(port: EnginePort) {
    this.#port = port;
    port.listen(
      (reply) => this.#receive(reply),
      (error) => this.#failAll(new EngineError('worker-failed', error.message)),
    );
  }

  /** Builds an index in the worker from register shards in manifest order. */
  async build(shards: readonly (Blob | string)[]): Promise<BuiltIndex & { buildMs: number }> {
    const reply = await this.#request('built', (id) => ({ kind: 'build', id, shards }), []);
    return { index: reply.index, shardOf: reply.shardOf, buildMs: reply.buildMs };
  }

  /** Makes `index` the one searched. Its typed arrays move to the worker: the caller's copies empty. */
  async load(version: number, index: NameIndex, shardOf: Uint16Array): Promise<LoadedIndex> {
    const transfer = indexTransfer({ index, shardOf });
    const reply = await this.#request('loaded', (id) => ({ kind: 'load', id, version, index, shardOf }), transfer);
    return { version: reply.version, recordCount: reply.recordCount, facets: reply.facets };
  }

  /** The answer, or null when a newer search was sent before this one was answered. */
  async search(query: string, options: EngineSearchOptions = {}): Promise<SearchAnswer | null> {
    const reply = await this.#request('results', (id) => {
      this.#latestSearch = id;
      return { kind: 'search', id, query, options };
    });
    if (reply.id < this.#latestSearch) return null;
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
    transfer: Transferable[] = [],
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
        this.#port.post(request, transfer);
      } catch (error) {
        this.#pending.delete(id);
        reject(error instanceof Error ? error : new Error(String(error)));
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
