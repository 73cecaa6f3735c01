// Records people can take home, end to end on the demo register: the Names screen says how many
// names it holds, a record page shows its archive reference and the QR code of the museum's page
// for it (the demo kiosk-config gives a template), the exhibit's text on requesting the archive
// file, its images, and values the archive wrote in Russian marked as such on a Kazakh or
// English screen; a kiosk whose config gives no template shows no code. In landscape and
// portrait, in every interface language.

import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { ExhibitDoc, NameRecord, NamesShard } from '../../src/feed/content-schema.ts';
import { objectPath } from '../../src/feed/manifest-schema.ts';
import { E2E_FEED_DIR, PROJECT_ROOT } from './e2e-paths.ts';
import { chooseLanguage, typeOnScreen, waitForContentVersion } from './kiosk-page.ts';
import { readDocument, readManifest, resetFeed } from './publish-feed.ts';

test.beforeEach(() => resetFeed());

const LANGS = ['kk', 'ru', 'en'] as const;
const ARCHIVE_REFERENCE = { kk: 'Архивтік шифр', ru: 'Архивный шифр', en: 'Archive reference' };
const QR_CAPTION = { kk: 'музей сайтында', ru: 'на сайте музея', en: 'museum’s website' };
const TEMPLATE = (
  JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'tests/e2e/kiosk-config/default.json'), 'utf8')) as {
    recordUrlTemplate: string;
  }
).recordUrlTemplate;

function demoRecords(): NameRecord[] {
  return readManifest()
    .objects.filter((object) => object.role === 'names')
    .flatMap((entry) => (JSON.parse(readFileSync(path.join(E2E_FEED_DIR, objectPath(entry)), 'utf8')) as NamesShard).records);
}

/** A public record with an archive reference whose Cyrillic surname and given name no other record shares. */
function recordToOpen(also: (record: NameRecord) => boolean = () => true): NameRecord {
  const records = demoRecords();
  const nameOf = (record: NameRecord) => `${record.surname} ${record.givenName}`.toLowerCase();
  const counts = new Map<string, number>();
  for (const record of records) counts.set(nameOf(record), (counts.get(nameOf(record)) ?? 0) + 1);
  const record = records.find(
    (candidate) =>
      !candidate.restricted &&
      candidate.source !== undefined &&
      counts.get(nameOf(candidate)) === 1 &&
      /^[а-яё]{4,}$/i.test(candidate.surname) &&
      /^[а-яё]{3,}$/i.test(candidate.givenName) &&
      also(candidate),
  );
  if (!record) throw new Error('the demo register has no such public record with a source to open');
  return record;
}

async function openRecord(page: Page, record: NameRecord, kiosk?: string): Promise<void> {
  await page.goto(kiosk ? `/?kiosk=${kiosk}` : '/');
  await waitForContentVersion(page, 1);
  await page.locator('[data-nav="names"]').click();
  await typeOnScreen(page, `${record.surname} ${record.givenName}`);
  await page.locator(`[data-testid="search-result"][data-record-id="${record.id}"]`).click();
  await expect(page.locator(`[data-screen="record"][data-record-id="${record.id}"]`)).toContainText(record.surname);
}

for (const viewport of [
  { width: 1920, height: 1080 },
  { width: 1080, height: 1920 },
]) {
  test.describe(`at ${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport });

    test('the Names screen says how many names the register holds, in each language', async ({ page }) => {
      const total = readManifest()
        .objects.filter((object) => object.role === 'names')
        .reduce((sum, entry) => sum + entry.records!, 0);
      expect(total).toBe(demoRecords().length);
      await page.goto('/');
      await waitForContentVersion(page, 1);
      await page.locator('[data-nav="names"]').click();
      const shown = page.locator('[data-testid="names-total"]');
      await expect(shown).toHaveAttribute('data-count', String(total));
      await expect(shown).toBeInViewport({ ratio: 1 });
      // Written out here rather than taken from the kiosk's formatter: 5 000 with a thin space, 5,000 with a comma.
      const grouped = String(total).replace(/\B(?=(\d{3})+$)/g, '\u202F');
      const expected = { kk: `${grouped} адамның есімі`, ru: `${grouped} имён`, en: `${total.toLocaleString('en-US')} names` };
      for (const lang of LANGS) {
        await chooseLanguage(page, lang);
        await expect(shown).toContainText(expected[lang]);
      }
    });

    test('a record page shows its archive reference and a QR code of its address on the museum’s website', async ({ page }) => {
      const record = recordToOpen();
      await openRecord(page, record);
      const screen = page.locator('[data-screen="record"]');
      const qr = page.locator('[data-testid="record-qr"]');
      await expect(qr).toHaveAttribute('data-url', TEMPLATE.replace('{id}', encodeURIComponent(record.id)));
      // An <svg> of dark modules on a light square: a real code, not a picture of one.
      await expect(qr).toHaveJSProperty('tagName', 'svg');
      expect((await qr.locator('path').getAttribute('d'))!.match(/M\d+ \d+h\d+/g)!.length).toBeGreaterThan(100);

      for (const lang of LANGS) {
        await chooseLanguage(page, lang);
        await expect(page.locator('[data-testid="record-source"]')).toContainText(`${ARCHIVE_REFERENCE[lang]}: ${record.source}`);
        await expect(screen).toContainText(QR_CAPTION[lang]);
      }

      // docs/design.md §9 record-qr: large enough for a phone at 40 cm, whole on screen.
      await qr.scrollIntoViewIfNeeded();
      const box = (await qr.boundingBox())!;
      expect(box.width).toBeGreaterThanOrEqual(240);
      expect(box.height).toBeGreaterThanOrEqual(240);
      await expect(qr).toBeInViewport({ ratio: 1 });

      // Dark on light in the high-contrast theme too, where the page itself turns black.
      await page.locator('[data-testid="high-contrast"]').click();
      await expect(page.locator('html')).toHaveAttribute('data-contrast', 'high');
      const colours = await qr.evaluate((svg) => ({
        light: getComputedStyle(svg.querySelector('rect')!).fill,
        dark: getComputedStyle(svg.querySelector('path')!).fill,
      }));
      expect(colours).toEqual({ light: 'rgb(255, 255, 255)', dark: 'rgb(0, 0, 0)' });
    });

    test('a record page says how to request the archive file, in each language', async ({ page }) => {
      const request = readDocument<ExhibitDoc>('exhibit').archiveRequest!;
      await openRecord(page, recordToOpen());
      for (const lang of LANGS) {
        await chooseLanguage(page, lang);
        // A sentence of the curator's text with no Markdown in it, as the visitor reads it.
        const sentence = request[lang]!.split(/\n{2,}/).find((paragraph) => /^\p{L}/u.test(paragraph))!;
        await expect(page.locator('[data-testid="archive-request"]')).toContainText(sentence.slice(0, 40));
      }
    });

    test('a record page shows the record’s images, named for the person', async ({ page }) => {
      const record = recordToOpen((candidate) => (candidate.images?.length ?? 0) > 0);
      await openRecord(page, record);
      const images = page.locator('[data-testid="record-image"] img');
      await expect(images).toHaveCount(record.images!.length);
      for (const image of await images.all()) await expect(image).toHaveAttribute('alt', new RegExp(record.surname));
    });

    test('values the archive wrote in Russian keep their language on a Kazakh or English screen', async ({ page }) => {
      const record = recordToOpen((candidate) => candidate.lang === 'ru' && candidate.birthPlace !== undefined);
      await openRecord(page, record);
      const screen = page.locator('[data-screen="record"]');
      const note = page.locator('[data-testid="record-written-in"]');
      for (const lang of ['kk', 'en'] as const) {
        await chooseLanguage(page, lang);
        await expect(note).toBeVisible();
        await expect(screen.locator('dd[lang="ru"]', { hasText: record.birthPlace! })).toBeVisible();
        await expect(screen.locator('h1[lang="ru"]')).toHaveText(new RegExp(record.surname));
      }
      await chooseLanguage(page, 'ru');
      await expect(note).toHaveCount(0);
      await expect(screen.locator('[lang]')).toHaveCount(0);
    });

    test('a kiosk whose config gives no record address shows no QR code', async ({ page }) => {
      const record = recordToOpen();
      await openRecord(page, record, 'no-record-url');
      await expect(page.locator('[data-testid="record-source"]')).toContainText(record.source!);
      await expect(page.locator('[data-testid="record-qr"]')).toHaveCount(0);
    });
  });
}
