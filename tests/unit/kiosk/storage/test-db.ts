// A fresh Eske database per test on its own fake IndexedDB, with a switch that makes chosen
// writes fail inside their transaction, the way a full disk or a crash mid-commit would, and a
// storage quota on the objects' bytes that refuses a write past it as Chromium does.

import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { Dexie, type DBCore, type DBCoreMutateRequest } from 'dexie';
import { createEskeDb, type EskeDb, type StoredObject } from '../../../../src/kiosk/storage/eske-db.ts';

/** Thrown by an injected write failure; its name is what sync logs as the code. */
export class InjectedFault extends Error {
  constructor(table: string, type: string) {
    super(`injected failure: ${type} on ${table}`);
    this.name = 'InjectedFault';
  }
}

export type WriteFilter = (table: string, type: DBCoreMutateRequest['type']) => boolean;

/**
 * The objects' bytes stand for the origin's usage. `limitBytes` is what writes may reach;
 * `reportedQuotaBytes` is what the estimate tells (by default the limit), so a test can make the
 * estimate promise more room than there is, as a nearly full disk does.
 */
export interface TestQuota {
  limitBytes: number | null;
  reportedQuotaBytes?: number;
  usedBytes(): number;
  /** `navigator.storage.estimate` over the above; nothing known while there is no limit. */
  estimate(): Promise<{ usage: number; quota: number } | undefined>;
}

export interface TestDb {
  db: EskeDb;
  quota: TestQuota;
  /** The fake IndexedDB and database name, for opening the same database without Dexie. */
  indexedDB: IDBFactory;
  name: string;
  /** Writes matching `filter` fail from now on; null lets every write through again. */
  failWrites(filter: WriteFilter | null): void;
}

export function createTestDb(): TestDb {
  const name = 'eske-test';
  const indexedDB = new IDBFactory();
  const db = createEskeDb(name, { indexedDB, IDBKeyRange });
  let filter: WriteFilter | null = null;
  // Mirrors the objects table's sizes: every write to it passes through the middleware below.
  const objectBytes = new Map<string, number>();
  const quota: TestQuota = {
    limitBytes: null,
    usedBytes: () => [...objectBytes.values()].reduce((sum, bytes) => sum + bytes, 0),
    estimate: async () => {
      const reported = quota.reportedQuotaBytes ?? quota.limitBytes;
      return reported === null ? undefined : { usage: quota.usedBytes(), quota: reported };
    },
  };
  const account = (name: string, request: DBCoreMutateRequest): void => {
    if (name !== 'objects') return;
    if (request.type === 'put' || request.type === 'add') {
      const added = (request.values as StoredObject[]).filter((object) => !objectBytes.has(object.sha256));
      const after = quota.usedBytes() + added.reduce((sum, object) => sum + object.bytes, 0);
      // Chromium aborts the transaction, and Dexie wraps its QuotaExceededError in an AbortError.
      if (quota.limitBytes !== null && after > quota.limitBytes) {
        throw new Dexie.AbortError(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
      }
      for (const object of request.values as StoredObject[]) objectBytes.set(object.sha256, object.bytes);
    } else if (request.type === 'delete') {
      for (const key of request.keys) objectBytes.delete(key as string);
    } else {
      objectBytes.clear();
    }
  };
  // Registered before the first query opens the database, as Dexie requires.
  db.use({
    stack: 'dbcore',
    name: 'test-faults',
    create: (down: DBCore) => ({
      ...down,
      table: (name: string) => {
        const table = down.table(name);
        return {
          ...table,
          mutate: async (request: DBCoreMutateRequest) => {
            if (filter?.(name, request.type)) throw new InjectedFault(name, request.type);
            account(name, request);
            return table.mutate(request);
          },
        };
      },
    }),
  });
  return { db, quota, indexedDB, name, failWrites: (next) => (filter = next) };
}
