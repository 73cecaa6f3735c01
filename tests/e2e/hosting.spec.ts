// Hosting for real (docs/hosting.md): Debian's nginx serves the kiosk app and, on another
// origin, the feed, each with the configuration shipped in deploy/nginx/. A kiosk syncs across
// origins from it, shows the exhibit and picks up a publication built into the served folder;
// plain requests see the headers the configuration promises.

import { expect, test } from '@playwright/test';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ExhibitDoc, TimelineDoc } from '../../src/feed/content-schema.ts';
import { objectPath, type ObjectEntry } from '../../src/feed/manifest-schema.ts';
import { E2E_NGINX_APP_PORT, E2E_NGINX_FEED_PORT, E2E_TEMPLATE_FEED_DIR, PROJECT_ROOT } from './e2e-paths.ts';
import { chooseLanguage, waitForContentVersion } from './kiosk-page.ts';
import { startNginx, type RunningNginx } from './nginx.ts';
import { publishRetitledDemo, readDocument, readManifest } from './publish-feed.ts';

const PREFIX = path.join(PROJECT_ROOT, 'tests/.tmp/nginx');
const FEED_ROOT = path.join(PREFIX, 'www');
/** The feed lies in a folder below the site's root, as on most hosts: served at /feed/. */
const FEED_DIR = path.join(FEED_ROOT, 'feed');
const KIOSK_ID = 'hosting';

let nginx: RunningNginx;

test.beforeAll(async () => {
  rmSync(PREFIX, { recursive: true, force: true });
  const appRoot = path.join(PREFIX, 'app');
  cpSync(path.join(PROJECT_ROOT, 'dist'), appRoot, { recursive: true });
  cpSync(E2E_TEMPLATE_FEED_DIR, FEED_DIR, { recursive: true });
  const config = JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'tests/e2e/kiosk-config/default.json'), 'utf8')) as object;
  mkdirSync(path.join(appRoot, 'kiosk-config'), { recursive: true });
  writeFileSync(
    path.join(appRoot, 'kiosk-config', `${KIOSK_ID}.json`),
    JSON.stringify({ ...config, kioskId: 'e2e-hosting', feedUrl: `http://127.0.0.1:${E2E_NGINX_FEED_PORT}/feed/` }),
  );
  nginx = await startNginx({
    prefix: PREFIX,
    appRoot,
    appPort: E2E_NGINX_APP_PORT,
    feedRoot: FEED_ROOT,
    feedPort: E2E_NGINX_FEED_PORT,
  });
});

test.afterAll(async () => {
  await nginx?.stop();
});

const feedFile = (file: string) => `${nginx.feedUrl}/feed/${file}`;

test('a kiosk served by nginx syncs from the feed nginx serves on another origin, and takes a new version', async ({ page }) => {
  const exhibit = readDocument<ExhibitDoc>('exhibit', FEED_DIR);
  const firstEvent = readDocument<TimelineDoc>('timeline', FEED_DIR).events[0]!;
  const fromFeed: string[] = [];
  page.on('response', (response) => {
    if (response.url().startsWith(nginx.feedUrl) && response.ok()) fromFeed.push(response.url());
  });
  await page.goto(`${nginx.appUrl}/?kiosk=${KIOSK_ID}`);
  await waitForContentVersion(page, 1);
  expect(fromFeed).toContain(feedFile('manifest.json'));
  expect(fromFeed.filter((url) => url.includes('/feed/objects/')).length).toBe(readManifest(FEED_DIR).objects.length);

  await expect(page.locator('[data-screen="home"]')).toContainText(exhibit.title.kk!);
  await page.locator('[data-nav="timeline"]').click();
  await page.locator(`[data-testid="timeline-event"][data-event-id="${firstEvent.id}"]`).click();
  await expect(page.locator('[data-screen="event"]')).toContainText(firstEvent.title.kk!);
  await page.locator('[data-nav="testimonies"]').click();
  await page.locator('[data-testid="testimony-item"]').first().click();
  await page.locator('[data-testid="play"]').click();
  await expect(page.locator('[data-testid="transcript-line"]').nth(1)).toHaveAttribute('aria-current', 'true', {
    timeout: 20_000,
  });

  // A curator builds straight into the folder nginx serves: the kiosk sees the new version, never half of it.
  publishRetitledDemo('Hosted by nginx · ', FEED_DIR);
  await waitForContentVersion(page, 2);
  await chooseLanguage(page, 'en');
  await page.locator('[data-nav="home"]').click();
  await expect(page.locator('[data-screen="home"]')).toContainText('Hosted by nginx · ');
});

test('nginx answers the feed with the cache rules, types, compression and ranges kiosks need', async () => {
  const manifestUrl = feedFile('manifest.json');
  const manifest = await fetch(manifestUrl, { headers: { 'Accept-Encoding': 'gzip' } });
  expect(manifest.status).toBe(200);
  expect(manifest.headers.get('cache-control')).toBe('no-cache');
  expect(manifest.headers.get('content-type')).toBe('application/json; charset=utf-8');
  expect(manifest.headers.get('content-encoding')).toBe('gzip');
  expect(manifest.headers.get('vary')).toContain('Accept-Encoding');
  expect(manifest.headers.get('access-control-allow-origin')).toBe('*');
  const etag = manifest.headers.get('etag')!;
  expect((await fetch(manifestUrl, { headers: { 'Accept-Encoding': 'gzip', 'If-None-Match': etag } })).status).toBe(304);

  const { objects } = readManifest(FEED_DIR);
  for (const entry of objects) {
    const head = await fetch(feedFile(objectPath(entry)), { method: 'HEAD' });
    expect(head.status, entry.name).toBe(200);
    expect(head.headers.get('content-type')!.split(';')[0], entry.name).toBe(entry.type);
    expect(head.headers.get('cache-control'), entry.name).toBe('public, max-age=31536000, immutable');
  }

  const json = objects.find((entry) => entry.role === 'names')!;
  const media = objects.filter((entry) => entry.role === 'media' && !entry.type.startsWith('text/'));
  expect(media.map((entry) => entry.type)).toEqual(expect.arrayContaining(['audio/ogg', 'video/mp4', 'image/webp']));
  const encodingOf = async (entry: ObjectEntry) =>
    (await fetch(feedFile(objectPath(entry)), { headers: { 'Accept-Encoding': 'gzip' } })).headers.get('content-encoding');
  expect(await encodingOf(json)).toBe('gzip');
  for (const entry of media) expect(await encodingOf(entry), entry.name).toBeNull();

  const video = media.find((entry) => entry.type === 'video/mp4')!;
  const part = await fetch(feedFile(objectPath(video)), { headers: { Range: 'bytes=100-199' } });
  expect(part.status).toBe(206);
  expect(part.headers.get('content-range')).toBe(`bytes 100-199/${video.bytes}`);
  expect((await part.arrayBuffer()).byteLength).toBe(100);

  // A preflight, should a kiosk ever send a header that is not CORS-safelisted.
  const preflight = await fetch(feedFile(objectPath(video)), {
    method: 'OPTIONS',
    headers: { Origin: nginx.appUrl, 'Access-Control-Request-Method': 'GET', 'Access-Control-Request-Headers': 'range' },
  });
  expect(preflight.status).toBe(204);
  expect(preflight.headers.get('access-control-allow-origin')).toBe('*');
  expect(preflight.headers.get('access-control-allow-headers')).toContain('Range');

  // An object not uploaded yet must not be cached for a year, and a build's journal is not served.
  const missing = await fetch(feedFile(`objects/${'0'.repeat(64)}.json`));
  expect(missing.status).toBe(404);
  expect(missing.headers.get('cache-control')).toBeNull();
  writeFileSync(path.join(FEED_DIR, '.eske-build.json'), '{}');
  expect((await fetch(feedFile('.eske-build.json'))).status).toBe(404);
  rmSync(path.join(FEED_DIR, '.eske-build.json'));
});

test('nginx answers the kiosk app as docs/kiosk-install.md says', async () => {
  const html = await fetch(`${nginx.appUrl}/`);
  expect(html.headers.get('cache-control')).toBe('no-cache');
  expect((await fetch(`${nginx.appUrl}/service-worker.js`)).headers.get('cache-control')).toBe('no-cache');
  expect((await fetch(`${nginx.appUrl}/kiosk-config/${KIOSK_ID}.json`)).headers.get('cache-control')).toBe('no-cache');
  expect((await fetch(`${nginx.appUrl}/kiosk-config/nobody.json`)).status).toBe(404);
  const asset = /\/assets\/[^"]+\.js/.exec(await html.text())![0];
  expect((await fetch(`${nginx.appUrl}${asset}`)).headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
});
