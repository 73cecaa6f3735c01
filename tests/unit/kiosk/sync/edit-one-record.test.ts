// docs/design.md §4 and §5.2 end to end: a curator edits one record of a register of several
// shards and builds again with the real CLI code; a kiosk that syncs then downloads the new
// manifest and exactly one object, the names shard that holds the record.

import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFeed } from '../../../../src/curator/build/build-feed.ts';
import { readSigningKey, type SigningKey } from '../../../../src/curator/signing-key.ts';
import type { Manifest } from '../../../../src/feed/manifest-schema.ts';
import { objectPath } from '../../../../src/feed/manifest-schema.ts';
import { readActiveContent } from '../../../../src/kiosk/storage/read-active-content.ts';
import { syncOnce } from '../../../../src/kiosk/sync/sync-once.ts';
import { generatePeople } from '../../../../src/synthetic-register/generate-register.ts';
import type { RegisterRecord } from '../../../../src/synthetic-register/register-record.ts';
import { registerCsvHeader, registerCsvRow } from '../../../../src/synthetic-register/write-register-csv.ts';
import { createTestDb } from '../storage/test-db.ts';
import { FEED_URL, MemoryFeedHost } from './memory-feed.ts';

/** Just enough records for four shards (docs/design.md §4: a power of two, about 80 % full of 20,000). */
const RECORDS = 33_000;
const EDITED = 12_345;

let tmp: string;
let key: SigningKey;
let records: RegisterRecord[];

beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'eske-edit-record-'));
  key = await readSigningKey(path.resolve('media/DEMO-ONLY-signing-key.json'));
  records = [...generatePeople(RECORDS, 7)].map((person) => person.record);
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

async function build(contentDir: string, feedDir: string, now: string): Promise<Manifest> {
  const result = await buildFeed({
    contentDir,
    feedDir,
    keys: [key],
    strict: true,
    expiresInDays: null,
    now: new Date(now),
    variantCacheDir: path.join(tmp, 'variant-cache'),
    progress: () => {},
  });
  if (result.outcome !== 'published') throw new Error(`build ${result.outcome}`);
  return result.manifest;
}

/** Serves what the feed folder holds now, as a static host would after an upload. */
async function publishFolder(host: MemoryFeedHost, feedDir: string): Promise<void> {
  for (const file of await readdir(feedDir, { recursive: true, withFileTypes: true })) {
    if (!file.isFile()) continue;
    const full = path.join(file.parentPath, file.name);
    host.files.set(path.relative(feedDir, full), new Uint8Array(await readFile(full)));
  }
}

const writeRegister = (contentDir: string, rows: readonly RegisterRecord[]) =>
  writeFile(path.join(contentDir, 'names/generated.csv'), registerCsvHeader() + rows.map(registerCsvRow).join(''));

describe('a kiosk after a curator edits one record', () => {
  it('downloads the manifest and the one names shard that changed, nothing else', { timeout: 120_000 }, async () => {
    const contentDir = path.join(tmp, 'content');
    const feedDir = path.join(tmp, 'feed');
    await cp(path.resolve('tests/fixtures/content/minimal'), contentDir, { recursive: true });
    await writeRegister(contentDir, records);
    const v1 = await build(contentDir, feedDir, '2026-05-01T09:00:00Z');

    const { db } = createTestDb();
    const host = new MemoryFeedHost();
    const sync = () =>
      syncOnce(
        { feedUrl: FEED_URL, trust: { keys: [{ publicKey: key.publicKey }], threshold: 1 }, exhibitId: null },
        { db, fetch: host.fetch, now: () => 0 },
      );
    await publishFolder(host, feedDir);
    expect(await sync()).toEqual({ kind: 'installed', version: 1 });

    const edited = records.map((record, i) => (i === EDITED ? { ...record, given_name: `${record.given_name}а` } : record));
    await writeRegister(contentDir, edited);
    const v2 = await build(contentDir, feedDir, '2026-05-02T09:00:00Z');
    await publishFolder(host, feedDir);
    host.requests.length = 0;
    expect(await sync()).toEqual({ kind: 'installed', version: 2 });

    const shards = (manifest: Manifest) => manifest.objects.filter((entry) => entry.role === 'names');
    expect(shards(v2).length).toBeGreaterThanOrEqual(4);
    const changed = shards(v2).filter((entry) => !shards(v1).some((old) => old.sha256 === entry.sha256));
    expect(changed).toHaveLength(1);
    expect(host.objectRequests()).toEqual([objectPath(changed[0]!)]);
    // The rest is the signed manifest (manifest.json, and manifest.sig while the feed has one).
    const control = host.requests.filter((request) => !request.startsWith('objects/'));
    expect(control).toContain('manifest.json');
    for (const request of control) expect(request).toMatch(/^manifest\./);

    const content = await readActiveContent(db);
    const shard = await content!.loadNamesShard(changed[0]!);
    expect(shard.records.find((record) => record.id === edited[EDITED]!.id)?.givenName).toBe(edited[EDITED]!.given_name);
  });
});
