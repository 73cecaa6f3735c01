// The Names screen end to end, on the demo register the tests publish: a visitor types a
// Kazakh-form surname on each keyboard layout (Kazakh letters, Russian letters with the Russian
// ending, Latin) and finds the same person, opens the record with its archival source, sees
// only the name and years of a restricted record, and is told what was tried when nothing is
// found. The search runs in the engine's Web Worker on the index built during sync.

import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { NameRecord, NamesShard, TimelineDoc } from '../../src/feed/content-schema.ts';
import { objectPath } from '../../src/feed/manifest-schema.ts';
import { E2E_FEED_DIR } from './e2e-paths.ts';
import { chooseLanguage, typeOnScreen, waitForContentVersion } from './kiosk-page.ts';
import { readDocument, readManifest, resetFeed } from './publish-feed.ts';

test.beforeEach(() => resetFeed());

function demoRecords(): NameRecord[] {
  return readManifest()
    .objects.filter((object) => object.role === 'names')
    .flatMap((entry) => (JSON.parse(readFileSync(path.join(E2E_FEED_DIR, objectPath(entry)), 'utf8')) as NamesShard).records);
}

// How a visitor without Kazakh letters, or with only Latin ones, writes a name. Written out here
// rather than taken from the engine, so the test does not grade the engine with its own code.
const RUSSIAN_LETTERS: Record<string, string> = { ә: 'а', ғ: 'г', қ: 'к', ң: 'н', ө: 'о', ұ: 'у', ү: 'у', һ: 'х', і: 'и' };
// prettier-ignore
const LATIN: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ж: 'zh', з: 'z', и: 'i', й: 'i', к: 'k', л: 'l', м: 'm', н: 'n',
  о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', ы: 'y', э: 'e',
  ю: 'iu', я: 'ia', ь: '', ъ: '',
};
const withoutKazakhLetters = (text: string) => Array.from(text.toLowerCase(), (char) => RUSSIAN_LETTERS[char] ?? char).join('');
const inLatin = (text: string) => Array.from(withoutKazakhLetters(text), (char) => LATIN[char] ?? char).join('');
/** Байтұрсынұлы → байтурсынов: the Russian ending a Soviet clerk gave the same name. */
const russianForm = (kazakh: string) => {
  const stem = withoutKazakhLetters(kazakh).replace(/улы$/, '');
  return stem + (/[аеиоуыэюя]$/.test(stem) ? 'ев' : 'ов');
};

/** Records no other record shares a surname (in either form) and given name with. */
function uniqueNames(records: NameRecord[]): NameRecord[] {
  const identity = (record: NameRecord) =>
    `${russianForm(record.surname.replace(/(ов|ев)$/, 'ұлы'))} ${withoutKazakhLetters(record.givenName)}`;
  const counts = new Map<string, number>();
  for (const record of records) counts.set(identity(record), (counts.get(identity(record)) ?? 0) + 1);
  return records.filter((record) => counts.get(identity(record)) === 1);
}

const CYRILLIC_WORD = /^[а-яёәғқңөұүһі]+$/i;

/** A public record with a Kazakh-form surname (-ұлы) with Kazakh letters in it: the first result for its name. */
function kazakhFormRecord(records: NameRecord[]): NameRecord {
  const record = uniqueNames(records).find(
    (candidate) =>
      !candidate.restricted &&
      candidate.source !== undefined &&
      /^[а-яёәғқңөұүһі]{4,}ұлы$/i.test(candidate.surname) &&
      /[әғқңөүһі]/i.test(candidate.surname) &&
      /^[а-яё]+$/i.test(candidate.givenName),
  );
  if (!record) throw new Error('the demo register has no record with a Kazakh-form surname to search');
  return record;
}

/** A restricted record with a birth year, the first result for its name. */
function restrictedRecord(records: NameRecord[]): NameRecord {
  const record = uniqueNames(records).find(
    (candidate) =>
      candidate.restricted === true &&
      candidate.birthYear !== undefined &&
      CYRILLIC_WORD.test(candidate.surname) &&
      CYRILLIC_WORD.test(candidate.givenName),
  );
  if (!record) throw new Error('the demo register has no restricted record to search');
  return record;
}

async function openNames(page: Page): Promise<void> {
  await page.goto('/');
  await waitForContentVersion(page, 1);
  await page.locator('[data-nav="names"]').click();
  await expect(page.locator('[data-screen="names"]')).toBeVisible();
}

/** Types on the keyboard as it is, failing if a key is not on the layout shown. */
async function typeOnLayout(page: Page, text: string): Promise<void> {
  for (const char of text.toLowerCase()) await page.locator(`[data-key="${char === ' ' ? 'space' : char}"]`).click();
}

const result = (page: Page, id: string) => page.locator(`[data-testid="search-result"][data-record-id="${id}"]`);

test('a Kazakh-form surname is found from the Kazakh, Russian and Latin keyboards', async ({ page }) => {
  const record = kazakhFormRecord(demoRecords());
  await openNames(page);
  const spellings = [
    { lang: 'kk', layoutKey: 'ұ', query: `${record.surname} ${record.givenName}` },
    { lang: 'ru', layoutKey: 'ж', query: `${russianForm(record.surname)} ${withoutKazakhLetters(record.givenName)}` },
    { lang: 'en', layoutKey: 'q', query: `${inLatin(record.surname)} ${inLatin(record.givenName)}` },
  ];
  for (const { lang, layoutKey, query } of spellings) {
    // The keyboard follows the interface language.
    await chooseLanguage(page, lang);
    await expect(page.locator(`[data-key="${layoutKey}"]`)).toBeVisible();
    if (lang === 'ru') await expect(page.locator('[data-key="ұ"]')).toBeHidden();
    await page.locator('[data-key="clear"]').click();
    await typeOnLayout(page, query);
    await expect(page.locator('[data-testid="search-input"]')).toHaveValue(query.toLowerCase());
    await expect(page.locator('[data-testid="search-result"]').first()).toHaveAttribute('data-record-id', record.id);
  }
});

test('a result opens the record page with every field and the archival source', async ({ page }) => {
  const record = kazakhFormRecord(demoRecords());
  await openNames(page);
  await typeOnScreen(page, `${record.surname} ${record.givenName}`);
  await result(page, record.id).click();
  const screen = page.locator('[data-screen="record"]');
  await expect(screen).toContainText(record.surname);
  await expect(screen).toContainText(record.source!);
  if (record.birthPlace) await expect(screen).toContainText(record.birthPlace);

  // Back keeps the search the visitor typed.
  await page.locator('[data-testid="back"]').click();
  await expect(result(page, record.id)).toBeVisible();
});

test('a restricted record shows only its name and years, in the results and on its page', async ({ page }) => {
  const restricted = restrictedRecord(demoRecords());
  await openNames(page);
  await chooseLanguage(page, 'en');
  await typeOnScreen(page, `${restricted.surname} ${restricted.givenName}`);
  const row = result(page, restricted.id);
  await expect(row).toContainText(restricted.surname);
  await expect(row).toContainText(String(restricted.birthYear));
  await row.click();
  const screen = page.locator('[data-screen="record"]');
  await expect(screen).toContainText(`${restricted.surname} ${restricted.givenName}`);
  await expect(screen).toContainText(String(restricted.birthYear));
  await expect(screen).toContainText('only the name and years are shown');
  // docs/design.md §3: no field of the record, not even its archival source (the feed does not carry
  // them for a restricted record, and the kiosk would not show them if it did).
  for (const label of ['Place of birth', 'Fate', 'Archive reference', 'Other spellings'])
    await expect(screen).not.toContainText(label);
});

test('no results says which spellings were tried and offers the closest names', async ({ page }) => {
  await openNames(page);
  await chooseLanguage(page, 'en');
  await typeOnLayout(page, 'baityrsymanov');
  const screen = page.locator('[data-screen="names"]');
  await expect(screen).toContainText('No one was found');
  for (const spelling of ['Байтырсыманов', 'Байтырсыманұлы', 'Baityrsymanuly']) await expect(screen).toContainText(spelling);
  await expect(page.locator('[data-testid="search-result"]')).toHaveCount(0);

  // The closest name in the register is a button that searches it.
  await page.getByRole('button', { name: 'Байтурсынов', exact: true }).click();
  await expect(page.locator('[data-testid="search-input"]')).toHaveValue('Байтурсынов');
  await expect(page.locator('[data-testid="search-result"]').first()).toBeVisible();
});

test('a timeline event lists its linked names from the index and opens their records', async ({ page }) => {
  const event = readDocument<TimelineDoc>('timeline').events.find((candidate) => candidate.links.names.length > 0)!;
  const linked = demoRecords().find((record) => record.id === event.links.names[0])!;
  await page.goto('/');
  await waitForContentVersion(page, 1);
  await page.locator('[data-nav="timeline"]').click();
  await page.locator(`[data-testid="timeline-event"][data-event-id="${event.id}"]`).click();
  await page.locator(`[data-screen="event"] [data-record-id="${linked.id}"]`).click();
  await expect(page.locator('[data-screen="record"]')).toContainText(linked.surname);
  if (linked.source) await expect(page.locator('[data-screen="record"]')).toContainText(linked.source);
});

test('a restart loads the stored index instead of rebuilding it', async ({ page }) => {
  const record = kazakhFormRecord(demoRecords());
  const measures = () =>
    page.evaluate(() =>
      performance
        .getEntriesByType('measure')
        .map((entry) => entry.name)
        .filter((name) => name.startsWith('eske:')),
    );
  await openNames(page);
  await typeOnScreen(page, record.surname);
  await expect(result(page, record.id)).toBeVisible();
  expect(await measures()).toContain('eske:name-index:build');

  await page.reload();
  await openNames(page);
  await typeOnScreen(page, record.surname);
  await expect(result(page, record.id)).toBeVisible();
  expect(await measures()).toEqual(['eske:name-index:show']);
});
