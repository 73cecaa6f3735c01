// docs/design.md §4's promise for the feed folder, by fault injection in the manner of SQLite's
// crash tests: a build is run through a FeedFs that copies the folder before every change (what
// a power cut there would leave) or fails one change (a full disk); whatever happens, the folder
// then holds the earlier feed or the new one, byte for byte, and nothing else.

import { execFileSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, stat, statfs, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFeed } from '../../../../src/curator/build/build-feed.ts';
import { nodeFeedFs, type FeedFs } from '../../../../src/curator/build/feed-fs.ts';
import { JOURNAL_FILE, recoverFeedFolder } from '../../../../src/curator/build/feed-transaction.ts';
import { publishFeed } from '../../../../src/curator/build/publish-feed.ts';
import { CliError } from '../../../../src/curator/cli-error.ts';
import type { SigningKey } from '../../../../src/curator/signing-key.ts';
import { sha256Hex } from '../../../../src/feed/sha256.ts';
import { MINIMAL, NOW, readDemoKey, testBuildOptions } from './test-build-options.ts';

let tmp: string;
let key: SigningKey;
/** The minimal folder with one register row, one transcript and one event text edited: four new objects. */
let edited: string;

beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'eske-transaction-'));
  key = await readDemoKey();
  edited = path.join(tmp, 'edited');
  await cp(MINIMAL, edited, { recursive: true });
  const edit = async (file: string, from: string, to: string) =>
    writeFile(path.join(edited, file), (await readFile(path.join(edited, file), 'utf8')).replace(from, to));
  await edit('names/register.csv', 'Сейфуллин', 'Сейфуллин-Edited');
  await edit('files/t01.en.vtt', 'WEBVTT', 'WEBVTT\n\nNOTE edited');
  await edit('timeline/1930-famine.md', 'The famine began.', 'The famine began in 1930.');
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

let count = 0;
const options = (contentDir: string, feedDir: string, fs?: FeedFs) =>
  testBuildOptions(key, path.join(tmp, 'variant-cache'), { contentDir, feedDir, fs });

/** Every file and folder under `dir` with the SHA-256 of each file, or null when `dir` is absent. */
async function snapshot(dir: string): Promise<Record<string, string> | null> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => null);
  if (!entries) return null;
  const files: Record<string, string> = {};
  for (const entry of entries) {
    const file = path.join(entry.parentPath, entry.name);
    files[path.relative(dir, file)] = entry.isFile() ? await sha256Hex(await readFile(file)) : 'folder';
  }
  return files;
}

/** A feed folder built from the minimal content, or none, as the state before the build under test. */
async function earlierFeed(withFeed: boolean): Promise<string> {
  const feedDir = path.join(tmp, `feed-${++count}`);
  if (withFeed) expect((await buildFeed(options(MINIMAL, feedDir))).outcome).toBe('published');
  return feedDir;
}

/**
 * The real file operations, with a copy of the folder taken just before each one, and in the
 * middle of each write (half its bytes there): the folder as a power cut at that moment leaves it.
 */
function crashCopies(feedDir: string, copies: string[]): FeedFs {
  const copy = async () => {
    const to = `${feedDir}-crash-${copies.length}`;
    copies.push(to);
    if (await stat(feedDir).catch(() => null)) await cp(feedDir, to, { recursive: true });
  };
  const before =
    <A extends unknown[]>(operation: (...args: A) => Promise<void>) =>
    async (...args: A) => {
      await copy();
      await operation(...args);
    };
  return {
    mkdir: before(nodeFeedFs.mkdir),
    writeFile: async (file, data, options) => {
      await copy();
      await writeFile(file, typeof data === 'string' ? data.slice(0, data.length / 2) : data.subarray(0, data.length / 2));
      await copy();
      // Gone again, so that an exclusive write (the journal) finds no file there.
      await rm(file);
      await nodeFeedFs.writeFile(file, data, options);
    },
    rename: before(nodeFeedFs.rename),
    remove: before(nodeFeedFs.remove),
    removeFolder: before(nodeFeedFs.removeFolder),
  };
}

/** The real file operations, but the `failAt`-th write or mkdir fails as on a full disk, after writing half. */
function fullDiskAt(failAt: number): FeedFs & { writes: () => number } {
  let writes = 0;
  const noSpace = () => Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
  return {
    ...nodeFeedFs,
    mkdir: async (folder) => {
      if (++writes === failAt) throw noSpace();
      await nodeFeedFs.mkdir(folder);
    },
    writeFile: async (file, data, options) => {
      if (++writes === failAt) {
        await writeFile(file, typeof data === 'string' ? data.slice(0, 1) : data.subarray(0, 1));
        throw noSpace();
      }
      await nodeFeedFs.writeFile(file, data, options);
    },
    writes: () => writes,
  };
}

describe('FeedTransaction', () => {
  describe.each([
    ['an update', true],
    ['a first build', false],
  ])('when %s is cut off at any point', (_, withFeed) => {
    it('the next build finds the earlier feed or the new one, byte for byte', { timeout: 120_000 }, async () => {
      const feedDir = await earlierFeed(withFeed);
      const before = await snapshot(feedDir);
      const copies: string[] = [];
      expect((await buildFeed(options(edited, feedDir, crashCopies(feedDir, copies)))).outcome).toBe('published');
      const after = await snapshot(feedDir);
      expect(copies.length).toBeGreaterThan(20);

      const found = { before: 0, after: 0 };
      for (const [index, copy] of copies.entries()) {
        await recoverFeedFolder(copy);
        let state = await snapshot(copy);
        // The one mark a power cut can leave: the new folder made, its journal not yet written
        // (the journal lives in it). It is empty, and a build into it is a first build again.
        if (before === null && JSON.stringify(state) === '{}') state = null;
        if (JSON.stringify(state) === JSON.stringify(before)) found.before++;
        else {
          expect(state, `crash point ${index}`).toEqual(after);
          found.after++;
        }
      }
      // Both sides of the commit were hit: the points before it and the renames after it.
      expect(found.before).toBeGreaterThan(0);
      expect(found.after).toBeGreaterThan(0);
    });
  });

  it('takes back everything when any write fails as on a full disk', { timeout: 120_000 }, async () => {
    const template = await earlierFeed(true);
    const before = await snapshot(template);
    const counting = fullDiskAt(0);
    await buildFeed(options(edited, await copyOf(template), counting));
    expect(counting.writes()).toBeGreaterThan(8);
    for (let failAt = 1; failAt <= counting.writes(); failAt++) {
      const feedDir = await copyOf(template);
      const error = await buildFeed(options(edited, feedDir, fullDiskAt(failAt))).catch((caught: unknown) => caught);
      expect(error, `write ${failAt}`).toBeInstanceOf(CliError);
      expect((error as CliError).code).toBe('feed.write-failed');
      expect((error as CliError).message).toContain('no space left on the device');
      expect(await snapshot(feedDir), `write ${failAt}`).toEqual(before);
    }
  });

  it(
    'takes back everything on a real full disk (a small tmpfs, where this process may mount one)',
    { timeout: 120_000 },
    async (context) => {
      const disk = path.join(tmp, 'small-disk');
      await mkdir(disk);
      try {
        execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', disk], { stdio: 'ignore' });
      } catch {
        context.skip('cannot mount a tmpfs here (needs root); the injected faults above cover the same points');
      }
      try {
        const template = await earlierFeed(true);
        const before = await snapshot(template);
        const outcomes = new Set<string>();
        // From no room at all to enough: the disk fills at a different write each time.
        for (let room = 0; room <= 96 * 1024; room += 8 * 1024) {
          await rm(path.join(disk, 'feed'), { recursive: true, force: true });
          await rm(path.join(disk, 'filler'), { force: true });
          await cp(template, path.join(disk, 'feed'), { recursive: true });
          const { bavail, bsize } = await statfs(disk);
          await writeFile(path.join(disk, 'filler'), new Uint8Array(Math.max(0, bavail * bsize - room)));
          const result = await buildFeed(options(edited, path.join(disk, 'feed'))).catch((error: unknown) => error);
          if (result instanceof CliError) {
            expect(result.code, `room ${room}`).toBe('feed.write-failed');
            expect(await snapshot(path.join(disk, 'feed')), `room ${room}`).toEqual(before);
            outcomes.add('refused');
          } else {
            expect(result, `room ${room}`).toMatchObject({ outcome: 'published' });
            outcomes.add('published');
          }
        }
        expect([...outcomes].sort()).toEqual(['published', 'refused']);
      } finally {
        execFileSync('umount', [disk]);
      }
    },
  );

  it('refuses a folder another process is writing, and touches nothing', async () => {
    const feedDir = await earlierFeed(true);
    // The test runner's parent process: alive for as long as this test runs.
    const journal = { format: 'eske-feed-journal/1', pid: process.ppid, token: 'elsewhere', startedAt: NOW.toISOString() };
    await writeFile(
      path.join(feedDir, JOURNAL_FILE),
      JSON.stringify({ ...journal, phase: 'objects', folders: [], objects: [], control: [] }),
    );
    const before = await snapshot(feedDir);
    await expect(buildFeed(options(edited, feedDir))).rejects.toMatchObject({ code: 'feed.busy' });
    expect(await snapshot(feedDir)).toEqual(before);
  });

  it('stops when another build published since this one read the feed', async () => {
    const feedDir = await earlierFeed(true);
    const control = [{ file: 'manifest.json', bytes: '{}' }];
    await expect(publishFeed(feedDir, [], control, { baseVersion: null })).rejects.toMatchObject({ code: 'feed.changed' });
  });

  it('sweeps temporary files whose writer is gone', async () => {
    const feedDir = await earlierFeed(true);
    const before = await snapshot(feedDir);
    // Process ids stay below 2^22 on Linux.
    await writeFile(path.join(feedDir, '.manifest.json.4999999.tmp'), 'half a manifest');
    await writeFile(path.join(feedDir, 'objects', `.${'0'.repeat(64)}.json.4999999.tmp`), '{');
    await recoverFeedFolder(feedDir);
    expect(await snapshot(feedDir)).toEqual(before);
  });
});

async function copyOf(template: string): Promise<string> {
  const feedDir = path.join(tmp, `feed-${++count}`);
  await cp(template, feedDir, { recursive: true });
  return feedDir;
}
