import { cp, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFeed } from '../../../../src/curator/build/build-feed.ts';
import { pruneFeed } from '../../../../src/curator/build/prune-feed.ts';
import type { SigningKey } from '../../../../src/curator/signing-key.ts';
import { verifyFeed } from '../../../../src/curator/verify/verify-feed.ts';
import { readManifestFile } from '../../../../src/feed/manifest-envelope.ts';
import { objectPath, type Manifest } from '../../../../src/feed/manifest-schema.ts';
import { parseManifestBytes } from '../../../../src/feed/verify-manifest.ts';
import { run } from '../run-cli.ts';
import { MINIMAL, NOW, readDemoKey, testBuildOptions } from './test-build-options.ts';

let tmp: string;
let key: SigningKey;
/** Versions 1 to 3 of the minimal exhibit, each with one register row more edited. */
let template: string;

async function manifestOf(file: string): Promise<Manifest> {
  return parseManifestBytes(readManifestFile(await readFile(file), Number.POSITIVE_INFINITY).signedBytes);
}

async function objectFiles(feedDir: string): Promise<string[]> {
  return (await readdir(path.join(feedDir, 'objects'))).map((name) => `objects/${name}`).sort();
}

beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'eske-prune-'));
  key = await readDemoKey();
  const content = path.join(tmp, 'content');
  await cp(MINIMAL, content, { recursive: true });
  template = path.join(tmp, 'template');
  const register = path.join(content, 'names/register.csv');
  for (const edit of ['', 'Сейфуллин', 'Иванова']) {
    if (edit) await writeFile(register, (await readFile(register, 'utf8')).replace(edit, `${edit}-edited`));
    const built = await buildFeed(testBuildOptions(key, path.join(tmp, 'cache'), { contentDir: content, feedDir: template }));
    expect(built.outcome).toBe('published');
  }
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

let count = 0;
async function feedCopy(): Promise<string> {
  const feedDir = path.join(tmp, `feed-${++count}`);
  await cp(template, feedDir, { recursive: true });
  return feedDir;
}

describe('pruneFeed', () => {
  it('removes the objects none of the last N versions names, and the older manifest copies', async () => {
    const feedDir = await feedCopy();
    const [v1, v2, v3] = await Promise.all(
      [1, 2, 3].map((version) => manifestOf(path.join(feedDir, `versions/${version}.json`))),
    );
    const named = (manifest: Manifest) => manifest.objects.map(objectPath);
    const onlyInV1 = named(v1!).filter((file) => !named(v2!).includes(file) && !named(v3!).includes(file));
    expect(onlyInV1).toHaveLength(1); // the shard before its first edit

    const plan = await pruneFeed({ feedDir, keep: 2, dryRun: false });
    expect(plan).toMatchObject({ keptVersions: [2, 3], versionCopies: ['versions/1.json'], otherFiles: [] });
    expect(plan.objects.map((object) => object.file)).toEqual(onlyInV1);
    expect(plan.freedBytes).toBe(v1!.objects.find((entry) => objectPath(entry) === onlyInV1[0])!.bytes);
    expect(await objectFiles(feedDir)).toEqual([...new Set([...named(v2!), ...named(v3!)])].sort());
    await expect(stat(path.join(feedDir, 'versions/1.json'))).rejects.toThrow();
    expect((await verifyFeed(feedDir, { keys: [{ publicKey: key.publicKey }], threshold: 1 }, NOW)).failures).toEqual([]);
  });

  it('with --dry-run, says what would go and removes nothing', async () => {
    const feedDir = await feedCopy();
    const before = await objectFiles(feedDir);
    const plan = await pruneFeed({ feedDir, keep: 1, dryRun: true });
    expect(plan.objects).toHaveLength(2);
    expect(plan.versionCopies).toEqual(['versions/1.json', 'versions/2.json']);
    expect(await objectFiles(feedDir)).toEqual(before);
    expect(await readdir(path.join(feedDir, 'versions'))).toHaveLength(3);
  });

  it('keeps every object the live manifest names, whatever versions/ says about it', async () => {
    const feedDir = await feedCopy();
    await cp(path.join(feedDir, 'versions/1.json'), path.join(feedDir, 'versions/3.json'));
    await pruneFeed({ feedDir, keep: 1, dryRun: false });
    expect((await verifyFeed(feedDir, { keys: [{ publicKey: key.publicKey }], threshold: 1 }, NOW)).failures).toEqual([]);
  });

  it('removes nothing when a version it must keep has no copy in versions/', async () => {
    const feedDir = await feedCopy();
    await rm(path.join(feedDir, 'versions/2.json'));
    const before = await objectFiles(feedDir);
    await expect(pruneFeed({ feedDir, keep: 3, dryRun: false })).rejects.toMatchObject({ code: 'prune.history-missing' });
    expect(await objectFiles(feedDir)).toEqual(before);
  });

  it('removes objects no version names, and leaves files that are not objects alone', async () => {
    const feedDir = await feedCopy();
    const stray = `objects/${'a'.repeat(64)}.json`;
    await writeFile(path.join(feedDir, stray), '{}');
    await writeFile(path.join(feedDir, 'objects/README.txt'), 'the curator’s own note');
    const plan = await pruneFeed({ feedDir, keep: 3, dryRun: false });
    expect(plan.objects.map((object) => object.file)).toEqual([stray]);
    expect(plan.otherFiles).toEqual(['objects/README.txt']);
    expect(await objectFiles(feedDir)).toContain('objects/README.txt');
  });

  it('refuses a folder without a feed', async () => {
    await expect(pruneFeed({ feedDir: path.join(tmp, 'nothing'), keep: 1, dryRun: false })).rejects.toMatchObject({
      code: 'prune.not-a-feed',
    });
  });

  it('as a command, lists each file it removes and the bytes freed', { timeout: 60_000 }, async () => {
    const feedDir = await feedCopy();
    const [pruned, zero] = await Promise.all([run(['prune', feedDir, '--keep', '2']), run(['prune', feedDir, '--keep', '0'])]);
    expect(pruned.code).toBe(0);
    const lines = pruned.stdout.trim().split('\n');
    expect(lines[0]).toBe('removed versions/1.json');
    expect(lines[1]).toMatch(/^removed objects\/[0-9a-f]{64}\.json \(0\.0 MB\)$/);
    expect(lines[2]).toMatch(
      /: removed 1 object \(0\.0 MB, [\d,]+ bytes\) and 1 old manifest copy; kept what versions 2–3 need$/,
    );
    expect(zero.code).toBe(2);
  });
});
