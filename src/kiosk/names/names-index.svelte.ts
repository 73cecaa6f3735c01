// The name index of the content on screen, held by the search worker (docs/design.md §7). An installed
// version's index is built and stored by a worker of its own before the screens switch to it
// (`prepare`); the search worker reads the stored one from IndexedDB (`show`), and builds only
// when none is stored in this code's format. The index never comes to this (the UI) thread:
// only version numbers, shard Blobs and small reports do. Searches and lookups go to the worker
// of the version on screen.

import type { ActiveContent } from '../storage/read-active-content.ts';
import type { EskeDb } from '../storage/eske-db.ts';
import { hasNameIndex } from '../storage/name-index-store.ts';
import type { EngineSearchOptions, NameFacets, NameRow, SearchAnswer } from '../../search/worker-protocol.ts';
import { handleError } from '../app/handle-error.ts';
import { LatestRequest } from '../app/latest-request.ts';
import { EngineClient, type BuildReport, type EnginePort, type IndexStoreError, type LoadedIndex } from './engine-client.ts';
import { spawnEngine } from './spawn-engine.ts';

/** `empty`: the content has no register. `failed`: the Names screen offers a retry. */
export type IndexStatus = 'empty' | 'loading' | 'ready' | 'failed';

export interface NamesIndexDependencies {
  db: EskeDb;
  spawn?: () => EnginePort;
}

/** performance.measure names, for the benchmarks and the browser's performance panel. */
export const MEASURE_BUILD = 'eske:name-index:build';
export const MEASURE_SHOW = 'eske:name-index:show';

export class NamesIndex {
  status = $state<IndexStatus>('empty');
  /** The content version whose index is in the search worker, or on its way there. */
  version = $state<number | null>(null);
  facets = $state.raw<NameFacets | null>(null);

  #db: EskeDb | null = null;
  #spawn: () => EnginePort = spawnEngine;
  #engine: EngineClient | null = null;
  // Bookkeeping, not state: nothing renders from it, so it needs no reactivity.
  /** Versions whose build failed before the switch: shown as unavailable until a retry. */
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  readonly #failed = new Set<number>();
  #showing: Promise<void> | null = null;
  /** The latest show; an index still loading for an older one is dropped. */
  readonly #shows = new LatestRequest();
  /** One build at a time: two registers of a million names would not fit side by side. */
  #builds: Promise<unknown> = Promise.resolve();

  connect(dependencies: NamesIndexDependencies): void {
    this.#db = dependencies.db;
    this.#spawn = dependencies.spawn ?? spawnEngine;
  }

  /**
   * Builds and stores the index of installed content that is not on screen yet, so the switch
   * finds it ready. Never rejects: a failure is logged and the version switches anyway.
   */
  async prepare(content: ActiveContent): Promise<void> {
    if (content.namesShards.length === 0) return;
    try {
      if (await hasNameIndex(this.#requireDb(), content.version)) return;
      await this.#build(content);
    } catch (error) {
      this.#failed.add(content.version);
      handleError(error, `building the name index of version ${content.version}`, { quiet: true });
    }
  }

  /** Puts the index of `content` in the search worker; the same content again joins the first call. */
  show(content: ActiveContent): Promise<void> {
    if (this.version === content.version && this.#showing) return this.#showing;
    this.version = content.version;
    this.facets = null;
    // Supersedes any show still loading: its index must not replace this one.
    const signal = this.#shows.begin();
    if (content.namesShards.length === 0) {
      this.status = 'empty';
      this.#showing = Promise.resolve();
    } else {
      this.status = 'loading';
      this.#showing = this.#show(content, signal);
    }
    return this.#showing;
  }

  /** The Names screen's "try again" after a failure: builds afresh if nothing usable is stored. */
  retry(content: ActiveContent): Promise<void> {
    this.#failed.delete(content.version);
    this.#showing = null;
    return this.show(content);
  }

  /** Searches the index on screen; null when a newer search overtook this one. */
  async search(query: string, options: EngineSearchOptions): Promise<SearchAnswer | null> {
    if (this.status !== 'ready' || !this.#engine) return null;
    try {
      const answer = await this.#engine.search(query, options);
      return answer && answer.version === this.version ? answer : null;
    } catch (error) {
      this.#fail(error, 'searching names');
      return null;
    }
  }

  /** Rows of records by id, from the index of `content` once it is loaded; [] if it cannot be. */
  async lookup(content: ActiveContent, ids: readonly string[]): Promise<NameRow[]> {
    if (ids.length === 0) return [];
    await this.show(content);
    if (this.status !== 'ready' || this.version !== content.version || !this.#engine) return [];
    try {
      const { version, rows } = await this.#engine.lookup(ids);
      return version === content.version ? rows : [];
    } catch (error) {
      this.#fail(error, 'looking up names');
      return [];
    }
  }

  async #show(content: ActiveContent, signal: AbortSignal): Promise<void> {
    const { version } = content;
    const started = performance.now();
    try {
      if (this.#failed.has(version)) {
        this.status = 'failed';
        return;
      }
      const shards = await this.#shards(content);
      // Asking only which versions have a usable index reads no index (name-index-store.ts).
      const stored = await hasNameIndex(this.#requireDb(), version);
      // Without one, the search worker builds: in turn with other builds, like `prepare`.
      const loaded = await (stored
        ? this.#load(content, shards, signal)
        : this.#oneBuildAtATime(() => this.#load(content, shards, signal)));
      if (!loaded || signal.aborted) return;
      if (loaded.buildMs !== null) performance.measure(MEASURE_BUILD, { end: performance.now(), duration: loaded.buildMs });
      this.#logStoreProblem(loaded.storeProblem, version);
      this.facets = loaded.facets;
      this.status = 'ready';
      performance.measure(MEASURE_SHOW, { start: started, end: performance.now() });
    } catch (error) {
      if (!signal.aborted) this.#fail(error, `loading the name index of version ${version}`);
    }
  }

  /** Null when another show began meanwhile: loading this one now would replace it. */
  #load(content: ActiveContent, shards: readonly Blob[], signal: AbortSignal): Promise<LoadedIndex | null> {
    if (signal.aborted) return Promise.resolve(null);
    return this.#searchEngine().load(content.version, shards, shardHashes(content));
  }

  /**
   * The Names screen says the register is unavailable and offers a retry, which starts a fresh
   * search worker: a worker that failed once (out of memory, say) is not trusted again.
   */
  #fail(error: unknown, where: string): void {
    this.status = 'failed';
    this.#engine?.close();
    this.#engine = null;
    handleError(error, where, { quiet: true });
  }

  /**
   * Builds and stores in a worker of its own, so searches on screen never wait behind a build.
   * A version older than the one on screen will never come on screen: its build is dropped.
   * The index on screen is offered for reuse: after a curator's edit most shards are the same
   * (docs/design.md §7), and the worker reads only the ones that changed.
   */
  async #build(content: ActiveContent): Promise<void> {
    const { version } = content;
    await this.#oneBuildAtATime(async () => {
      if (this.version !== null && version < this.version) return;
      const shards = await this.#shards(content);
      const builder = new EngineClient(this.#spawn());
      const started = performance.now();
      let report: BuildReport;
      try {
        report = await builder.build(version, shards, {
          shardHashes: shardHashes(content),
          reuseVersion: this.version ?? undefined,
        });
      } finally {
        builder.close();
      }
      performance.measure(MEASURE_BUILD, { start: started, end: performance.now() });
      // The switch then finds no index stored and the search worker builds it again.
      this.#logStoreProblem(report.storeProblem, version);
    });
  }

  #oneBuildAtATime<T>(build: () => Promise<T>): Promise<T> {
    const done = this.#builds.then(build);
    this.#builds = done.catch(() => undefined);
    return done;
  }

  /** A full disk costs a rebuild, never the register: logged with the store's code, not failed. */
  #logStoreProblem(problem: IndexStoreError | null, version: number): void {
    if (problem === null) return;
    handleError(problem, `keeping the name index of version ${version} in IndexedDB`, { quiet: true });
  }

  /** The register shards as Blobs: handles that clone to a worker without copying their bytes. */
  #shards(content: ActiveContent): Promise<Blob[]> {
    return Promise.all(content.namesShards.map((entry) => content.namesShardBlob(entry)));
  }

  #searchEngine(): EngineClient {
    this.#engine ??= new EngineClient(this.#spawn());
    return this.#engine;
  }

  #requireDb(): EskeDb {
    if (!this.#db) throw new Error('namesIndex.connect() was not called');
    return this.#db;
  }
}

/** The SHA-256 of each register shard, kept with the index so that the next build can tell which changed. */
function shardHashes(content: ActiveContent): string[] {
  return content.namesShards.map((entry) => entry.sha256);
}

export const namesIndex = new NamesIndex();
