// Storage faults end to end (docs/design.md §5.5, §5.6), in Chromium's real IndexedDB: stored
// objects damaged between two starts, the store evicted under the running kiosk (CDP's
// Storage.clearDataForOrigin), and a quota too small for an update (simulated in the page, see
// simulated-quota.ts), both foreseen by the estimate and met by a refused write. Each ends
// cleanly with its reason logged (and in the panel) and recovers by itself.

import { expect, test, type Page } from '@playwright/test';
import type { HeartbeatDocument } from '../../src/kiosk/heartbeat/format-json.ts';
import { objectPath } from '../../src/feed/manifest-schema.ts';
import { E2E_BASE_URL, E2E_STORAGE_RECEIVER_PORT } from './e2e-paths.ts';
import { startHeartbeatReceiver } from './heartbeat-receiver.ts';
import { openTechnicianPanel, typeOnScreen, waitForContentVersion } from './kiosk-page.ts';
import { cutFeed } from './network-cut.ts';
import { plainRecord, readManifest, resetFeed } from './publish-feed.ts';
import { editStoredObject, readLogRows, readMetaValue, readStoreState } from './stored-content.ts';
import { installQuota, setQuota } from './simulated-quota.ts';
import { publishUpdate, updateObjects } from './update-feed.ts';

const DEMO_PIN = '2468';

// The feed's requests come from the page itself, where the tests can count and hold them.
test.use({ serviceWorkers: 'block' });
test.beforeEach(() => resetFeed());

/** Object requests by feed path, counted from the call on. */
function countObjectRequests(page: Page): string[] {
  const requested: string[] = [];
  page.on('request', (request) => {
    const { pathname } = new URL(request.url());
    if (pathname.startsWith('/feed/objects/')) requested.push(pathname.slice('/feed/'.length));
  });
  return requested;
}

async function logCodes(page: Page): Promise<string[]> {
  return (await readLogRows(page)).map((row) => row.code ?? '');
}

/** "Being prepared", no content version, `code` logged; then, the feed back, version 1 whole on Home. */
async function expectPreparedThenBack(page: Page, restore: () => Promise<void>, code: string): Promise<void> {
  await expect(page.locator('[data-screen="preparing"]')).toBeVisible();
  await expect(page.locator('html')).not.toHaveAttribute('data-content-version', /./);
  await expect.poll(() => logCodes(page)).toContain(code);
  await restore();
  await waitForContentVersion(page, 1);
  await expect(page.locator('[data-screen="home"]')).toBeVisible();
  expect(await readStoreState(page)).toMatchObject({ active: 1, brokenObjects: [] });
}

test.describe('stored objects damaged between two starts', () => {
  test('an edited names shard is found, logged and fetched alone: the record reads as published', async ({ page }) => {
    const record = plainRecord();
    await page.goto('/');
    await waitForContentVersion(page, 1);
    // A same-length edit: the size still matches, only the hash can tell.
    const altered = `${record.surname.slice(0, -1)}${record.surname.endsWith('а') ? 'о' : 'а'}`;
    await editStoredObject(page, record.shard.sha256, record.surname, altered);

    const requested = countObjectRequests(page);
    await page.reload();
    await waitForContentVersion(page, 1);
    await expect.poll(() => logCodes(page)).toContain('repaired');
    expect(await logCodes(page)).toContain('stored-content-damaged');
    expect(requested).toEqual([objectPath(record.shard)]);
    expect((await readStoreState(page)).brokenObjects).toEqual([]);

    await page.locator('[data-nav="names"]').click();
    await typeOnScreen(page, record.typed);
    await page.locator(`[data-testid="search-result"][data-record-id="${record.id}"]`).click();
    await expect(page.locator('[data-screen="record"]')).toContainText(record.surname);
    await expect(page.locator('[data-screen="record"]')).not.toContainText(altered);
  });

  test('a damaged exhibit shows being prepared, is logged, and comes back by itself', async ({ page, context }) => {
    await page.goto('/');
    await waitForContentVersion(page, 1);
    const exhibit = readManifest().objects.find((entry) => entry.role === 'exhibit')!;
    await editStoredObject(page, exhibit.sha256, null, '{"id":');

    const restore = await cutFeed(context);
    await page.reload();
    await expectPreparedThenBack(page, restore, 'stored-content-damaged');
  });
});

test('the store evicted under the running kiosk: being prepared, logged, reported, downloaded again', async ({
  page,
  context,
}) => {
  const receiver = await startHeartbeatReceiver(E2E_STORAGE_RECEIVER_PORT);
  try {
    await page.goto('/?kiosk=storage-faults');
    await waitForContentVersion(page, 1);
    const restore = await cutFeed(context);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Storage.clearDataForOrigin', { origin: E2E_BASE_URL, storageTypes: 'indexeddb' });
    await expectPreparedThenBack(page, restore, 'storage-evicted');
    const events = () =>
      receiver.received.flatMap((post) =>
        (JSON.parse(post.body) as HeartbeatDocument).events.map((event) => event.kind === 'storage' && event.problem),
      );
    await expect.poll(events, { timeout: 30_000 }).toContain('evicted');
  } finally {
    await receiver.close();
  }
});

test.describe('a quota too small for the update', () => {
  test.beforeEach(({ page }) => installQuota(page));

  const neededBytes = () => updateObjects().reduce((sum, entry) => sum + entry.bytes, 0);

  /** Version 1 stays whole and on screen, version 2's objects are not kept, and the panel says why in plain words. */
  async function expectCleanStop(page: Page, v1Objects: string[]): Promise<void> {
    await expect.poll(async () => (await readMetaValue<{ code?: string }>(page, 'lastSync'))?.code).toBe('storage-full');
    const state = await readStoreState(page);
    expect(state).toMatchObject({ active: 1, versions: [{ version: 1, state: 'active' }], brokenObjects: [] });
    expect(state.objects.sort()).toEqual(v1Objects);
    await expect(page.locator('html')).toHaveAttribute('data-content-version', '1');
    expect(await logCodes(page)).not.toContain('AbortError');

    await openTechnicianPanel(page, DEMO_PIN);
    await page.locator('[data-lang="en"]').click();
    const shortage = page.locator('[data-testid="storage-shortage"]');
    await expect(shortage).toHaveAttribute('data-version', '2');
    await expect(shortage).toHaveAttribute('data-needed-bytes', String(neededBytes()));
    await expect(shortage).toContainText('Not enough storage for version 2: it needs 3.');
    await page.locator('[data-lang="kk"]').click();
    await expect(shortage).toContainText('2 нұсқасына орын жетпейді');
  }

  /** Three syncs after the stop fetch no object: they wait for space. */
  async function expectNoRetryStorm(page: Page, requested: string[]): Promise<void> {
    const before = requested.length;
    await expect
      .poll(async () => (await readLogRows(page)).find((row) => row.code === 'storage-full')?.count ?? 0, { timeout: 60_000 })
      .toBeGreaterThanOrEqual(4);
    expect(requested.slice(before)).toEqual([]);
  }

  /** Version 1 on screen; its objects. */
  async function showFirstVersion(page: Page): Promise<string[]> {
    await page.goto('/');
    await waitForContentVersion(page, 1);
    return (await readStoreState(page)).objects.sort();
  }

  /** Space back: version 2 installs by itself, and the panel's line goes. */
  async function expectRecovery(page: Page): Promise<void> {
    await setQuota(page, null);
    await expect.poll(async () => (await readStoreState(page)).active, { timeout: 60_000 }).toBe(2);
    await expect(page.locator('[data-testid="storage-shortage"]')).toHaveCount(0);
    expect((await readStoreState(page)).brokenObjects).toEqual([]);
  }

  test('foreseen by the estimate: nothing is downloaded, the reason is in the panel, and it installs once space is back', async ({
    page,
  }) => {
    const v1Objects = await showFirstVersion(page);
    await setQuota(page, 512 * 1024);
    const requested = countObjectRequests(page);
    publishUpdate();

    await expectCleanStop(page, v1Objects);
    expect(requested).toEqual([]);
    const shortage = page.locator('[data-testid="storage-shortage"]');
    expect(Number(await shortage.getAttribute('data-available-bytes'))).toBeLessThanOrEqual(512 * 1024);
    await expectNoRetryStorm(page, requested);
    await expectRecovery(page);
  });

  test('met by a refused write mid-download: the staged objects are released, and it installs once space is back', async ({
    page,
  }) => {
    const v1Objects = await showFirstVersion(page);
    const [first] = updateObjects();
    // The first new object passes; the others wait until the quota has shrunk under them.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/feed/objects/**', async (route) => {
      if (!route.request().url().endsWith(objectPath(first!))) await held;
      await route.continue();
    });
    const requested = countObjectRequests(page);
    publishUpdate();
    await expect.poll(async () => (await readStoreState(page)).objects).toContain(first!.sha256);
    await setQuota(page, 64 * 1024);
    release();

    await expectCleanStop(page, v1Objects);
    // The estimate foresaw nothing: the download had begun, and a write was refused.
    expect(requested.length).toBeGreaterThan(1);
    await expectNoRetryStorm(page, requested);
    await expectRecovery(page);
  });
});
