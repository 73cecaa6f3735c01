// The technician PIN end to end (docs/design.md §6.1): a kiosk-config that holds only a PBKDF2
// hash of the PIN, checked in the browser; the lock after wrong tries, which a reload does not
// lift and the page clock runs out. Then the panel's maintenance (§6.4): re-download, reset
// (read back from IndexedDB and Cache Storage), the test screen, the app version, its language,
// and its closing when idle.

import { rmSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { E2E_FEED_DIR, PROJECT_ROOT } from './e2e-paths.ts';
import { chooseLanguage, openTechnicianPanel, typeOnScreen, waitForContentVersion } from './kiosk-page.ts';
import { readManifest, resetFeed } from './publish-feed.ts';

const DEMO_PIN = '2468';

/** The PIN whose hash tests/e2e/kiosk-config/hashed-pin.json holds (made with `feed pin-hash`). */
const HASHED_PIN = '913570';

test.beforeEach(() => resetFeed());

async function typePin(page: Page, pin: string): Promise<void> {
  const corner = page.locator('[data-testid="technician-corner"]');
  if (!(await page.locator('[data-testid="pin-prompt"]').isVisible())) {
    for (let i = 0; i < 5; i++) await corner.click({ force: true });
  }
  for (const digit of pin) await page.locator(`[data-key="${digit}"]`).click();
  await page.locator('[data-testid="pin-submit"]').click();
}

test('a hashed PIN opens the panel, with no plain-PIN warning', async ({ page }) => {
  await page.goto('/?kiosk=hashed-pin');
  await waitForContentVersion(page, 1);
  await typePin(page, HASHED_PIN);
  await expect(page.locator('[data-screen="technician"]')).toBeVisible();
  await expect(page.locator('[data-testid="kiosk-id"]')).toHaveText('e2e-hashed-pin');
  await expect(page.locator('[data-testid="plain-pin-warning"]')).toHaveCount(0);
  await expect(page.locator('[data-testid="demo-pin-warning"]')).toHaveCount(0);
});

test('wrong tries lock the prompt across a reload until the lock runs out', async ({ page }) => {
  await page.clock.install();
  await page.goto('/?kiosk=hashed-pin');
  await waitForContentVersion(page, 1);
  const message = page.locator('[data-testid="pin-prompt"] [role="alert"]');
  for (let i = 0; i < 4; i++) {
    await typePin(page, '0000');
    await expect(message).toHaveText('PIN-код қате');
  }
  await typePin(page, '0000');
  await expect(message).toContainText('1 минуттан кейін');

  await page.reload();
  await waitForContentVersion(page, 1);
  await typePin(page, HASHED_PIN);
  await expect(message).toContainText('минуттан кейін');
  await expect(page.locator('[data-screen="technician"]')).toHaveCount(0);

  await page.clock.fastForward('01:01');
  await typePin(page, HASHED_PIN);
  await expect(page.locator('[data-screen="technician"]')).toBeVisible();
});

test('the panel counts today’s visit, search, record and testimony, and nothing of what was typed', async ({ page }) => {
  await page.goto('/');
  await waitForContentVersion(page, 1);
  await page.locator('[data-nav="names"]').click();
  await typeOnScreen(page, 'жан');
  await page.locator('[data-testid="search-result"]').first().click();
  await expect(page.locator('[data-screen="record"]')).toBeVisible();
  await page.locator('[data-nav="testimonies"]').click();
  await page.locator('[data-testid="testimony-item"]').first().click();
  await page.locator('[data-testid="play"]').click();
  await expect(page.locator('[data-testid="play"]')).toHaveAttribute('data-state', 'playing');
  await page.locator('[data-testid="play"]').click();
  await page.locator('[data-testid="play"]').click();

  await openTechnicianPanel(page, '2468');
  const today = page.locator('[data-testid="tech-usage"] tbody tr').first();
  for (const kind of ['visit', 'search', 'record', 'testimony']) {
    await expect(today.locator(`[data-kind="${kind}"]`), kind).toHaveText('1');
  }
  await expect(page.locator('[data-screen="technician"]')).not.toContainText('жан');
});

test('the panel shows the app version and build it runs', async ({ page }) => {
  const { version } = JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8')) as { version: string };
  await page.goto('/');
  await waitForContentVersion(page, 1);
  await openTechnicianPanel(page, DEMO_PIN);
  const appVersion = page.locator('[data-testid="app-version"]');
  await expect(appVersion).toHaveAttribute('data-version', version);
  await expect(appVersion).toHaveAttribute('data-build', /^[0-9a-f]{7,}(\+changes)?$/);
  await expect(appVersion).toContainText(version);
});

test('re-download asks first, then fetches every object again while the exhibit stays on screen', async ({ page }) => {
  await page.goto('/');
  await waitForContentVersion(page, 1);
  const objectRequests: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname.startsWith('/feed/objects/')) objectRequests.push(request.url());
  });
  await openTechnicianPanel(page, DEMO_PIN);

  await page.locator('[data-testid="redownload"]').click();
  await page.locator('[data-testid="confirm-cancel"]').click();
  await expect(page.locator('[data-testid="redownload-confirm"]')).toHaveCount(0);
  expect(objectRequests).toEqual([]);

  await page.locator('[data-testid="redownload"]').click();
  await page.locator('[data-testid="redownload-confirm"]').click();
  await expect(page.locator('[data-testid="tech-log"] li[data-code="redownloaded"]')).toHaveCount(1, { timeout: 60_000 });
  const objects = new Set(readManifest().objects.map((entry) => entry.sha256));
  expect(new Set(objectRequests.map((url) => url.split('/').pop()!.split('.')[0]))).toEqual(objects);
  await expect(page.locator('[data-testid="content-version"]')).toHaveText('1');
  await expect(page.locator('html')).toHaveAttribute('data-content-version', '1');
});

/** Every row count of the kiosk's database, every Cache Storage URL and localStorage key, read in the page. */
function readStore(page: Page) {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('eske');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const counts: Record<string, number> = {};
    const logCodes: string[] = [];
    for (const name of db.objectStoreNames) {
      const store = db.transaction(name).objectStore(name);
      counts[name] = await new Promise<number>(
        (resolve) => (store.count().onsuccess = (event) => resolve((event.target as IDBRequest<number>).result)),
      );
      if (name === 'log') {
        const rows = await new Promise<{ code?: string }[]>(
          (resolve) =>
            (store.getAll().onsuccess = (event) => resolve((event.target as IDBRequest).result as { code?: string }[])),
        );
        logCodes.push(...rows.map((row) => row.code ?? ''));
      }
    }
    db.close();
    const cached: string[] = [];
    for (const name of await caches.keys())
      for (const request of await (await caches.open(name)).keys()) cached.push(request.url);
    return { counts, logCodes, cached, localStorageKeys: Object.keys(localStorage) };
  });
}

test('reset content leaves nothing of the exhibit, shows being prepared and then syncs from scratch', async ({ page }) => {
  await page.goto('/');
  await waitForContentVersion(page, 1);
  await page.locator('[data-nav="names"]').click();
  await openTechnicianPanel(page, DEMO_PIN);
  const before = await readStore(page);
  expect(before.counts.objects).toBeGreaterThan(0);
  expect(before.counts.usage).toBe(1);

  // The feed is unreachable for now, so the store can be read before anything comes back.
  rmSync(path.join(E2E_FEED_DIR, 'manifest.json'));
  await page.locator('[data-testid="reset-content"]').click();
  await page.locator('[data-testid="reset-content-confirm"]').click();
  await expect(page.locator('[data-screen="preparing"]')).toBeVisible();
  await expect(page.locator('html')).not.toHaveAttribute('data-content-version', /./);

  const after = await readStore(page);
  expect(after.counts).toMatchObject({ objects: 0, versions: 0, nameIndexes: 0, usage: 0 });
  // Only the sync attempts since the reload and the heartbeat's totals (the kiosk's own, counting
  // the failed sync's error) are on record in meta: the installed version is gone.
  const meta = await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>(
      (resolve) => (indexedDB.open('eske').onsuccess = (event) => resolve((event.target as IDBOpenDBRequest).result)),
    );
    const keys = await new Promise<IDBValidKey[]>(
      (resolve) =>
        (db.transaction('meta').objectStore('meta').getAllKeys().onsuccess = (event) =>
          resolve((event.target as IDBRequest<IDBValidKey[]>).result)),
    );
    db.close();
    return keys;
  });
  expect(meta.filter((key) => key !== 'lastSync' && key !== 'heartbeatCounters')).toEqual([]);
  expect(after.logCodes).toContain('content-reset');
  expect(after.cached.filter((url) => new URL(url).pathname.startsWith('/feed/'))).toEqual([]);
  expect(after.localStorageKeys.filter((key) => !['eske.kiosk-config.default', 'eske.pin-lock'].includes(key))).toEqual([]);

  resetFeed();
  await waitForContentVersion(page, 1);
  await expect(page.locator('[data-screen="home"]')).toBeVisible();
});

test('the test screen shows the screen’s size, marks each touch and its corner target, and closes', async ({ page }) => {
  await page.goto('/');
  await waitForContentVersion(page, 1);
  await openTechnicianPanel(page, DEMO_PIN);
  await page.locator('[data-testid="test-screen"]').click();
  const pattern = page.locator('[data-testid="test-pattern"]');
  await expect(pattern).toHaveAttribute('data-width', '1920');
  await expect(pattern).toHaveAttribute('data-height', '1080');
  await expect(pattern).toHaveAttribute('data-device-pixel-ratio', '1');
  await expect(page.locator('[data-testid="test-pattern-size"]')).toContainText('1920 × 1080');

  await page.touchscreen.tap(40, 40);
  await page.touchscreen.tap(1890, 1050);
  await page.touchscreen.tap(700, 300);
  await expect(page.locator('[data-testid="corner-target"][data-hit="true"]')).toHaveCount(2);
  await expect(page.locator('[data-testid="corner-target"][data-corner="top-left"]')).toHaveAttribute('data-hit', 'true');
  await expect(page.locator('[data-testid="corner-target"][data-corner="bottom-right"]')).toHaveAttribute('data-hit', 'true');
  await expect(page.locator('[data-testid="touch-mark"][data-x="700"][data-y="300"]')).toHaveCount(1);
  // The corner tap landed on the test screen, not on the technician corner beneath it.
  await expect(page.locator('[data-testid="pin-prompt"]')).toHaveCount(0);

  await page.locator('[data-testid="test-pattern-close"]').click();
  await expect(pattern).toHaveCount(0);
  await expect(page.locator('[data-screen="technician"]')).toBeVisible();
});

test('the panel speaks its own language: sizes, durations, dates and log levels', async ({ page }) => {
  await page.goto('/');
  await waitForContentVersion(page, 1);
  await openTechnicianPanel(page, DEMO_PIN);
  await chooseLanguage(page, 'ru');
  await expect(page.locator('[data-testid="storage"]')).toContainText(/\d КБ|\d МБ|\d ГБ/);
  await expect(page.locator('[data-testid="last-sync"]')).toContainText(
    /\d{1,2} (января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря) \d{4}, \d\d:\d\d:\d\d/,
  );
  await expect(page.locator('[data-testid="tech-log"] li').first()).toContainText(/инфо|предупр\.|ошибка/);
  await chooseLanguage(page, 'en');
  await expect(page.locator('[data-testid="storage"]')).toContainText(/\d (KB|MB|GB)/);
});

test('the panel closes itself after idleSeconds without a touch, like any visit', async ({ page }) => {
  await page.clock.install();
  await page.goto('/');
  await waitForContentVersion(page, 1);
  await openTechnicianPanel(page, DEMO_PIN);
  await page.locator('[data-testid="reset-content"]').click();
  await chooseLanguage(page, 'en');

  // tests/e2e/kiosk-config/default.json: idleSeconds 90.
  await page.clock.runFor('01:00');
  await expect(page.locator('[data-screen="technician"]')).toBeVisible();
  await page.clock.runFor('00:35');
  await expect(page.locator('[data-screen="home"]')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'kk');

  await openTechnicianPanel(page, DEMO_PIN);
  await expect(page.locator('[data-testid="reset-content-confirm"]')).toHaveCount(0);
});
