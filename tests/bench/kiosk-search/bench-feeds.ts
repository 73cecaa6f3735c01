// The feeds the kiosk search benchmark serves: the demo exhibit as it is, and the demo exhibit
// with its register replaced by a synthetic one of N records, made with the real curator CLI.
// The synthetic content and feed are cached by N under tests/.tmp/, so a rerun skips them;
// delete the folder after changing the generator or the feed format.

import { cpSync, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_DIR, runQuietly } from '../vite-preview.ts';

export const BENCH_DIR = path.join(PROJECT_DIR, 'tests/.tmp/kiosk-search');
const DEMO_CONTENT_DIR = path.join(PROJECT_DIR, 'media');
const KEY_FILE = 'media/DEMO-ONLY-signing-key.json';
/** The demo register is `generate-register --records 5000 --seed 1`; the synthetic ones share its seed. */
const REGISTER_SEED = 1;
const REGISTER_FILE = 'names/register.csv';
/** Any expiry re-signs; ten years keeps the bench's feed from expiring under it. */
const NEXT_VERSION_EXPIRY_DAYS = 3650;

export interface BenchFeed {
  feedDir: string;
  /** The content folder the feed was built from. */
  contentDir: string;
  /** The register CSV the feed was built from (without names/public-figures.csv). */
  registerFile: string;
}

function buildFeed(contentDir: string, feedDir: string): void {
  // Built beside the target and renamed, so an interrupted build is never taken for a cached one.
  const partial = `${feedDir}.partial`;
  rmSync(partial, { recursive: true, force: true });
  runQuietly('node_modules/.bin/tsx', ['src/curator/cli.ts', 'build', contentDir, '--out', partial, '--key', KEY_FILE]);
  rmSync(feedDir, { recursive: true, force: true });
  renameSync(partial, feedDir);
}

/** The demo exhibit's feed, rebuilt every run: it takes a second and media/ may have changed. */
export function demoFeed(): BenchFeed {
  const feedDir = path.join(BENCH_DIR, 'demo/feed');
  mkdirSync(path.dirname(feedDir), { recursive: true });
  buildFeed(DEMO_CONTENT_DIR, feedDir);
  return { feedDir, contentDir: DEMO_CONTENT_DIR, registerFile: path.join(DEMO_CONTENT_DIR, REGISTER_FILE) };
}

/** The demo exhibit with a synthetic register of `records` rows (plus the public figures). */
export function syntheticFeed(records: number, log: (line: string) => void): BenchFeed {
  const dir = path.join(BENCH_DIR, `register-${records}`);
  const contentDir = path.join(dir, 'content');
  const registerFile = path.join(contentDir, REGISTER_FILE);
  const feedDir = path.join(dir, 'feed');
  if (!existsSync(registerFile)) {
    log(`generating a register of ${records.toLocaleString('en-US')} records`);
    rmSync(contentDir, { recursive: true, force: true });
    cpSync(DEMO_CONTENT_DIR, contentDir, {
      recursive: true,
      filter: (source) => path.relative(DEMO_CONTENT_DIR, source) !== REGISTER_FILE,
    });
    // generate-register writes beside the target and renames: the file is whole or absent.
    runQuietly('node_modules/.bin/tsx', [
      'src/curator/cli.ts',
      'generate-register',
      '--records',
      String(records),
      '--seed',
      String(REGISTER_SEED),
      '--out',
      registerFile,
    ]);
  }
  if (!existsSync(feedDir)) {
    log(`building the feed of ${records.toLocaleString('en-US')} records`);
    buildFeed(contentDir, feedDir);
  }
  return { feedDir, contentDir, registerFile };
}

/**
 * A copy of `feed` to serve, so that publishing a next version to it leaves the cached feed as
 * it was; and the publisher. A new expiry re-signs the same objects as a new version (see
 * build-feed.ts), which the kiosk installs and indexes like any other.
 */
export function servedCopy(feed: BenchFeed): { feedDir: string; publishNextVersion: () => void } {
  const feedDir = `${feed.feedDir}-served`;
  rmSync(feedDir, { recursive: true, force: true });
  cpSync(feed.feedDir, feedDir, { recursive: true });
  const publishNextVersion = () =>
    runQuietly('node_modules/.bin/tsx', [
      'src/curator/cli.ts',
      'build',
      feed.contentDir,
      '--out',
      feedDir,
      '--key',
      KEY_FILE,
      '--expires-in',
      String(NEXT_VERSION_EXPIRY_DAYS),
    ]);
  return { feedDir, publishNextVersion };
}
