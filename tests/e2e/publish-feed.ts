// Publishes feeds for the end-to-end tests with the real curator CLI, as a curator would.

import { execFileSync } from 'node:child_process';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Manifest, ObjectRole } from '../../src/feed/manifest-schema.ts';
import { objectPath } from '../../src/feed/manifest-schema.ts';
import { DEMO_CONTENT_DIR, DEMO_KEY_FILE, E2E_FEED_DIR, E2E_TEMPLATE_FEED_DIR, PROJECT_ROOT } from './e2e-paths.ts';

export function buildFeed(contentDir: string, outDir: string): void {
  execFileSync(
    path.join(PROJECT_ROOT, 'node_modules/.bin/tsx'),
    ['src/curator/cli.ts', 'build', contentDir, '--out', outDir, '--key', DEMO_KEY_FILE],
    { cwd: PROJECT_ROOT, stdio: 'pipe' },
  );
}

/** Publishes the demo with `prefix` before its English title, as the next version of `feedDir`. */
export function publishRetitledDemo(prefix: string, feedDir = E2E_FEED_DIR): void {
  const content = path.join(PROJECT_ROOT, 'tests/.tmp/content-retitled');
  rmSync(content, { recursive: true, force: true });
  cpSync(DEMO_CONTENT_DIR, content, { recursive: true });
  const exhibitFile = path.join(content, 'exhibit.yaml');
  writeFileSync(exhibitFile, readFileSync(exhibitFile, 'utf8').replace(/^(\s+en:\s*")/m, `$1${prefix}`));
  buildFeed(content, feedDir);
}

/** Serves the pristine demo feed (version 1) at /feed/. */
export function resetFeed(): void {
  rmSync(E2E_FEED_DIR, { recursive: true, force: true });
  cpSync(E2E_TEMPLATE_FEED_DIR, E2E_FEED_DIR, { recursive: true });
}

export function readManifest(feedDir = E2E_FEED_DIR): Manifest {
  return JSON.parse(readFileSync(path.join(feedDir, 'manifest.json'), 'utf8')) as Manifest;
}

/** Reads the JSON document of a role from a feed, as the kiosk will show it. */
export function readDocument<T>(role: ObjectRole, feedDir = E2E_FEED_DIR): T {
  const entry = readManifest(feedDir).objects.find((object) => object.role === role);
  if (!entry) throw new Error(`feed has no ${role} object`);
  return JSON.parse(readFileSync(path.join(feedDir, objectPath(entry)), 'utf8')) as T;
}

/** Flips one byte of the published manifest, leaving its signature as it was. */
export function tamperManifest(): void {
  const file = path.join(E2E_FEED_DIR, 'manifest.json');
  const bytes = readFileSync(file);
  // The last digit of the year in publishedAt: still valid JSON, so only the signature can tell.
  let at = bytes.indexOf('"publishedAt"');
  while (at < bytes.length && !(bytes[at]! >= 0x30 && bytes[at]! <= 0x39)) at++;
  at += 3;
  bytes[at] = bytes[at] === 0x31 ? 0x32 : 0x31;
  writeFileSync(file, bytes);
}
