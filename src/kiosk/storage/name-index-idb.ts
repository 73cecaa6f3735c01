// The search worker's own access to the stored name indexes (docs/design.md §7: built during sync and
// persisted, loaded on a cold start), in raw IndexedDB so that Dexie stays out of the worker's
// bundle and no index passes through the kiosk's main thread. It opens the kiosk's existing
// database without a version, so it never creates or upgrades it: Dexie's schema stays the
// only one (eske-db.ts), and rows keep the StoredNameIndex shape that Dexie, hasNameIndex and
// garbage collection read.

import { NAME_INDEX_FORMAT } from '../../search/name-index.ts';
import type { BuiltIndex, StoredIndexes } from '../../search/search-service.ts';
import { ESKE_DB_NAME, NAME_INDEX_TABLE } from './eske-db-tables.ts';
import type { StoredNameIndex } from './eske-db.ts';

/**
 * How long opening the database may wait. An open queues behind an upgrade in progress, and
 * an upgrade blocked by another tab could hold it forever; the worker builds instead.
 */
export const DEFAULT_OPEN_TIMEOUT_MS = 5_000;

/** Why the store could not be used; the worker then builds from the shards (and logs it). */
export type NameIndexDbErrorCode =
  /** The kiosk has not created its database yet: the worker never creates it. */
  | 'no-database'
  /** The database predates the name index table; Dexie's upgrade adds it. */
  | 'no-table'
  /** The open waited past the timeout, behind an upgrade. */
  | 'busy'
  /** The browser refused the read or write (a full disk: QuotaExceededError). */
  | 'failed';

export class NameIndexDbError extends Error {
  constructor(
    readonly code: NameIndexDbErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'NameIndexDbError';
  }
}

export interface NameIndexDbOptions {
  indexedDB: IDBFactory;
  /** The database's name; tests give each its own. */
  name?: string;
  /** ms since the epoch, stamped on a row as `builtAt` */
  now?: () => number;
  openTimeoutMs?: number;
}

/** The stored name indexes as the search worker reads and writes them. */
export function nameIndexDb(options: NameIndexDbOptions): StoredIndexes {
  const open = () =>
    openExisting(options.indexedDB, options.name ?? ESKE_DB_NAME, options.openTimeoutMs ?? DEFAULT_OPEN_TIMEOUT_MS);
  const now = options.now ?? Date.now;
  return {
    async read(version) {
      const row = await withDb(open, (db) =>
        request(db.transaction(NAME_INDEX_TABLE).objectStore(NAME_INDEX_TABLE).get(version)),
      );
      return usableRow(row as StoredNameIndex | undefined);
    },
    async write(version, built) {
      const row: StoredNameIndex = {
        version,
        format: built.index.format,
        index: built.index,
        shardOf: built.shardOf,
        ...(built.inputOrder ? { inputOrder: built.inputOrder } : {}),
        ...(built.shardHashes ? { shardHashes: built.shardHashes } : {}),
        builtAt: now(),
      };
      await withDb(open, (db) => {
        const transaction = db.transaction(NAME_INDEX_TABLE, 'readwrite');
        transaction.objectStore(NAME_INDEX_TABLE).put(row);
        return completion(transaction);
      });
    },
  };
}

/** An index of another format than the running code's is treated as missing, so it is rebuilt. */
function usableRow(row: StoredNameIndex | undefined): BuiltIndex | null {
  if (!row || row.format !== NAME_INDEX_FORMAT || row.index.format !== NAME_INDEX_FORMAT) return null;
  const { index, shardOf, inputOrder, shardHashes } = row;
  return { index, shardOf, ...(inputOrder ? { inputOrder } : {}), ...(shardHashes ? { shardHashes } : {}) };
}

/** One connection per operation, closed after it, so the worker never blocks Dexie's upgrades. */
async function withDb<T>(open: () => Promise<IDBDatabase>, use: (db: IDBDatabase) => Promise<T>): Promise<T> {
  const db = await open();
  try {
    return await use(db);
  } catch (error) {
    throw error instanceof NameIndexDbError ? error : new NameIndexDbError('failed', describe(error));
  } finally {
    db.close();
  }
}

function openExisting(factory: IDBFactory, name: string, timeoutMs: number): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    let settled = false;
    let missing = false;
    const fail = (error: NameIndexDbError) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      reject(error);
    };
    const timer = setTimeout(
      () => fail(new NameIndexDbError('busy', `database "${name}" did not open within ${timeoutMs} ms`)),
      timeoutMs,
    );
    const opening = factory.open(name);
    // Opening without a version asks for an upgrade only when the database does not exist.
    // Aborting it leaves no empty database behind for Dexie to find.
    opening.onupgradeneeded = () => {
      missing = true;
      opening.transaction?.abort();
    };
    opening.onerror = (event) => {
      event.preventDefault();
      fail(
        missing
          ? new NameIndexDbError('no-database', `database "${name}" does not exist yet`)
          : new NameIndexDbError('failed', describe(opening.error)),
      );
    };
    opening.onsuccess = () => {
      const db = opening.result;
      // A version change elsewhere (Dexie upgrading) must never wait for this connection.
      db.onversionchange = () => db.close();
      if (settled) return db.close();
      if (!db.objectStoreNames.contains(NAME_INDEX_TABLE)) {
        db.close();
        return fail(new NameIndexDbError('no-table', `database "${name}" has no ${NAME_INDEX_TABLE} table yet`));
      }
      settled = true;
      clearTimeout(timer);
      resolve(db);
    };
  });
}

function request<T>(pending: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    pending.onsuccess = () => resolve(pending.result);
    pending.onerror = () => reject(pending.error ?? new Error('IndexedDB request failed'));
  });
}

function completion(transaction: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    transaction.oncomplete = () => resolve();
    transaction.onerror = () => reject(transaction.error ?? new Error('IndexedDB transaction failed'));
    transaction.onabort = () => reject(transaction.error ?? new Error('IndexedDB transaction aborted'));
  });
}

function describe(error: unknown): string {
  if (error instanceof Error || error instanceof DOMException) return `${error.name}: ${error.message}`;
  return String(error);
}
