// The walking skeleton end to end: a fresh kiosk syncs the demo feed, shows every section in
// every language, keeps working offline, picks up a new publication without a reload, and
// refuses a tampered manifest while keeping what it has.

import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { ExhibitDoc, NamesShard, TestimoniesDoc, TimelineDoc } from '../../src/feed/content-schema.ts';
import { objectPath } from '../../src/feed/manifest-schema.ts';
import { E2E_FEED_DIR } from './e2e-paths.ts';
import { chooseLanguage, openTechnicianPanel, typeOnScreen, waitForContentVersion } from './kiosk-page.ts';
import { publishRetitledDemo, readDocument, readManifest, resetFeed, tamperManifest } from './publish-feed.ts';

const LANGS = ['kk', 'ru', 'en'] as const;
const DEMO_PIN = '2468';

test.beforeEach(() => resetFeed());

/** A record with a plain Cyrillic name, which the search must find from its name typed on screen. */
function someRecord(): { id: string; surname: string; typed: string } {
  const entry = readManifest().objects.find((object) => object.role === 'names')!;
  const shard = JSON.parse(readFileSync(path.join(E2E_FEED_DIR, objectPath(entry)), 'utf8')) as NamesShard;
  const record = shard.records.find(
    (r) => !r.restricted && /^[а-яё]{5,}$/i.test(r.surname) && /^[а-яё]{3,}$/i.test(r.givenName),
  )!;
  return { id: record.id, surname: record.surname, typed: `${record.surname} ${record.givenName.slice(0, 3)}` };
}

/** Publishes the demo with its English title changed, as version 2 of the served feed. */
const publishSecondEdition = () => publishRetitledDemo('Second edition · ');

async function openKiosk(page: Page): Promise<void> {
  await page.goto('/');
  await waitForContentVersion(page, 1);
}

test('a fresh kiosk syncs and shows every section in kk, ru and en', async ({ page }) => {
  const exhibit = readDocument<ExhibitDoc>('exhibit');
  const timeline = readDocument<TimelineDoc>('timeline');
  const testimonies = readDocument<TestimoniesDoc>('testimonies');
  const record = someRecord();
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
