// The key rotation of docs/trust.md, walked with the real CLI (keygen, build, sign, verify) and a
// kiosk syncing the feed folder it writes: the kiosk trusts the old key, then both, then only the
// new one, and never refuses a feed on the way. A kiosk left trusting the old key alone is what
// the procedure's check (verify --pub with each kiosk-config) exists to catch before the last step.

import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FeedTrust } from '../../../../src/feed/trust-config.ts';
import type { FetchLike } from '../../../../src/kiosk/sync/fetch-feed-file.ts';
import { syncOnce } from '../../../../src/kiosk/sync/sync-once.ts';
import { ROOT, run } from '../../curator/run-cli.ts';
import { createTestDb } from '../storage/test-db.ts';
import { FEED_URL } from './memory-feed.ts';

let tmp: string;
beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'eske-rotation-'));
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

/** A static host over a feed folder on disk, as `feed serve` or nginx would serve it. */
function folderHost(feedDir: string): FetchLike {
  return async (url) => {
    const file = path.join(feedDir, decodeURIComponent(url.slice(FEED_URL.length)));
    try {
      return new Response(await readFile(file));
    } catch {
      return new Response('not found', { status: 404 });
    }
  };
}

async function cli(...args: string[]): Promise<string> {
  const result = await run(args);
  expect(result.code, `${args.join(' ')}: ${result.stderr}`).toBe(0);
  return result.stdout;
}

describe('a key rotation (docs/trust.md)', () => {
  it('never makes a kiosk refuse a feed while it moves from the old key to the new one', { timeout: 180_000 }, async () => {
    const content = path.join(tmp, 'content');
    await cp(path.join(ROOT, 'tests/fixtures/content/minimal'), content, { recursive: true });
    const register = path.join(content, 'names/register.csv');
    const editRecord = async (surname: string) =>
      writeFile(register, (await readFile(register, 'utf8')).replace(/^(KZ-000001,)[^,]*/m, `$1${surname}`));
    const feed = path.join(tmp, 'feed');
    const [oldKey, newKey] = [path.join(tmp, 'old.json'), path.join(tmp, 'new.json')];
    await Promise.all([cli('keygen', '--out', oldKey), cli('keygen', '--out', newKey)]);
    const publicKeyOf = async (file: string) => (JSON.parse(await readFile(file, 'utf8')) as { publicKey: string }).publicKey;
    const [oldPublic, newPublic] = await Promise.all([publicKeyOf(oldKey), publicKeyOf(newKey)]);

    const { db } = createTestDb();
    const fetch = folderHost(feed);
    const kioskTrusting = (...publicKeys: string[]) => {
      const trust: FeedTrust = { keys: publicKeys.map((publicKey) => ({ publicKey })), threshold: 1 };
      return () => syncOnce({ feedUrl: FEED_URL, trust, exhibitId: null }, { db, fetch, now: Date.now });
    };

    // Before: every kiosk trusts the old key, every build is signed with it.
    await cli('build', content, '--out', feed, '--key', oldKey);
    expect(await kioskTrusting(oldPublic)()).toEqual({ kind: 'installed', version: 1 });

    // Step 1: the published feed gains the new key's signature; builds from now on use both.
    await cli('sign', feed, '--key', newKey);
    expect(await kioskTrusting(oldPublic)()).toEqual({ kind: 'up-to-date', version: 1 });

    // Step 2: kiosk-configs trust both keys (a kiosk not reloaded yet still has the old config).
    expect(await kioskTrusting(oldPublic, newPublic)()).toEqual({ kind: 'up-to-date', version: 1 });
    await editRecord('Байтұрсынұлы');
    await cli('build', content, '--out', feed, '--key', oldKey, '--key', newKey);
    expect(await kioskTrusting(oldPublic)()).toEqual({ kind: 'installed', version: 2 });
    expect(await kioskTrusting(oldPublic, newPublic)()).toEqual({ kind: 'up-to-date', version: 2 });

    // Step 3: kiosk-configs trust the new key alone; verify --pub with each says it accepts the feed.
    const config = path.join(tmp, 'kiosk-config.json');
    await writeFile(config, JSON.stringify({ trustedKeys: [newPublic] }));
    expect(await cli('verify', feed, '--pub', config)).toMatch(/^OK: /m);
    expect(await kioskTrusting(newPublic)()).toEqual({ kind: 'up-to-date', version: 2 });

    // Step 4: the old key is dropped from the builds.
    await editRecord('Байтурсынов');
    await cli('build', content, '--out', feed, '--key', newKey);
    expect(await kioskTrusting(newPublic)()).toEqual({ kind: 'installed', version: 3 });

    // A kiosk whose config still named only the old key would now refuse, which step 3's check finds first.
    await writeFile(config, JSON.stringify({ trustedKeys: [oldPublic] }));
    expect((await run(['verify', feed, '--pub', config])).code).toBe(1);
    expect(await kioskTrusting(oldPublic)()).toMatchObject({
      kind: 'rejected',
      error: { code: 'signature', reason: 'unknown-key' },
    });
  });
});
