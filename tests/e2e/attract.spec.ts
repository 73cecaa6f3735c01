// Between visitors (docs/design.md §6) on the page clock: an untouched kiosk goes to the attract
// loop without asking "still there?"; a visit's traces bring the prompt, then the reset clears
// them before the loop; slides change; the touch that ends the loop lands on Home and on nothing
// beneath; reduced motion has no fade; an exhibit without slides stays on Home.

import { expect, test, type Page } from '@playwright/test';
import type { ExhibitDoc, TestimoniesDoc } from '../../src/feed/content-schema.ts';
import { E2E_TEMPLATE_FEED_DIR } from './e2e-paths.ts';
import { editExhibit } from './edit-feed.ts';
import { chooseLanguage, typeOnScreen, waitForContentVersion } from './kiosk-page.ts';
import { readDocument, resetFeed } from './publish-feed.ts';
import { media, watchMedia } from './watch-media.ts';

/** tests/e2e/kiosk-config/default.json `idleSeconds`. */
const IDLE_MS = 90_000;
/** Inside the prompt's last 10 s, with room for the real time a step takes on an unpaused clock. */
const INTO_PROMPT_MS = IDLE_MS - 8_000;
const PAST_IDLE_MS = 9_000;
/** docs/design.md §6: each attract slide shows for 9 s. */
const SLIDE_MS = 9_000;

const attract = (page: Page) => page.locator('[data-screen="attract"]');
const countdown = (page: Page) => page.locator('[data-testid="idle-countdown"]');
const currentSlide = (page: Page) => page.locator('[data-testid="attract-slide"][aria-current="true"]');

let exhibit: ExhibitDoc;

test.beforeAll(() => {
  exhibit = readDocument<ExhibitDoc>('exhibit', E2E_TEMPLATE_FEED_DIR);
});

test.beforeEach(async ({ page }) => {
  resetFeed();
  await watchMedia(page);
  await page.clock.install();
});

async function openKiosk(page: Page): Promise<void> {
  await page.goto('/');
  await waitForContentVersion(page, 1);
  await expect(page.locator('[data-screen="home"]')).toBeVisible();
}

/** A key press is activity without a trace (no touch starts a visit), so the idle time counts from here. */
async function leaveUntouched(page: Page): Promise<void> {
  await page.keyboard.press('Shift');
}

test('an untouched home screen never asks "still there?" and goes on to the attract loop', async ({ page }) => {
  await openKiosk(page);
  await leaveUntouched(page);
  await page.clock.runFor(INTO_PROMPT_MS);
  await expect(countdown(page)).toHaveCount(0);
  await expect(attract(page)).toHaveCount(0);

  await page.clock.runFor(PAST_IDLE_MS);
  await expect(attract(page)).toBeVisible();
  await expect(countdown(page)).toHaveCount(0);
  await expect(currentSlide(page)).toHaveAttribute('data-slide', '0');
  await expect(currentSlide(page)).toContainText(exhibit.attract[0]!.text.kk!);
  await expect(attract(page)).toContainText('Бастау үшін экранды түртіңіз');
  await expect(attract(page)).toContainText('Touch the screen to begin');
});

test('after a visit the prompt shows, then the reset clears search, language, text size and recording before the loop', async ({
  page,
}) => {
  const audio = readDocument<TestimoniesDoc>('testimonies', E2E_TEMPLATE_FEED_DIR).testimonies.find(
    (testimony) => testimony.media?.kind === 'audio',
  )!;
  await openKiosk(page);
  await chooseLanguage(page, 'ru');
  const textSize = page.locator('[data-testid="text-size"]');
  await textSize.click();
  await expect(textSize).toHaveAttribute('data-size', '1');
  await page.locator('[data-nav="names"]').click();
  await typeOnScreen(page, 'абай');
  await expect(page.locator('[data-testid="search-input"]')).toHaveValue('абай');
  await page.locator('[data-nav="testimonies"]').click();
  await page.locator(`[data-testid="testimony-item"][data-testimony-id="${audio.id}"]`).click();
  const play = page.locator('[data-testid="play"]');
  await play.click();
  await expect.poll(async () => (await media(page))?.currentTime ?? 0).toBeGreaterThan(0);
  // A playing recording holds the idle time off (someone listening is not gone); paused, it waits for the reset.
  await play.click();
  await expect(play).toHaveAttribute('aria-pressed', 'false');
  expect(await media(page)).not.toBeNull();

  await page.clock.runFor(INTO_PROMPT_MS);
  await expect(countdown(page)).toBeVisible();
  await page.clock.runFor(PAST_IDLE_MS);
  await expect(attract(page)).toBeVisible();
  await expect(countdown(page)).toHaveCount(0);
  await expect(page.locator('html')).toHaveAttribute('lang', 'kk');
  expect(await media(page)).toBeNull();

  await attract(page).click();
  await expect(page.locator('[data-screen="home"]')).toBeVisible();
  await expect(textSize).toHaveAttribute('data-size', '0');
  await page.locator('[data-nav="names"]').click();
  await expect(page.locator('[data-testid="search-input"]')).toHaveValue('');
});

test('the attract slides change over time, the new one fading in over the last', async ({ page }) => {
  await openKiosk(page);
  await leaveUntouched(page);
  await page.clock.runFor(IDLE_MS + 1000);
  await expect(currentSlide(page)).toHaveAttribute('data-slide', '0');

  await page.clock.runFor(SLIDE_MS);
  await expect(currentSlide(page)).toHaveAttribute('data-slide', '1');
  await expect(currentSlide(page)).toContainText(exhibit.attract[1]!.text.kk!);
  await expect(page.locator('[data-testid="attract-slide"][data-slide="0"]')).toHaveAttribute('aria-hidden', 'true');
  expect(await currentSlide(page).evaluate((slide) => getComputedStyle(slide).animationName)).not.toBe('none');

  await page.clock.runFor((exhibit.attract.length - 1) * SLIDE_MS);
  await expect(currentSlide(page)).toHaveAttribute('data-slide', '0');
});

test('the touch that ends the attract loop lands on Home, not on the button beneath it', async ({ page }) => {
  await openKiosk(page);
  const timelineButton = await page.locator('[data-nav="timeline"]').boundingBox();
  await leaveUntouched(page);
  await page.clock.runFor(IDLE_MS + 1000);
  await expect(attract(page)).toBeVisible();

  await page.touchscreen.tap(timelineButton!.x + timelineButton!.width / 2, timelineButton!.y + timelineButton!.height / 2);
  await expect(attract(page)).toHaveCount(0);
  await expect(page.locator('[data-screen="home"]')).toBeVisible();
  await expect(page.locator('[data-screen="timeline"]')).toHaveCount(0);
});

test('with reduced motion a new slide simply appears', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openKiosk(page);
  await leaveUntouched(page);
  await page.clock.runFor(IDLE_MS + 1000 + SLIDE_MS);
  await expect(currentSlide(page)).toHaveAttribute('data-slide', '1');
  expect(await currentSlide(page).evaluate((slide) => getComputedStyle(slide).animationName)).toBe('none');
});

test('an exhibit without attract slides stays on Home between visitors', async ({ page }) => {
  await editExhibit((edited) => {
    edited.attract = [];
  });
  await openKiosk(page);
  await leaveUntouched(page);
  await page.clock.runFor(IDLE_MS + PAST_IDLE_MS);
  await expect(attract(page)).toHaveCount(0);
  await expect(countdown(page)).toHaveCount(0);
  await expect(page.locator('[data-screen="home"]')).toBeVisible();
});
