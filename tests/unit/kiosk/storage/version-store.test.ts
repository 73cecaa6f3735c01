import { describe, expect, it } from 'vitest';
import { readMeta } from '../../../../src/kiosk/storage/eske-db.ts';
import { ActiveVersionChangedError, StoredContentMissingError } from '../../../../src/kiosk/storage/storage-errors.ts';
import { activateVersion, stageVersion, storeObject } from '../../../../src/kiosk/storage/version-store.ts';
import { createTestDb } from './test-db.ts';

const SHA = 'a'.repeat(64);

async function stagedKiosk(options: { withObject: boolean }) {
  const { db } = createTestDb();
  await stageVersion(db, { version: 1, exhibitId: 'museum', manifestBytes: new Uint8Array(1), signatures: [], stagedAt: 0 });
  if (options.withObject) {
    await storeObject(db, { sha256: SHA, type: 'application/json', bytes: 2, blob: new Blob(['{}']), storedAt: 0 });
  }
  return db;
}

const errorOf = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: unknown) => error,
  );

describe('activateVersion', () => {
  it('switches to the staged version when every object is stored', async () => {
    const db = await stagedKiosk({ withObject: true });
    await activateVersion(db, { version: 1, expectedActive: null, sha256s: [SHA], at: 5 });
    expect(await readMeta(db, 'activeVersion')).toBe(1);
    expect((await db.versions.get(1))?.state).toBe('active');
  });

  it('refuses with active-version-changed when another tab switched meanwhile', async () => {
    const db = await stagedKiosk({ withObject: true });
    const error = await errorOf(activateVersion(db, { version: 1, expectedActive: 7, sha256s: [SHA], at: 5 }));
    expect(error).toBeInstanceOf(ActiveVersionChangedError);
    expect(error).toMatchObject({ code: 'active-version-changed', expected: 7, actual: null });
    expect(await readMeta(db, 'activeVersion')).toBeUndefined();
  });

  it('refuses with stored-content-missing when an object of the version is not stored', async () => {
    const db = await stagedKiosk({ withObject: false });
    const error = await errorOf(activateVersion(db, { version: 1, expectedActive: null, sha256s: [SHA], at: 5 }));
    expect(error).toBeInstanceOf(StoredContentMissingError);
    expect(error).toMatchObject({ code: 'stored-content-missing' });
    expect((await db.versions.get(1))?.state).toBe('staged');
  });
});
