// Syncs interrupted end to end (docs/design.md §5.2, §5.3): the network cut at 10 %, 50 % and 90 %
// of the bytes of a first sync and of an update, and the kiosk killed (its page's renderer, once
// the whole browser) at points of staging and of the switch. What is on screen stays whole (the
// old version, or "being prepared" on a first install), a reopened kiosk finds exactly one
// complete version, and the next sync fetches only the objects that had not been stored, each once.

import { expect, test, type Page } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ObjectEntry } from '../../src/feed/manifest-schema.ts';
import { objectPath } from '../../src/feed/manifest-schema.ts';
import { crashAtSwitch, crashBrowser, crashPage, launchKioskBrowser, reopen } from './kill-page.ts';
import { chooseLanguage, waitForContentVersion } from './kiosk-page.ts';
import { NetworkCut } from './network-cut.ts';
import { readManifest, resetFeed } from './publish-feed.ts';
import { readMetaValue, readStoreState, type StoreState } from './stored-content.ts';
import { publishUpdate, UPDATE_TITLE_PREFIX, updateObjects } from './update-feed.ts';

// The feed's requests come from the page itself, where the tests can cut and count them.
test.use({ serviceWorkers: 'block' });
test.beforeEach(() => resetFeed());

const firstObjects = () => readManifest().objects;
const totalBytes = (entries: readonly ObjectEntry[]) => entries.reduce((sum, entry) => sum + entry.bytes, 0);
const sha256Of = (feedPath: string) => feedPath.slice('objects/'.length).split('.')[0]!;

/** Waits for the cut sync to have ended failed; returns its code. */
async function cutSyncFailure(page: Page, cut: NetworkCut): Promise<string> {
  await expect.poll(async () => (await readMetaValue<{ kind: string }>(page, 'lastSync'))?.kind).toBe('failed');
  expect(cut.cut).toBe(true);
  return (await readMetaValue<{ code: string }>(page, 'lastSync'))!.code;
}

/** The one version active, whole, and no other in the store but those the install keeps. */
function expectOneCompleteVersion(state: StoreState, version: number | null): void {
  expect(state.active).toBe(version);
  expect(state.brokenObjects).toEqual([]);
  expect(state.versions.filter((row) => row.state === 'active').map((row) => row.version)).toEqual(
    version === null ? [] : [version],
  );
}

/** After the network is back: the objects requested are exactly those `needed` not served whole before the cut, each once. */
function expectOnlyMissingFetched(cut: NetworkCut, since: number, needed: readonly ObjectEntry[], failure: string): void {
  const resumed = cut.requests.slice(since);
  const missing = needed.map((entry) => objectPath(entry)).filter((feedPath) => !cut.served.has(feedPath));
  expect(resumed.sort()).toEqual(missing.sort());
  const cutIn = needed.find((entry) => objectPath(entry) === cut.truncated)?.name ?? 'none';
  test.info().annotations.push({
    type: 'cut',
    description: `${cut.served.size} of ${needed.length} objects whole, cut in ${cutIn}, last failure ${failure}, ${resumed.length} fetched after`,
  });
}

test.describe('the network cut during a first sync', () => {
  for (const share of [0.1, 0.5, 0.9]) {
    test(`at ${share * 100} % of its bytes: being prepared, then only what was missing`, async ({ page }) => {
      const needed = firstObjects();
      const cut = new NetworkCut(Math.floor(share * totalBytes(needed)));
      await cut.attach(page);
      await page.goto('/');
      const failure = await cutSyncFailure(page, cut);

      await expect(page.locator('[data-screen="preparing"]')).toBeVisible();
      await expect(page.locator('html')).not.toHaveAttribute('data-content-version', /./);
      const state = await readStoreState(page);
      expect(state.active).toBeNull();
      // Everything that arrived whole was kept, and nothing else.
      expect(state.objects.sort()).toEqual([...cut.served].map(sha256Of).sort());

      const since = cut.requests.length;
      cut.restore();
      await waitForContentVersion(page, 1);
      await expect(page.locator('[data-screen="home"]')).toBeVisible();
      expectOnlyMissingFetched(cut, since, needed, failure);
      expectOneCompleteVersion(await readStoreState(page), 1);
    });
  }
});

test.describe('the network cut during an update', () => {
  for (const share of [0.1, 0.5, 0.9]) {
    test(`at ${share * 100} % of its bytes: the old version stays, then only what was missing`, async ({ page }) => {
      await page.goto('/');
      await waitForContentVersion(page, 1);
      // The second edition changed the English title.
      await chooseLanguage(page, 'en');
      const before = await readStoreState(page);
      const needed = updateObjects();
      const cut = new NetworkCut(Math.floor(share * totalBytes(needed)));
      await cut.attach(page);
      publishUpdate();
      const failure = await cutSyncFailure(page, cut);

      await expect(page.locator('html')).toHaveAttribute('data-content-version', '1');
      await expect(page.locator('[data-screen="home"]')).not.toContainText(UPDATE_TITLE_PREFIX.trim());
      const state = await readStoreState(page);
      expectOneCompleteVersion(state, 1);
      expect(state.objects.sort()).toEqual([...before.objects, ...[...cut.served].map(sha256Of)].sort());

      const since = cut.requests.length;
      cut.restore();
      await waitForContentVersion(page, 2);
      await expect(page.locator('[data-screen="home"]')).toContainText(UPDATE_TITLE_PREFIX.trim());
      expectOnlyMissingFetched(cut, since, needed, failure);
      expectOneCompleteVersion(await readStoreState(page), 2);
    });
  }
});

/** Lets the first `count` object requests through and holds every later one, for as long as the page lives. */
async function holdObjectsAfter(page: Page, count: number): Promise<void> {
  let passed = 0;
  await page.route('**/feed/objects/**', async (route) => {
    if (passed++ < count) return route.continue();
    await new Promise<never>(() => undefined);
  });
}

/** The page killed, then reopened with the feed unreachable: what the store holds, and a working screen. */
async function killAndReopen(page: Page, kill: () => Promise<void>) {
  await kill();
  const context = page.context();
  await page.close();
  const reopened = await reopen(context);
  // The kiosk has started and shown what it has (or said it is being prepared).
  await expect(reopened.page.locator('[data-screen="home"], [data-screen="preparing"]')).toBeVisible();
  return { ...reopened, state: await readStoreState(reopened.page) };
}

test.describe('the kiosk’s page killed during a first install', () => {
  test('with part of its objects stored: being prepared on reopen, then only the rest fetched', async ({ page }) => {
    await holdObjectsAfter(page, 10);
    await page.goto('/');
    await expect.poll(async () => (await readStoreState(page)).objects.length).toBe(10);
    const { page: reopened, state, objectRequests, restore } = await killAndReopen(page, () => crashPage(page));

    expectOneCompleteVersion(state, null);
    expect(state.versions).toEqual([{ version: 1, state: 'staged' }]);
    await expect(reopened.locator('[data-screen="preparing"]')).toBeVisible();
    await restore();
    await waitForContentVersion(reopened, 1);
    await expect(reopened.locator('[data-screen="home"]')).toBeVisible();
    const missing = firstObjects().filter((entry) => !state.objects.includes(entry.sha256));
    expect(objectRequests.sort()).toEqual(missing.map((entry) => objectPath(entry)).sort());
    expectOneCompleteVersion(await readStoreState(reopened), 1);
  });

  test('inside its switch: being prepared on reopen, then installed without a download', async ({ page }) => {
    const { dead } = await crashAtSwitch(page, 1, 'inside');
    await page.goto('/');
    const { page: reopened, state, objectRequests, restore } = await killAndReopen(page, () => dead);

    expectOneCompleteVersion(state, null);
    expect(state.objects).toHaveLength(new Set(firstObjects().map((entry) => entry.sha256)).size);
    await expect(reopened.locator('[data-screen="preparing"]')).toBeVisible();
    await restore();
    await waitForContentVersion(reopened, 1);
    expect(objectRequests).toEqual([]);
    expectOneCompleteVersion(await readStoreState(reopened), 1);
  });
});

test.describe('the kiosk killed during an update', () => {
  /** Version 1 on screen, in English, whose title the second edition changed. */
  async function showFirstVersion(page: Page): Promise<void> {
    await page.goto('/');
    await waitForContentVersion(page, 1);
    await chooseLanguage(page, 'en');
  }

  async function expectHome(page: Page, version: 1 | 2): Promise<void> {
    await waitForContentVersion(page, version);
    await chooseLanguage(page, 'en');
    const home = page.locator('[data-screen="home"]');
    if (version === 2) await expect(home).toContainText(UPDATE_TITLE_PREFIX.trim());
    else await expect(home).not.toContainText(UPDATE_TITLE_PREFIX.trim());
  }

  test('with part of its objects stored: version 1 whole on reopen, then only the rest fetched', async ({ page }) => {
    await showFirstVersion(page);
    await holdObjectsAfter(page, 2);
    publishUpdate();
    const needed = updateObjects();
    await expect
      .poll(async () => (await readStoreState(page)).objects.filter((sha256) => needed.some((e) => e.sha256 === sha256)).length)
      .toBe(2);
    const { page: reopened, state, objectRequests, restore } = await killAndReopen(page, () => crashPage(page));

    expectOneCompleteVersion(state, 1);
    await expectHome(reopened, 1);
    await restore();
    await expectHome(reopened, 2);
    const missing = needed.filter((entry) => !state.objects.includes(entry.sha256));
    expect(objectRequests.sort()).toEqual(missing.map((entry) => objectPath(entry)).sort());
    expectOneCompleteVersion(await readStoreState(reopened), 2);
  });

  test('inside the switch: version 1 whole on reopen, then version 2 without a download', async ({ page }) => {
    const { dead } = await crashAtSwitch(page, 2, 'inside');
    await showFirstVersion(page);
    publishUpdate();
    const { page: reopened, state, objectRequests, restore } = await killAndReopen(page, () => dead);

    expectOneCompleteVersion(state, 1);
    expect(state.versions).toEqual([
      { version: 1, state: 'active' },
      { version: 2, state: 'staged' },
    ]);
    await expectHome(reopened, 1);
    await restore();
    await expectHome(reopened, 2);
    expect(objectRequests).toEqual([]);
    expectOneCompleteVersion(await readStoreState(reopened), 2);
  });

  test('its whole browser, inside the switch, over a profile on disk: version 1 whole on restart', async () => {
    const profile = mkdtempSync(path.join(tmpdir(), 'eske-kiosk-profile-'));
    try {
      const first = await launchKioskBrowser(profile);
      const page = await first.newPage();
      const { dead } = await crashAtSwitch(page, 2, 'inside', crashBrowser);
      await showFirstVersion(page);
      publishUpdate();
      await dead;

      const restarted = await launchKioskBrowser(profile);
      try {
        const { page: reopened, objectRequests, restore } = await reopen(restarted);
        await expect(reopened.locator('[data-screen="home"]')).toBeVisible();
        const state = await readStoreState(reopened);
        expectOneCompleteVersion(state, 1);
        await expectHome(reopened, 1);
        await restore();
        await expectHome(reopened, 2);
        expect(objectRequests).toEqual([]);
        expectOneCompleteVersion(await readStoreState(reopened), 2);
      } finally {
        await restarted.close();
      }
    } finally {
      rmSync(profile, { recursive: true, force: true });
    }
  });

  test('just after the switch committed: version 2 whole on reopen', async ({ page }) => {
    const { dead } = await crashAtSwitch(page, 2, 'committed');
    await showFirstVersion(page);
    publishUpdate();
    const { page: reopened, state, objectRequests } = await killAndReopen(page, () => dead);

    expectOneCompleteVersion(state, 2);
    await expectHome(reopened, 2);
    expect(objectRequests).toEqual([]);
  });
});
