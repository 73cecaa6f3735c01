// Testimonies as oral history (issue 9 item 4), through the docs/design.md §9 hooks: chapters and
// keywords jump to the moment, speed changes what the browser plays, two transcripts stand side
// by side, a video carries captions in the visitor's language, a letter has no player, and Play
// stays on screen at the largest text size in both orientations. The page's media elements are
// watched (not driven) to read where and how fast the browser really plays.

import { expect, test, type Page } from '@playwright/test';
import type { TestimoniesDoc, Testimony } from '../../src/feed/content-schema.ts';
import { formatClock } from '../../src/kiosk/player/format-clock.ts';
import { E2E_TEMPLATE_FEED_DIR } from './e2e-paths.ts';
import { chooseLanguage, waitForContentVersion } from './kiosk-page.ts';
import { readDocument, resetFeed } from './publish-feed.ts';
import { media, watchMedia } from './watch-media.ts';

const LANGS = ['kk', 'ru', 'en'] as const;
const LANDSCAPE = { width: 1920, height: 1080 };
const PORTRAIT = { width: 1080, height: 1920 };

let testimonies: Testimony[];

test.beforeAll(() => {
  testimonies = readDocument<TestimoniesDoc>('testimonies', E2E_TEMPLATE_FEED_DIR).testimonies;
});

/** The first testimony of the feed that `matches`; the tests take what they need from the content. */
function testimonyWhere(matches: (testimony: Testimony) => boolean): Testimony {
  const found = testimonies.find(matches);
  if (!found) throw new Error('the e2e feed has no testimony the test needs');
  return found;
}

test.beforeEach(async ({ page }) => {
  resetFeed();
  await watchMedia(page);
});

async function openKiosk(page: Page, lang: string): Promise<void> {
  await page.goto('/');
  await waitForContentVersion(page, 1);
  await chooseLanguage(page, lang);
}

async function openTestimony(page: Page, id: string): Promise<void> {
  await page.locator('[data-nav="testimonies"]').click();
  await page.locator(`[data-testid="testimony-item"][data-testimony-id="${id}"]`).click();
  await expect(page.locator(`[data-screen="testimony"][data-testimony-id="${id}"]`)).toBeVisible();
}

test('a chapter plays the recording from its start and is marked as the one playing', async ({ page }) => {
  const testimony = testimonyWhere((candidate) => candidate.media?.kind === 'audio' && candidate.chapters.length >= 2);
  const second = testimony.chapters[1]!;
  await openKiosk(page, 'en');
  await openTestimony(page, testimony.id);
  const items = page.locator('[data-testid="chapter"]');
  await expect(items).toHaveCount(testimony.chapters.length);
  await expect(items.nth(1)).toContainText(second.title.en!);
  if (second.synopsis) await expect(items.nth(1)).toContainText(second.synopsis.en!);
  await expect(items.nth(1)).toContainText(formatClock(second.start));

  await items.nth(1).click();
  await expect(page.locator('[data-testid="play"]')).toHaveAttribute('data-state', 'playing');
  await expect.poll(async () => (await media(page))?.currentTime ?? 0).toBeGreaterThan(second.start);
  await expect(items.nth(1)).toHaveAttribute('aria-current', 'true');
  await expect(page.locator('[data-testid="chapter"][aria-current="true"]')).toHaveCount(1);
});

test('a keyword lists its moments across testimonies, and a moment opens another testimony there', async ({ page }) => {
  const moments = testimonies.flatMap((testimony) =>
    testimony.chapters.flatMap((chapter, index) => chapter.keywords.map((keyword) => ({ keyword, testimony, index, chapter }))),
  );
  // A moment partway into an audio recording, of a keyword another testimony speaks of too.
  const target = moments.find(
    (moment) =>
      moment.chapter.start > 0 &&
      moment.testimony.media?.kind === 'audio' &&
      moments.some((other) => other.keyword === moment.keyword && other.testimony !== moment.testimony),
  )!;
  const from = moments.find((moment) => moment.keyword === target.keyword && moment.testimony !== target.testimony)!;
  await openKiosk(page, 'ru');
  await openTestimony(page, from.testimony.id);

  await page.locator(`[data-testid="keyword"][data-keyword-id="${target.keyword}"]`).first().click();
  await expect(page.locator(`[data-screen="keyword"][data-keyword-id="${target.keyword}"]`)).toBeVisible();
  await expect(page.locator('[data-testid="moment"]')).toHaveCount(
    moments.filter((moment) => moment.keyword === target.keyword).length,
  );
  const moment = page.locator(
    `[data-testid="moment"][data-testimony-id="${target.testimony.id}"][data-start-seconds="${target.chapter.start}"]`,
  );
  await expect(moment).toContainText(target.chapter.title.ru!);
  await expect(moment).toContainText(formatClock(target.chapter.start));

  await moment.click();
  await expect(page.locator(`[data-screen="testimony"][data-testimony-id="${target.testimony.id}"]`)).toBeVisible();
  await expect(page.locator('[data-testid="chapter"]').nth(target.index)).toHaveAttribute('aria-current', 'true');
  await expect.poll(async () => (await media(page))?.currentTime ?? 0).toBeCloseTo(target.chapter.start, 1);
  // docs/design.md §6: audio never starts by itself.
  expect((await media(page))?.paused).toBe(true);
  await expect(page.locator('[data-testid="play"]')).not.toHaveAttribute('data-state', 'playing');
});

test('the playback speed changes the rate the recording plays at', async ({ page }) => {
  await openKiosk(page, 'kk');
  await openTestimony(page, testimonyWhere((testimony) => testimony.media?.kind === 'audio').id);
  const fast = page.locator('[data-testid="playback-rate"][data-rate="1.25"]');
  await fast.click();
  await expect(fast).toHaveAttribute('aria-pressed', 'true');
  await page.locator('[data-testid="play"]').click();
  await expect.poll(async () => (await media(page))?.playbackRate).toBe(1.25);
  await page.locator('[data-testid="playback-rate"][data-rate="0.75"]').click();
  await expect.poll(async () => (await media(page))?.playbackRate).toBe(0.75);
});

test('the spoken language’s transcript stands beside the visitor’s and follows the recording', async ({ page }) => {
  const testimony = testimonyWhere(
    (candidate) =>
      candidate.media !== undefined &&
      candidate.mediaLanguage !== 'en' &&
      candidate.transcripts.en !== undefined &&
      candidate.transcripts[candidate.mediaLanguage] !== undefined,
  );
  await openKiosk(page, 'en');
  await openTestimony(page, testimony.id);
  const visitor = page.locator('[data-testid="transcript-line"]');
  const spoken = page.locator('[data-testid="spoken-transcript-line"]');
  await expect(spoken.first()).toBeVisible();
  await expect(spoken.first()).toHaveText(/\S/);
  const [left, right] = [await visitor.first().boundingBox(), await spoken.first().boundingBox()];
  expect(right!.x).toBeGreaterThan(left!.x + left!.width);

  await page.locator('[data-testid="play"]').click();
  await expect(page.locator('[data-testid="transcript-line"][aria-current="true"]')).toHaveCount(1);
  await expect(page.locator('[data-testid="spoken-transcript-line"][aria-current="true"]')).toHaveCount(1);

  await page.setViewportSize(PORTRAIT);
  const [top, below] = [await visitor.first().boundingBox(), await spoken.first().boundingBox()];
  expect(below!.y).toBeGreaterThan(top!.y + top!.height);

  await chooseLanguage(page, testimony.mediaLanguage);
  await expect(spoken).toHaveCount(0);
  await expect(visitor.first()).toBeVisible();
});

test('a video testimony shows its picture with captions in the visitor’s language', async ({ page }) => {
  await openKiosk(page, 'kk');
  await openTestimony(page, testimonyWhere((testimony) => testimony.media?.kind === 'video').id);
  const video = page.locator('[data-testid="video"]');
  for (const lang of LANGS) {
    await chooseLanguage(page, lang);
    await expect(video.locator('track[kind="captions"]')).toHaveCount(1);
    await expect(video.locator('track[kind="captions"]')).toHaveAttribute('srclang', lang);
    await expect
      .poll(() =>
        video.evaluate((element: HTMLVideoElement) => {
          const track = element.querySelector('track')!;
          return `${track.track.mode} ${track.readyState === HTMLTrackElement.LOADED ? 'loaded' : 'not loaded'}`;
        }),
      )
      .toBe('showing loaded');
  }
  await page.locator('[data-testid="play"]').click();
  await expect.poll(() => video.evaluate((element: HTMLVideoElement) => element.currentTime)).toBeGreaterThan(0);
});

test('cards say how long, in which language and with what warning; a letter has no player', async ({ page }) => {
  const timed = testimonyWhere((testimony) => testimony.media?.durationSeconds !== undefined);
  const warned = testimonyWhere((testimony) => testimony.media !== undefined && testimony.contentWarning !== undefined);
  const letter = testimonyWhere((testimony) => testimony.media === undefined);
  const card = (id: string) => page.locator(`[data-testid="testimony-item"][data-testimony-id="${id}"]`);
  await openKiosk(page, 'en');
  await page.locator('[data-nav="testimonies"]').click();
  await expect(card(timed.id)).toContainText(formatClock(timed.media!.durationSeconds!));
  await expect(card(timed.id)).toContainText({ kk: 'Kazakh', ru: 'Russian', en: 'English' }[timed.mediaLanguage]);
  await expect(card(warned.id)).toContainText('Content warning');
  await expect(card(letter.id)).toContainText('Text');

  await openTestimony(page, letter.id);
  const firstWords = letter
    .text!.en!.split(/\n/)[0]!
    .replace(/[*_>#]/g, '')
    .trim()
    .slice(0, 20);
  await expect(page.locator('[data-testid="testimony-text"]')).toContainText(firstWords);
  await expect(page.locator('[data-testid="play"]')).toHaveCount(0);

  await openTestimony(page, warned.id);
  const warning = page.locator('[data-testid="content-warning"]');
  await expect(warning).toContainText(warned.contentWarning!.en!);
  expect((await warning.boundingBox())!.y).toBeLessThan((await page.locator('[data-testid="play"]').boundingBox())!.y);
});

test('the speaker’s portrait opens full screen, with its alt text in the visitor’s language', async ({ page }) => {
  const portrayed = testimonyWhere((testimony) => testimony.portrait !== undefined);
  await openKiosk(page, 'ru');
  await openTestimony(page, portrayed.id);
  await page.locator('[data-testid="testimony-portrait"]').click();
  const viewer = page.locator('[data-testid="image-viewer"]');
  await expect(viewer).toBeVisible();
  await expect(viewer.locator('img')).toHaveAttribute('alt', portrayed.portrait!.alt.ru!);
  await page.keyboard.press('Escape');
  await expect(viewer).toHaveCount(0);
  await expect(page.locator('[data-testid="play"]')).toBeVisible();
});

for (const viewport of [LANDSCAPE, PORTRAIT]) {
  test(`Play is on screen at the largest text size at ${viewport.width}×${viewport.height}`, async ({ page }) => {
    await openKiosk(page, 'kk');
    const textSize = page.locator('[data-testid="text-size"]');
    await textSize.click();
    await textSize.click();
    // Chosen before turning the screen: this test is about the testimony page, not the top bar.
    await page.setViewportSize(viewport);
    for (const testimony of testimonies.filter((candidate) => candidate.media !== undefined)) {
      await openTestimony(page, testimony.id);
      await expect(page.locator('[data-testid="play"]')).toBeInViewport({ ratio: 1 });
    }
  });
}
