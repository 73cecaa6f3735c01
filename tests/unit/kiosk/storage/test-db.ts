// A fresh Eske database per test on its own fake IndexedDB, with a switch that makes chosen
// writes fail inside their transaction, the way a full disk or a crash mid-commit would.

import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import type { DBCore, DBCoreMutateRequest } from 'dexie';
import { createEskeDb, type EskeDb } from '../../../../src/kiosk/storage/eske-db.ts';

/** Thrown by an injected write failure; its name is what sync logs as the code. */
export class InjectedFault extends Error {
  constructor(table: string, type: string) {
    super(`injected failure: ${type} on ${table}`);
    this.name = 'InjectedFault';
  }
}

export type WriteFilter = (table: string, type: DBCoreMutateRequest['type']) => boolean;

export interface TestDb {
  db: EskeDb;
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
          mutate: (request: DBCoreMutateRequest) =>
            filter?.(name, request.type) ? Promise.reject(new InjectedFault(name, request.type)) : table.mutate(request),
        };
      },
    }),
  });
  return { db, indexedDB, name, failWrites: (next) => (filter = next) };
}
