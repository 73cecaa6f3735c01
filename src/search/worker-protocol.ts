// The messages between the kiosk and the search engine's Web Worker (worker.ts), shared by
// both sides. Every request carries an id that its reply repeats; the worker answers in the
// order it was asked, and the kiosk drops search answers older than its latest question.

import type { NameFacets } from './name-facets.ts';
import type { NameIndex } from './name-index.ts';
import type { NameRow } from './name-rows.ts';
import type { SearchFilters } from './search-names.ts';
import type { NameSuggestion } from './suggest-names.ts';

export type { MarkedWord, NameRow } from './name-rows.ts';
export type { FacetValue, NameFacets } from './name-facets.ts';
export type { NameSuggestion } from './suggest-names.ts';

export interface EngineSearchOptions {
  limit?: number;
  filters?: SearchFilters;
}

export type EngineRequest =
  /** Build an index from register shards (JSON blobs or texts) in manifest order. */
  | { kind: 'build'; id: number; shards: readonly (Blob | string)[] }
  /** Make a built or persisted index the one searched; `version` is the content version it is of. */
  | { kind: 'load'; id: number; version: number; index: NameIndex; shardOf: Uint16Array }
  /** Search the loaded index; the last word of the query is taken as still being typed. */
  | { kind: 'search'; id: number; query: string; options: EngineSearchOptions }
  /** Rows of records by id (a timeline event's linked names, a record page opened by id). */
  | { kind: 'lookup'; id: number; ids: readonly string[] };

export type EngineRequestKind = EngineRequest['kind'];

export interface BuiltIndex {
  index: NameIndex;
  /** Per record, the position of its shard in the list given to `build`. */
  shardOf: Uint16Array;
}

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

/** Why a request failed, for the kiosk to act on: rebuild, retry, or report. */
export type EngineErrorCode = 'no-index' | 'index-format' | 'shard-format' | 'too-many-shards' | 'internal';

export type EngineReply =
  | ({ kind: 'built'; id: number; buildMs: number } & BuiltIndex)
  | { kind: 'loaded'; id: number; version: number; recordCount: number; facets: NameFacets }
  | ({ kind: 'results'; id: number } & SearchAnswer)
  | { kind: 'rows'; id: number; version: number; rows: NameRow[] }
  | { kind: 'failed'; id: number; request: EngineRequestKind; code: EngineErrorCode; message: string };

/**
 * The buffers of an index's typed arrays, to transfer rather than copy. String arrays cannot
 * be transferred and are cloned. Once transferred, the sender's arrays are empty.
 */
export function indexTransfer({ index, shardOf }: BuiltIndex): ArrayBuffer[] {
  const arrays = [
    index.postingStart,
    index.postings,
    index.recordStart,
    index.recordWords,
    index.recordFields,
    index.birthYear,
    index.deathYear,
    index.place,
    index.fate,
    ...Object.values(index.columns).map((column) => column.order),
    shardOf,
  ];
  // A buffer listed twice makes postMessage throw.
  return [...new Set(arrays.map((array) => array.buffer as ArrayBuffer))];
}
