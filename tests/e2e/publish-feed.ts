// Publishes feeds for the end-to-end tests with the real curator CLI, as a curator would.

import { execFileSync } from 'node:child_process';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { NamesShard } from '../../src/feed/content-schema.ts';
import type { Manifest, ObjectEntry, ObjectRole } from '../../src/feed/manifest-schema.ts';
import { objectPath } from '../../src/feed/manifest-schema.ts';
import { readUnverifiedManifest } from '../../src/feed/verify-manifest.ts';
import { DEMO_CONTENT_DIR, DEMO_KEY_FILE, E2E_FEED_DIR, E2E_TEMPLATE_FEED_DIR, PROJECT_ROOT } from './e2e-paths.ts';

export function buildFeed(contentDir: string, outDir: string): void {
  execFileSync(
    path.join(PROJECT_ROOT, 'node_modules/.bin/tsx'),
    ['src/curator/cli.ts', 'build', contentDir, '--out', outDir, '--key', DEMO_KEY_FILE],
    { cwd: PROJECT_ROOT, stdio: 'pipe' },
  );
}

/**
 * Builds the demo content as changed by `edit` (given the copy's folder) into `outDir`, which
 * holds a feed already: the build publishes it as the next version, as a curator's edit would.
 */
export function buildEdition(name: string, edit: (contentDir: string) => void, outDir = E2E_FEED_DIR): void {
  const content = path.join(PROJECT_ROOT, 'tests/.tmp', name);
  rmSync(content, { recursive: true, force: true });
  cpSync(DEMO_CONTENT_DIR, content, { recursive: true });
  edit(content);
  buildFeed(content, outDir);
}

/** Publishes the demo with `prefix` before its English title, as the next version of `feedDir`. */
export function publishRetitledDemo(prefix: string, feedDir = E2E_FEED_DIR): void {
  buildEdition(
    'content-retitled',
    (content) => {
      const exhibitFile = path.join(content, 'exhibit.yaml');
      writeFileSync(exhibitFile, readFileSync(exhibitFile, 'utf8').replace(/^(\s+en:\s*")/m, `$1${prefix}`));
    },
    feedDir,
  );
}

/** Serves the pristine demo feed (version 1) at /feed/. */
export function resetFeed(): void {
  rmSync(E2E_FEED_DIR, { recursive: true, force: true });
  cpSync(E2E_TEMPLATE_FEED_DIR, E2E_FEED_DIR, { recursive: true });
}

export function readManifest(feedDir = E2E_FEED_DIR): Manifest {
  return readUnverifiedManifest(readFileSync(path.join(feedDir, 'manifest.json')));
}

/** Reads the JSON document of a role from a feed, as the kiosk will show it. */
export function readDocument<T>(role: ObjectRole, feedDir = E2E_FEED_DIR): T {
  const entry = readManifest(feedDir).objects.find((object) => object.role === role);
  if (!entry) throw new Error(`feed has no ${role} object`);
  return JSON.parse(readFileSync(path.join(feedDir, objectPath(entry)), 'utf8')) as T;
}

/** A record with a plain Cyrillic name, which the search must find from its name typed on screen. */
export function plainRecord(): { id: string; surname: string; typed: string; shard: ObjectEntry } {
  const entry = readManifest().objects.find((object) => object.role === 'names')!;
  const shard = JSON.parse(readFileSync(path.join(E2E_FEED_DIR, objectPath(entry)), 'utf8')) as NamesShard;
  const record = shard.records.find(
    (r) => !r.restricted && /^[а-яё]{5,}$/i.test(r.surname) && /^[а-яё]{3,}$/i.test(r.givenName),
  )!;
  return { id: record.id, surname: record.surname, typed: `${record.surname} ${record.givenName.slice(0, 3)}`, shard: entry };
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
