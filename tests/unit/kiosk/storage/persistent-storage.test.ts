import { describe, expect, it } from 'vitest';
import { requestPersistentStorage } from '../../../../src/kiosk/storage/persistent-storage.ts';
import { readLog } from '../../../../src/kiosk/storage/technician-log.ts';
import { createTestDb } from './test-db.ts';

function storage(persisted: boolean, granted: boolean): { persisted: () => Promise<boolean>; persist: () => Promise<boolean> } {
  return { persisted: () => Promise.resolve(persisted), persist: () => Promise.resolve(granted) };
}

describe('requestPersistentStorage', () => {
  it('logs a granted request', async () => {
    const { db } = createTestDb();
    expect(await requestPersistentStorage(db, storage(false, true), 1)).toBe(true);
    expect((await readLog(db))[0]?.code).toBe('storage-persisted');
  });

  it('warns when the browser refuses', async () => {
    const { db } = createTestDb();
    expect(await requestPersistentStorage(db, storage(false, false), 1)).toBe(false);
    expect((await readLog(db))[0]).toMatchObject({ level: 'warn', code: 'storage-not-persisted' });
  });

  it('warns when the browser has no such request', async () => {
    const { db } = createTestDb();
    expect(await requestPersistentStorage(db, undefined, 1)).toBeNull();
    expect((await readLog(db))[0]?.code).toBe('storage-persist-unsupported');
  });
});
