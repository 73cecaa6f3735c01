// A second edition of the demo feed for the fault tests, built once by the real CLI: a new title,
// an edited register (a new names shard of 2.8 MB) and two recordings changed, so that an update
// has several objects to download and a cut can fall in any of them.

import { appendFileSync, cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ObjectEntry } from '../../src/feed/manifest-schema.ts';
import { E2E_FEED_DIR, E2E_TEMPLATE_FEED_DIR, PROJECT_ROOT } from './e2e-paths.ts';
import { buildEdition, readManifest } from './publish-feed.ts';

const UPDATE_FEED_DIR = path.join(PROJECT_ROOT, 'tests/.tmp/update-feed');
export const UPDATE_TITLE_PREFIX = 'Second edition · ';

let built = false;

/** The template feed with version 2 built over it, made at the first call of this test process. */
function updateFeedDir(): string {
  if (built) return UPDATE_FEED_DIR;
  rmSync(UPDATE_FEED_DIR, { recursive: true, force: true });
  cpSync(E2E_TEMPLATE_FEED_DIR, UPDATE_FEED_DIR, { recursive: true });
  buildEdition(
    'content-update',
    (content) => {
      const edit = (file: string, change: (text: string) => string) =>
        writeFileSync(path.join(content, file), change(readFileSync(path.join(content, file), 'utf8')));
      edit('exhibit.yaml', (text) => text.replace(/^(\s+en:\s*")/m, `$1${UPDATE_TITLE_PREFIX}`));
      edit('names/register.csv', (text) => text.replaceAll('ЦГА РК', 'ЦГА Республики Казахстан'));
      // Bytes after the end of the stream: a new object, which no test plays.
      for (const file of ['files/t01.ogg', 'files/t02.ogg']) appendFileSync(path.join(content, file), 'second edition');
    },
    UPDATE_FEED_DIR,
  );
  built = true;
  return UPDATE_FEED_DIR;
}

/** Serves version 2 at /feed/, its objects beside those of version 1, as a host would. */
export function publishUpdate(): void {
  cpSync(updateFeedDir(), E2E_FEED_DIR, { recursive: true, force: true });
}

/** The objects version 2 adds to version 1, in manifest order. */
export function updateObjects(): ObjectEntry[] {
  const first = new Set(readManifest(E2E_TEMPLATE_FEED_DIR).objects.map((entry) => entry.sha256));
  return readManifest(updateFeedDir()).objects.filter((entry) => !first.has(entry.sha256));
}
