// The kiosk's IndexedDB schema (docs/design.md §5): verified objects (large ones in chunks), the
// versions they belong to, the name index built for each version, a small key/value table, the technician log, the usage
// counts per day and the heartbeat's queue of events. Only sync
// writes objects and versions; screens read through read-active-content.ts. The schema carries a
// version number (STYLE): a change adds a `this.version(n + 1)` step, it never edits an old one.

import { Dexie, type EntityTable, type Table } from 'dexie';
import type { FeedSignature } from '../../feed/manifest-envelope.ts';
import type { ObjectType } from '../../feed/manifest-schema.ts';
import type { NameIndex } from '../../search/name-index.ts';
import type { HeartbeatCounters, QueuedHeartbeatEvent } from '../heartbeat/heartbeat-status.ts';
import { ESKE_DB_NAME, NAME_INDEX_TABLE } from './eske-db-tables.ts';

export { ESKE_DB_NAME } from './eske-db-tables.ts';
/** The latest `this.version(n)` step of EskeDb below. */
export const ESKE_DB_SCHEMA_VERSION = 5;

/**
 * docs/design.md §5.2: a content-addressed object, stored only after its size and SHA-256 checked
 * out: a row here means complete and verified. Read it with readStoredObject (version-store.ts).
 */
export type StoredObject = WholeObject | ChunkedObject;

interface StoredObjectHead {
  sha256: string;
  type: ObjectType;
  bytes: number;
  /** ms since the epoch */
  storedAt: number;
}

/** An object of at most one chunk, as one Blob (every object stored before schema version 5 too). */
export interface WholeObject extends StoredObjectHead {
  blob: Blob;
}

/** A larger object: `chunkCount` rows of `objectChunks` under its `chunkSet`, in order. */
export interface ChunkedObject extends StoredObjectHead {
  blob?: never;
  chunkSet: number;
  chunkCount: number;
}

/**
 * docs/design.md §5.2: one piece of an object, written as it streams in. A download writes its
 * chunks under a set number of its own, so a re-download never touches the chunks of the copy on
 * screen; a set that no ChunkedObject names is a download still under way (or abandoned).
 */
export interface StoredChunk {
  sha256: string;
  set: number;
  /** From 0; the object's bytes are the chunks' in index order. */
  index: number;
  blob: Blob;
}

/**
 * `staged`: downloading or waiting for its objects; `active`: on screen; `retired`: the
 * previous active version, kept until the screens have moved on (see collect-garbage.ts).
 */
export type VersionState = 'staged' | 'active' | 'retired';

export interface StoredVersion {
  version: number;
  exhibitId: string;
  /**
   * The bytes the signatures cover (docs/design.md §4): the canonical `signed` part of an
   * eske-feed/2 manifest.json, or all of an eske-feed/1 one; parseManifestBytes reads either.
   */
  manifestBytes: Uint8Array;
  /**
   * Its signatures, so they can be checked again later (eske-feed/1: manifest.sig under the id of
   * the key that verified it). Rows stored before eske-feed/2 hold `signature`, manifest.sig's text.
   */
  signatures: FeedSignature[];
  state: VersionState;
  stagedAt: number;
  activatedAt?: number;
  retiredAt?: number;
}

/**
 * The search index of one content version's name register, built once after sync installed it
 * so that a cold start loads it instead of rebuilding. The search worker writes and reads these
 * rows with raw IndexedDB (name-index-idb.ts); the kiosk only asks whether one exists
 * (name-index-store.ts) and garbage collection deletes them.
 */
export interface StoredNameIndex {
  /** The content version whose register it indexes. */
  version: number;
  /** NAME_INDEX_FORMAT of the code that built it; an index of another format is rebuilt. */
  format: string;
  index: NameIndex;
  /** Per record, the position of its shard among the version's names shards. */
  shardOf: Uint16Array;
  /**
   * For the next version's build to reuse the records of shards it shares (BuiltIndex in
   * search-service.ts); rows stored before these were kept lack them and are never reused.
   */
  inputOrder?: Uint32Array;
  shardHashes?: readonly string[];
  /** ms since the epoch */
  builtAt: number;
}

export type SyncResultKind = 'installed' | 'up-to-date' | 'rejected' | 'failed';

/** The last sync attempt, for the technician panel (docs/design.md §6). */
export interface SyncRecord {
  startedAt: number;
  finishedAt: number;
  kind: SyncResultKind;
  /** The installed version after the attempt. */
  version: number | null;
  /** A FeedErrorCode, the store's own code, or the error's name. */
  code?: string;
  message?: string;
}

/**
 * docs/design.md §5.5: a version that did not fit, for the panel and for the hold that keeps the
 * next syncs from downloading it again before space may have changed (sync/storage-shortage.ts).
 */
export interface StorageShortage {
  version: number;
  /** Bytes of its objects that were not stored when the sync began. */
  neededBytes: number;
  /** What there was room for: the free space the browser reported, or what was stored before a write failed. */
  availableBytes: number;
  /** The free space the browser reported once the stop had released what it could; null where it tells none. */
  freeBytes: number | null;
  /** ms since the epoch */
  at: number;
}

/** What the `meta` table holds, key by key. */
export interface MetaValues {
  /** docs/design.md §5.3: the one pointer that decides what the screens show. */
  activeVersion: number;
  lastSync: SyncRecord;
  /** The version the screens show, which may lag the active one until an idle moment. */
  shownVersion: number;
  /** docs/design.md §6.5: the heartbeat's totals, kept across restarts. */
  heartbeatCounters: HeartbeatCounters;
  /** docs/design.md §5.5: the last version that did not fit; deleted by the next sync that succeeds. */
  storageShortage: StorageShortage;
  /** docs/design.md §5.6: the SHA-256 of the last media object the start-up check hashed. */
  mediaCheckCursor: string;
}
export type MetaKey = keyof MetaValues;

interface MetaRow {
  key: MetaKey;
  value: MetaValues[MetaKey];
}

export type LogLevel = 'info' | 'warn' | 'error';

export interface LogEntry {
  id: number;
  /** ms since the epoch of the latest occurrence */
  at: number;
  level: LogLevel;
  code?: string;
  message: string;
  /** How many times in a row the same entry was written (an offline week is one line, not 500). */
  count: number;
}

export type UsageKind = 'visit' | 'search' | 'record' | 'testimony';

/**
 * docs/design.md §6.2: how often each thing happened on one local day of the kiosk's time zone.
 * Counts only: nothing a visitor typed or chose is ever stored.
 */
export interface UsageDay extends Record<UsageKind, number> {
  /** `YYYY-MM-DD` in the kiosk's time zone. */
  day: string;
}

export class EskeDb extends Dexie {
  objects!: EntityTable<StoredObject, 'sha256'>;
  objectChunks!: Table<StoredChunk, [string, number, number]>;
  versions!: EntityTable<StoredVersion, 'version'>;
  meta!: Table<MetaRow, MetaKey>;
  log!: EntityTable<LogEntry, 'id'>;
  /** The table NAME_INDEX_TABLE: Dexie names each table's property after the table. */
  nameIndexes!: EntityTable<StoredNameIndex, 'version'>;
  usage!: EntityTable<UsageDay, 'day'>;
  heartbeatEvents!: EntityTable<QueuedHeartbeatEvent, 'seq'>;

  constructor(name: string, dependencies?: EskeDbDependencies) {
    super(name, dependencies ? { indexedDB: dependencies.indexedDB, IDBKeyRange: dependencies.IDBKeyRange } : undefined);
    this.version(1).stores({
      objects: 'sha256',
      versions: 'version, state',
      meta: 'key',
      log: '++id',
    });
    // Version 2 adds the name indexes. Nothing to migrate: a kiosk that upgrades finds no index
    // for its content and builds one on its next start. `format` is indexed so that whether a
    // usable index exists is answered without reading tens of megabytes.
    this.version(2).stores({ [NAME_INDEX_TABLE]: 'version, format' });
    // Version 3 adds the usage counts, one row per local day. Nothing to migrate: counting
    // starts on the day the kiosk upgrades.
    this.version(3).stores({ usage: 'day' });
    // Version 4 adds the heartbeat's queue of events (docs/design.md §6.5), in the order they
    // happened. Nothing to migrate: a kiosk that upgrades starts with an empty queue.
    this.version(4).stores({ heartbeatEvents: '++seq' });
    // Version 5 adds the chunks of objects too large to download in one piece (docs/design.md
    // §5.2). Nothing to migrate: objects stored whole stay as they are and read as before, so an
    // app update downloads nothing again.
    this.version(ESKE_DB_SCHEMA_VERSION).stores({ objectChunks: '[sha256+set+index], sha256' });
  }
}

/** Tests pass fake-indexeddb's classes; the browser uses its own. */
export interface EskeDbDependencies {
  indexedDB: IDBFactory;
  IDBKeyRange: typeof IDBKeyRange;
}

export function createEskeDb(name: string = ESKE_DB_NAME, dependencies?: EskeDbDependencies): EskeDb {
  return new EskeDb(name, dependencies);
}

export async function readMeta<K extends MetaKey>(db: EskeDb, key: K): Promise<MetaValues[K] | undefined> {
  const row = await db.meta.get(key);
  return row?.value as MetaValues[K] | undefined;
}

export async function writeMeta<K extends MetaKey>(db: EskeDb, key: K, value: MetaValues[K]): Promise<void> {
  await db.meta.put({ key, value });
}
