// The walking skeleton end to end: a fresh kiosk syncs the demo feed, shows every section in
// every language, keeps working offline, picks up a new publication without a reload, and
// refuses a tampered manifest while keeping what it has. Then the trust rules a kiosk shows
// (docs/trust.md): an expired feed on a first start, a kiosk moved to another exhibit.

import { expect, test, type Page } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ExhibitDoc, TestimoniesDoc, TimelineDoc } from '../../src/feed/content-schema.ts';
import { chooseLanguage, openTechnicianPanel, typeOnScreen, waitForContentVersion } from './kiosk-page.ts';
import { editManifest } from './edit-feed.ts';
import { buildEdition, plainRecord, readDocument, readManifest, resetFeed, tamperManifest } from './publish-feed.ts';

const LANGS = ['kk', 'ru', 'en'] as const;
const DEMO_PIN = '2468';
/** The SHA-256 of the demo public key (docs/trust.md). */
const DEMO_KEY_ID = '54b8c83cd7836e489bc0ed5016e9e1cf28c23302ccf627841b29fe269c97fd32';

test.beforeEach(() => resetFeed());

/** Publishes the demo with its English title changed (and `exhibitId`, if given), as version 2 of the served feed. */
function publishSecondEdition(exhibitId?: string): void {
  buildEdition('content-v2', (content) => {
    const exhibitFile = path.join(content, 'exhibit.yaml');
    let exhibit = readFileSync(exhibitFile, 'utf8').replace(/^(\s+en:\s*")/m, '$1Second edition · ');
    if (exhibitId) exhibit = exhibit.replace(/^id: .*$/m, `id: ${exhibitId}`);
    writeFileSync(exhibitFile, exhibit);
  });
}

async function openKiosk(page: Page): Promise<void> {
  await page.goto('/');
  await waitForContentVersion(page, 1);
}

test('a fresh kiosk syncs and shows every section in kk, ru and en', async ({ page }) => {
  const exhibit = readDocument<ExhibitDoc>('exhibit');
  const timeline = readDocument<TimelineDoc>('timeline');
  const testimonies = readDocument<TestimoniesDoc>('testimonies');
  const record = plainRecord();
  await openKiosk(page);

  for (const lang of LANGS) {
    await chooseLanguage(page, lang);
    await page.locator('[data-nav="home"]').click();
    await expect(page.locator('[data-screen="home"]')).toContainText(exhibit.title[lang]!);

    await page.locator('[data-nav="timeline"]').click();
    await expect(page.locator('[data-testid="timeline-event"]')).toHaveCount(timeline.events.length);
    const firstEvent = timeline.events[0]!;
    await page.locator(`[data-testid="timeline-event"][data-event-id="${firstEvent.id}"]`).click();
    await expect(page.locator('[data-screen="event"]')).toContainText(firstEvent.title[lang]!);

    await page.locator('[data-nav="testimonies"]').click();
    await expect(page.locator('[data-testid="testimony-item"]')).toHaveCount(testimonies.testimonies.length);
    await page.locator('[data-testid="testimony-item"]').first().click();
    await expect(page.locator('[data-screen="testimony"]')).toContainText(testimonies.testimonies[0]!.speaker[lang]!);
    await expect(page.locator('[data-testid="transcript-line"]').first()).toBeVisible();

    await page.locator('[data-nav="names"]').click();
    await typeOnScreen(page, record.typed);
    await page.locator(`[data-testid="search-result"][data-record-id="${record.id}"]`).click();
    await expect(page.locator('[data-screen="record"]')).toContainText(record.surname);
  }
});

test('a testimony plays its recording and follows it in the transcript', async ({ page }) => {
  await openKiosk(page);
  await page.locator('[data-nav="testimonies"]').click();
  await page.locator('[data-testid="testimony-item"]').first().click();
  await page.locator('[data-testid="play"]').click();
  await expect(page.locator('[data-testid="transcript-line"][aria-current="true"]')).toHaveCount(1);
  const second = page.locator('[data-testid="transcript-line"]').nth(1);
  await expect(second).toHaveAttribute('aria-current', 'true', { timeout: 20_000 });
});

test('after a sync the kiosk reloads offline with the same content', async ({ page, context }) => {
  const exhibit = readDocument<ExhibitDoc>('exhibit');
  await openKiosk(page);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await context.setOffline(true);
  await page.reload();
  await waitForContentVersion(page, 1);
  await expect(page.locator('[data-screen="home"]')).toContainText(exhibit.title.kk!);
  await page.locator('[data-nav="timeline"]').click();
  await expect(page.locator('[data-testid="timeline-event"]').first()).toBeVisible();
  await context.setOffline(false);
});

test('a newly published version appears after the next sync without a reload', async ({ page }) => {
  await openKiosk(page);
  await page.evaluate(() => ((window as unknown as { eskeSamePage: boolean }).eskeSamePage = true));

  publishSecondEdition();
  expect(readManifest().version).toBe(2);

  await waitForContentVersion(page, 2);
  await chooseLanguage(page, 'en');
  await page.locator('[data-nav="home"]').click();
  await expect(page.locator('[data-screen="home"]')).toContainText('Second edition · ');
  expect(await page.evaluate(() => (window as unknown as { eskeSamePage?: boolean }).eskeSamePage)).toBe(true);
});

test('a manifest altered by one byte is refused, the content stays and the reason is logged', async ({ page }) => {
  const exhibit = readDocument<ExhibitDoc>('exhibit');
  await openKiosk(page);

  publishSecondEdition();
  tamperManifest();

  await openTechnicianPanel(page, DEMO_PIN);
  await expect(page.locator('[data-testid="tech-log"]')).toContainText('signature', { timeout: 30_000 });
  await expect(page.locator('[data-testid="content-version"]')).toHaveText('1');
  await expect(page.locator('html')).toHaveAttribute('data-content-version', '1');
  await page.locator('[data-testid="tech-close"]').click();
  await expect(page.locator('[data-screen="home"]')).toContainText(exhibit.title.kk!);
});

test('an expired feed on a fresh kiosk is shown all the same, and the panel warns and names the trusted key', async ({
  page,
}) => {
  await editManifest((manifest) => void (manifest.expiresAt = '2020-01-01T00:00:00.000Z'));
  await openKiosk(page);
  await expect(page.locator('[data-screen="home"]')).toBeVisible();
  await openTechnicianPanel(page, DEMO_PIN);
  await expect(page.locator('[data-testid="feed-expired"]')).toBeVisible();
  await expect(page.locator('[data-testid="tech-log"] li[data-code="feed-expired"]')).toHaveCount(1);
  await expect(page.locator('[data-testid="trusted-keys"]')).toHaveAttribute('data-key-ids', DEMO_KEY_ID);
  await expect(page.locator('[data-testid="trusted-keys"]')).toHaveAttribute('data-threshold', '1');
});

test('a kiosk moved to another exhibit hides the old one, then installs the new one from scratch', async ({ page }) => {
  await openKiosk(page);
  publishSecondEdition('kz-second-exhibit');
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/feed/manifest.json', async (route) => {
    await held;
    await route.continue();
  });

  await page.goto('/?kiosk=moved-exhibit');
  await expect(page.locator('[data-screen="preparing"]')).toBeVisible();
  release();
  await waitForContentVersion(page, 2);
  await chooseLanguage(page, 'en');
  await expect(page.locator('[data-screen="home"]')).toContainText('Second edition · ');
  await openTechnicianPanel(page, DEMO_PIN);
  const log = page.locator('[data-testid="tech-log"]');
  await expect(log.locator('li[data-code="exhibit-changed"]')).toHaveCount(1);
  await expect(log.locator('li[data-code="exhibit-pending"]')).toHaveCount(1);
  await expect(page.locator('[data-testid="storage"]')).not.toContainText('v1');
});
