// The Curator Studio (docs/design.md §8.1) against the real studio server on a copy of the demo
// exhibit: an event edited in three languages, saved, and seen in the preview kiosk in each;
// a draft that outlives a reload; a published version that `feed verify` accepts; and requests of
// other origins and hosts refused.

import { execFileSync, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import path from 'node:path';
import { expect, test, type FrameLocator, type Page } from '@playwright/test';
import { PROJECT_ROOT } from './e2e-paths.ts';
import { startStudio, stopStudio } from './studio-process.ts';

/** The studio's test ports (4560–4569); ESKE_STUDIO_E2E_PORT moves them for a second checkout. */
const PORT = Number(process.env.ESKE_STUDIO_E2E_PORT ?? 4560);
const STUDIO_URL = `http://localhost:${PORT}/`;
const CONTENT_DIR = path.join(PROJECT_ROOT, 'tests/.tmp/studio-content');
const FEED_DIR = path.join(PROJECT_ROOT, 'tests/.tmp/studio-feed');
const EVENT = '1916-uprising';
const EVENT_FILE = path.join(CONTENT_DIR, 'timeline', `${EVENT}.md`);
const TITLES = {
  kk: '1916 жылғы ұлт-азаттық көтерілісі (студияда түзетілді)',
  ru: 'Национально-освободительное восстание 1916 года (правка в студии)',
  en: 'The national liberation uprising of 1916 (edited in the studio)',
};

let studio: ChildProcess;

test.describe.configure({ mode: 'serial' });
test.use({ viewport: { width: 1600, height: 1000 }, baseURL: STUDIO_URL });

test.beforeAll(async () => {
  studio = await startStudio({ contentDir: CONTENT_DIR, feedDir: FEED_DIR, port: PORT });
});

test.afterAll(() => stopStudio(studio));

/** A raw request to the studio, with the Host and Origin a hostile page or a rebound DNS name would send. */
function statusOf(method: string, target: string, headers: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port: PORT, method, path: target, headers }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end(method === 'GET' ? undefined : '{}');
  });
}

async function openEvent(page: Page): Promise<void> {
  await page.goto('/');
  await page.locator('[data-nav="timeline"]').click();
  await page.locator(`[data-testid="entry"][data-entry-id="${EVENT}"]`).click();
  await expect(page.locator('[data-field="title.en"]')).toBeVisible();
}

function previewFrame(page: Page): FrameLocator {
  return page.frameLocator('[data-testid="preview-frame"]');
}

test('refuses requests of other hosts and origins', async () => {
  expect(await statusOf('GET', '/api/overview', { host: `evil.example:${PORT}` })).toBe(403);
  expect(await statusOf('GET', '/api/overview', { host: `localhost:${PORT}`, origin: 'http://evil.example' })).toBe(403);
  expect(
    await statusOf('PUT', `/api/entries/timeline/${EVENT}`, {
      host: `localhost:${PORT}`,
      origin: 'http://evil.example',
      'content-type': 'application/json',
    }),
  ).toBe(403);
  expect(await statusOf('GET', '/api/overview', { host: `localhost:${PORT}` })).toBe(200);
});

test('keeps a draft in the browser across a reload, and writes nothing until Save', async ({ page }) => {
  const before = readFileSync(EVENT_FILE, 'utf8');
  await openEvent(page);
  await page.locator('[data-field="title.en"]').fill(TITLES.en);
  await expect(page.locator('[data-testid="save-status"]')).toHaveAttribute('data-dirty', 'true');
  await page.reload();
  await page.locator('[data-nav="timeline"]').click();
  await expect(page.locator(`[data-entry-id="${EVENT}"] [data-testid="entry-unsaved"]`)).toBeVisible();
  await page.locator(`[data-testid="entry"][data-entry-id="${EVENT}"]`).click();
  await expect(page.locator('[data-field="title.en"]')).toHaveValue(TITLES.en);
  expect(readFileSync(EVENT_FILE, 'utf8')).toBe(before);
});

test('the Check lists a draft’s problem, and Fix opens the editor at its field', async ({ page }) => {
  await openEvent(page);
  await page.locator('[data-field="date"]').fill('1916-13');
  await page.locator('[data-nav="check"]').click();
  const problem = page.locator(`[data-testid="check-problem"][data-file="timeline/${EVENT}.md"][data-severity="error"]`);
  await expect(problem).toHaveAttribute('data-code', 'key.invalid');
  await problem.locator('[data-testid="check-fix"]').click();
  await expect(page.locator('[data-field="date"]')).toBeFocused();
  await expect(page.locator('[data-field="date"]')).toHaveValue('1916-13');
});

test('an event edited in three languages and saved shows in the preview kiosk in each', async ({ page }) => {
  await openEvent(page);
  for (const [language, title] of Object.entries(TITLES)) await page.locator(`[data-field="title.${language}"]`).fill(title);
  await page.locator('[data-testid="save"]').click();
  await expect(page.locator('[data-testid="save-status"]')).toHaveAttribute('data-dirty', 'false');
  const saved = readFileSync(EVENT_FILE, 'utf8');
  for (const title of Object.values(TITLES)) expect(saved).toContain(`"${title}"`);

  await page.locator('[data-nav="preview"]').click();
  for (const language of ['kk', 'ru', 'en'] as const) {
    await page.locator(`[data-preview-language="${language}"]`).click();
    await expect(page.locator('[data-testid="preview-status"]')).toHaveAttribute('data-version', /\d+/, { timeout: 60_000 });
    const kiosk = previewFrame(page);
    await expect(kiosk.locator('html')).toHaveAttribute('lang', language, { timeout: 60_000 });
    await kiosk.locator('[data-nav="timeline"]').click({ timeout: 60_000 });
    await expect(
      kiosk.locator(`[data-testid="timeline-event"][data-event-id="${EVENT}"] [data-testid="timeline-event-title"]`),
    ).toHaveText(TITLES[language]);
  }
});

test('publishes a version that feed verify accepts', async ({ page }) => {
  await page.goto('/');
  await page.locator('[data-nav="publish"]').click();
  await expect(page.locator('[data-testid="changes"] [data-kind="events"] [data-change="added"]')).toHaveAttribute(
    'data-count',
    '24',
    {
      timeout: 60_000,
    },
  );
  await page.locator('[data-testid="publish"]').click();
  await expect(page.locator('[data-testid="publish-result"]')).toHaveAttribute('data-version', '1', { timeout: 60_000 });
  const verified = execFileSync(
    path.join(PROJECT_ROOT, 'node_modules/.bin/tsx'),
    ['src/curator/cli.ts', 'verify', FEED_DIR, '--pub', 'kiosk-config/default.json'],
    { cwd: PROJECT_ROOT, encoding: 'utf8' },
  );
  expect(verified).toMatch(/^OK: .* version 1 /m);
});
