// docs/design.md §6: asks the browser to keep the kiosk's storage (navigator.storage.persist()), so
// that a full disk does not evict the exhibit, and reports the answer in the technician log.

import type { EskeDb } from './eske-db.ts';
import { appendLog } from './technician-log.ts';

/** The storage manager calls this needs; tests pass their own. */
export type PersistenceApi = Pick<StorageManager, 'persist' | 'persisted'>;

/** true or false as the browser answered; null where the browser has no such request. */
export async function requestPersistentStorage(
  db: EskeDb,
  storage: PersistenceApi | undefined,
  now: number,
): Promise<boolean | null> {
  if (!storage?.persist) {
    await appendLog(db, now, {
      level: 'warn',
      code: 'storage-persist-unsupported',
      message: 'this browser cannot keep storage from eviction',
    });
    return null;
  }
  const persisted = (await storage.persisted()) || (await storage.persist());
  await appendLog(
    db,
    now,
    persisted
      ? { level: 'info', code: 'storage-persisted', message: 'storage is persistent: the browser will not evict it' }
      : {
          level: 'warn',
          code: 'storage-not-persisted',
          message: 'the browser refused persistent storage: it may evict content when the disk is full',
        },
  );
  return persisted;
}
