// Testimonies as oral history (issue 9 item 4), through the docs/design.md §9 hooks: chapters and
// keywords jump to the moment, speed changes what the browser plays, two transcripts stand side
// by side, a video carries captions in the visitor's language, a letter has no player, and Play
// stays on screen at the largest text size in both orientations. The page's media elements are
// watched (not driven) to read where and how fast the browser really plays.

import { expect, test, type Page } from '@playwright/test';
import { cpSync, rmSync } from 'node:fs';
import path from 'node:path';
import { E2E_FEED_DIR, PROJECT_ROOT } from './e2e-paths.ts';
import { chooseLanguage, waitForContentVersion } from './kiosk-page.ts';
import { CHAPTERS, LETTER, publishOralHistoryFeed } from './oral-history-feed.ts';

const LANGS = ['kk', 'ru', 'en'] as const;
const FEED_TEMPLATE = path.join(PROJECT_ROOT, 'tests/.tmp/testimonies-feed');
const LANDSCAPE = { width: 1920, height: 1080 };
const PORTRAIT = { width: 1080, height: 1920 };

test.beforeAll(async () => {
  await publishOralHistoryFeed(FEED_TEMPLATE);
});

test.beforeEach(async ({ page }) => {
  rmSync(E2E_FEED_DIR, { recursive: true, force: true });
  cpSync(FEED_TEMPLATE, E2E_FEED_DIR, { recursive: true });
  await watchMedia(page);
});

interface MediaState {
  currentTime: number;
  playbackRate: number;
  paused: boolean;
}

/** Remembers each media element the page loads or plays (Howler's audio is in no document). */
async function watchMedia(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen: HTMLMediaElement[] = [];
    const keep = (element: HTMLMediaElement) => {
      if (!seen.includes(element)) seen.push(element);
    };
    const { load, play } = HTMLMediaElement.prototype;
    HTMLMediaElement.prototype.load = function (this: HTMLMediaElement) {
      keep(this);
      load.call(this);
    };
    HTMLMediaElement.prototype.play = function (this: HTMLMediaElement) {
      keep(this);
      return play.call(this);
    };
    (window as unknown as { eskeMedia: () => MediaState | null }).eskeMedia = () => {
      const element = seen.filter((candidate) => candidate.src.startsWith('blob:')).at(-1);
      return element ? { currentTime: element.currentTime, playbackRate: element.playbackRate, paused: element.paused } : null;
    };
  });
}

async function media(page: Page): Promise<MediaState | null> {
  return page.evaluate(() => (window as unknown as { eskeMedia: () => MediaState | null }).eskeMedia());
}

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
  const id = 't01-granddaughter-file';
  const chapters = CHAPTERS[id]!;
  await openKiosk(page, 'en');
  await openTestimony(page, id);
  const items = page.locator('[data-testid="chapter"]');
  await expect(items).toHaveCount(chapters.length);
  await expect(items.nth(1)).toContainText(chapters[1]!.title.en!);
  await expect(items.nth(1)).toContainText(chapters[1]!.synopsis!.en!);
  await expect(items.nth(1)).toContainText('0:21');

  await items.nth(1).click();
  await expect(page.locator('[data-testid="play"]')).toHaveAttribute('data-state', 'playing');
  await expect.poll(async () => (await media(page))?.currentTime ?? 0).toBeGreaterThan(chapters[1]!.start);
  await expect(items.nth(1)).toHaveAttribute('aria-current', 'true');
  await expect(page.locator('[data-testid="chapter"][aria-current="true"]')).toHaveCount(1);
});

test('a keyword lists its moments across testimonies, and a moment opens another testimony there', async ({ page }) => {
  const memory = Object.entries(CHAPTERS).flatMap(([testimonyId, chapters]) =>
    chapters.flatMap((chapter, index) => (chapter.keywords.includes('memory') ? [{ testimonyId, index, chapter }] : [])),
  );
  const target = memory.find((moment) => moment.testimonyId === 't02-son-famine-flight')!;
  await openKiosk(page, 'ru');
  await openTestimony(page, 't01-granddaughter-file');

  await page.locator('[data-testid="keyword"][data-keyword-id="memory"]').first().click();
  await expect(page.locator('[data-screen="keyword"][data-keyword-id="memory"]')).toBeVisible();
  await expect(page.locator('[data-testid="moment"]')).toHaveCount(memory.length);
  const moment = page.locator(`[data-testid="moment"][data-testimony-id="${target.testimonyId}"]`);
  await expect(moment).toContainText(target.chapter.title.ru!);
  await expect(moment).toContainText('0:26');

  await moment.click();
  await expect(page.locator(`[data-screen="testimony"][data-testimony-id="${target.testimonyId}"]`)).toBeVisible();
  await expect(page.locator('[data-testid="chapter"]').nth(target.index)).toHaveAttribute('aria-current', 'true');
  await expect.poll(async () => (await media(page))?.currentTime ?? 0).toBeCloseTo(target.chapter.start, 1);
  // docs/design.md §6: audio never starts by itself.
  expect((await media(page))?.paused).toBe(true);
  await expect(page.locator('[data-testid="play"]')).not.toHaveAttribute('data-state', 'playing');
});

test('the playback speed changes the rate the recording plays at', async ({ page }) => {
  await openKiosk(page, 'kk');
  await openTestimony(page, 't03-daughter-alzhir');
  const fast = page.locator('[data-testid="playback-rate"][data-rate="1.25"]');
  await fast.click();
  await expect(fast).toHaveAttribute('aria-pressed', 'true');
  await page.locator('[data-testid="play"]').click();
  await expect.poll(async () => (await media(page))?.playbackRate).toBe(1.25);
  await page.locator('[data-testid="playback-rate"][data-rate="0.75"]').click();
  await expect.poll(async () => (await media(page))?.playbackRate).toBe(0.75);
});

test('the spoken language’s transcript stands beside the visitor’s and follows the recording', async ({ page }) => {
  await openKiosk(page, 'en');
  await openTestimony(page, 't02-son-famine-flight');
  const visitor = page.locator('[data-testid="transcript-line"]');
  const spoken = page.locator('[data-testid="spoken-transcript-line"]');
  await expect(spoken.first()).toBeVisible();
  await expect(spoken).toHaveCount(await visitor.count());
  const [left, right] = [await visitor.first().boundingBox(), await spoken.first().boundingBox()];
  expect(right!.x).toBeGreaterThan(left!.x + left!.width);

  await page.locator('[data-testid="play"]').click();
  await expect(page.locator('[data-testid="transcript-line"][aria-current="true"]')).toHaveCount(1);
  await expect(page.locator('[data-testid="spoken-transcript-line"][aria-current="true"]')).toHaveCount(1);

  await page.setViewportSize(PORTRAIT);
  const [top, below] = [await visitor.first().boundingBox(), await spoken.first().boundingBox()];
  expect(below!.y).toBeGreaterThan(top!.y + top!.height);

  await chooseLanguage(page, 'ru');
  await expect(spoken).toHaveCount(0);
  await expect(visitor.first()).toBeVisible();
});

test('a video testimony shows its picture with captions in the visitor’s language', async ({ page }) => {
  await openKiosk(page, 'kk');
  await openTestimony(page, 'e2e-video');
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
  await openKiosk(page, 'en');
  await page.locator('[data-nav="testimonies"]').click();
  const card = (id: string) => page.locator(`[data-testid="testimony-item"][data-testimony-id="${id}"]`);
  await expect(card('t01-granddaughter-file')).toContainText('0:42');
  await expect(card('t01-granddaughter-file')).toContainText('Kazakh');
  await expect(card('t02-son-famine-flight')).toContainText('Content warning');
  await expect(card(LETTER.id)).toContainText('Text');
  await openTestimony(page, LETTER.id);
  await expect(page.locator('[data-testid="testimony-text"]')).toContainText('A second paragraph.');
  await expect(page.locator('[data-testid="play"]')).toHaveCount(0);

  await openTestimony(page, 't02-son-famine-flight');
  const warning = page.locator('[data-testid="content-warning"]');
  await expect(warning).toContainText('famine');
  expect((await warning.boundingBox())!.y).toBeLessThan((await page.locator('[data-testid="play"]').boundingBox())!.y);
});

for (const viewport of [LANDSCAPE, PORTRAIT]) {
  test(`Play is on screen at the largest text size at ${viewport.width}×${viewport.height}`, async ({ page }) => {
    await openKiosk(page, 'kk');
    const textSize = page.locator('[data-testid="text-size"]');
    await textSize.click();
    await textSize.click();
    // Chosen before turning the screen: this test is about the testimony page, not the top bar.
    await page.setViewportSize(viewport);
    for (const id of Object.keys(CHAPTERS)) {
      await openTestimony(page, id);
      await expect(page.locator('[data-testid="play"]')).toBeInViewport({ ratio: 1 });
    }
  });
}
