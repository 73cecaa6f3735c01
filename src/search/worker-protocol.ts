// The messages between the kiosk and the search engine's Web Worker
// (src/kiosk/names/engine-worker.ts), shared by both sides. Every request carries an id that its
// reply repeats; the worker answers in the order it was asked, and the kiosk drops search
// answers older than its latest question. An index never travels in a message: the worker
// stores and reads it in IndexedDB itself, so its tens of megabytes are never cloned on the
// kiosk's main thread. Requests carry version numbers and register shards (Blobs, which clone
// as handles).

import type { NameFacets } from './name-facets.ts';
import type { NameRow } from './name-rows.ts';
import type { SearchFilters } from './search-plan.ts';
import type { NameSuggestion } from './suggest-names.ts';

export type { MarkedWord, NameRow } from './name-rows.ts';
export type { FacetValue, NameFacets } from './name-facets.ts';
export type { NameSuggestion } from './suggest-names.ts';

export interface EngineSearchOptions {
  limit?: number;
  filters?: SearchFilters;
}

export type EngineRequest =
  /**
   * Build the index of content `version` from its register shards in manifest order, and store
   * it. With `shardHashes`, the shards it shares with the stored index of `reuseVersion` are
   * taken from that index instead of read again (docs/design.md §7).
   */
  | {
      kind: 'build';
      id: number;
      version: number;
      shards: readonly (Blob | string)[];
      shardHashes?: readonly string[];
      reuseVersion?: number;
    }
  /**
   * Make the index of `version` the one searched: the stored one, or if none usable is stored,
   * one built from `shards` (and stored for the next cold start, with `shardHashes` if given).
   */
  | { kind: 'load'; id: number; version: number; shards: readonly (Blob | string)[]; shardHashes?: readonly string[] }
  /** Search the loaded index; the last word of the query is taken as still being typed. */
  | { kind: 'search'; id: number; query: string; options: EngineSearchOptions }
  /** Rows of records by id (a timeline event's linked names, a record page opened by id). */
  | { kind: 'lookup'; id: number; ids: readonly string[] };

export type EngineRequestKind = EngineRequest['kind'];

export interface SearchAnswer {
  /** The content version of the index that answered. */
  version: number;
  rows: NameRow[];
  /** Matching records; a lower bound when `complete` is false. */
  total: number;
  complete: boolean;
  /** When nothing was found: the spellings looked for (describe-query.ts)… */
  tried: string[];
  /** …and the closest names in the register (suggest-names.ts). */
  closest: NameSuggestion[];
}

/**
 * An error as it crosses to the kiosk: an Error's class does not survive the structured clone,
 * so its stable code (errorCode: the store's own, such as NameIndexDbErrorCode) travels with it.
 */
export interface EngineProblem {
  code: string;
  message: string;
}

/** Why a request failed, for the kiosk to act on: retry, or report. */
export type EngineErrorCode = 'no-index' | 'shard-format' | 'too-many-shards' | 'internal';

export type EngineReply =
  | {
      kind: 'built';
      id: number;
      version: number;
      recordCount: number;
      buildMs: number;
      /** Records taken from the earlier index rather than read from their shard. */
      reusedRecords: number;
      /** Why the index could not be stored (a full disk), for the technician log; null when it was. */
      storeProblem: EngineProblem | null;
    }
  | {
      kind: 'loaded';
      id: number;
      version: number;
      recordCount: number;
      facets: NameFacets;
      /** How long building it took; null when the stored index was read. */
      buildMs: number | null;
      /** Why the store could not be read or written; the index was built instead, or is not kept. */
      storeProblem: EngineProblem | null;
    }
  | ({ kind: 'results'; id: number } & SearchAnswer)
  | { kind: 'rows'; id: number; version: number; rows: NameRow[] }
  | { kind: 'failed'; id: number; request: EngineRequestKind; code: EngineErrorCode; message: string };
