// The timeline to walk (docs/design.md §6): one horizontal track of the events in date order,
// swiped with a finger (a tap still opens an event), stepped with ← → and the arrow keys,
// jumped by era and decade, in landscape and portrait, and direct under reduced motion.

import { expect, test, type Locator, type Page } from '@playwright/test';
import type { TimelineDoc } from '../../src/feed/content-schema.ts';
import { waitForContentVersion } from './kiosk-page.ts';
import { readDocument, resetFeed } from './publish-feed.ts';

test.beforeEach(() => resetFeed());

async function openTimeline(page: Page): Promise<void> {
  await page.goto('/');
  await waitForContentVersion(page, 1);
  await page.locator('[data-nav="timeline"]').click();
  await expect(page.locator('[data-screen="timeline"]')).toBeVisible();
}

/** A finger on the touch screen, from one point to another in even moves, then lifted. */
async function swipe(page: Page, from: { x: number; y: number }, dx: number, moves = 12): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [from] });
  for (let move = 1; move <= moves; move++) {
    await cdp.send('Input.dispatchTouchEvent', {
      type: 'touchMove',
      touchPoints: [{ x: from.x + (dx * move) / moves, y: from.y }],
    });
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await cdp.detach();
}

async function centre(locator: Locator): Promise<{ x: number; y: number }> {
  const box = (await locator.boundingBox())!;
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** The events whose cards are wholly inside the track's viewport. */
async function eventsOnScreen(page: Page): Promise<string[]> {
  return page.locator('[data-testid="timeline-track"]').evaluate((track) => {
    const view = track.getBoundingClientRect();
    return Array.from(track.querySelectorAll('[data-testid="timeline-event"]'))
      .filter((card) => {
        const box = card.getBoundingClientRect();
        return box.left >= view.left && box.right <= view.right;
      })
      .map((card) => card.getAttribute('data-event-id')!);
  });
}

const firstOnScreen = async (page: Page) => (await eventsOnScreen(page))[0];

/** Waits until the track has come to rest: its layer is where it was two frames before. */
async function settled(page: Page): Promise<void> {
  const layer = page.locator('[data-testid="timeline-track"] > *').first();
  const still = () =>
    layer.evaluate((element) => {
      const at = () => getComputedStyle(element).transform;
      const before = at();
      return new Promise<boolean>((resolve) =>
        requestAnimationFrame(() => requestAnimationFrame(() => resolve(at() === before))),
      );
    });
  await expect.poll(still).toBe(true);
}

test('lists every event in date order, with partial dates, on one horizontal track', async ({ page }) => {
  const events = readDocument<TimelineDoc>('timeline').events;
  await openTimeline(page);
  const cards = page.locator('[data-testid="timeline-event"]');
  await expect(cards).toHaveCount(events.length);
  const dates = await cards.evaluateAll((all) => all.map((card) => card.getAttribute('data-date')!));
  expect(dates).toEqual(events.map((event) => event.date).sort());
  expect(dates.some((date) => /^\d{4}$/.test(date))).toBe(true);
  const [first, second] = [await cards.nth(0).boundingBox(), await cards.nth(1).boundingBox()];
  expect(second!.x).toBeGreaterThan(first!.x + first!.width);
  expect(second!.y).toBe(first!.y);
});

test('a swipe walks the track and opens nothing; a tap opens the event', async ({ page }) => {
  await openTimeline(page);
  const track = page.locator('[data-testid="timeline-track"]');
  const before = await eventsOnScreen(page);
  await swipe(page, await centre(track), -900);
  await settled(page);
  expect(await firstOnScreen(page)).not.toBe(before[0]);
  await expect(page.locator('[data-screen="timeline"]')).toBeVisible();

  const shown = (await eventsOnScreen(page))[0]!;
  const card = page.locator(`[data-testid="timeline-event"][data-event-id="${shown}"]`);
  const point = await centre(card);
  await swipe(page, point, 4, 2);
  await expect(page.locator('[data-screen="event"]')).toBeVisible();

  // Back, the timeline shows the event the visitor left it at.
  await page.locator('[data-nav="timeline"]').click();
  await expect(page.locator('[data-screen="timeline"]')).toBeVisible();
  await expect.poll(() => eventsOnScreen(page)).toContain(shown);
});

test('the arrows, the arrow keys, the decades and the eras move along the track', async ({ page }) => {
  const events = readDocument<TimelineDoc>('timeline').events;
  const sorted = [...events].sort((a, b) => (a.date < b.date ? -1 : 1));
  await openTimeline(page);
  await expect.poll(() => firstOnScreen(page)).toBe(sorted[0]!.id);

  await page.locator('[data-testid="timeline-next"]').click();
  await expect.poll(() => firstOnScreen(page)).toBe(sorted[1]!.id);
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => firstOnScreen(page)).toBe(sorted[2]!.id);
  await page.keyboard.press('ArrowLeft');
  await page.locator('[data-testid="timeline-previous"]').click();
  await expect.poll(() => firstOnScreen(page)).toBe(sorted[0]!.id);

  const late = sorted.findLast((event) => event.date.startsWith('198'))!;
  const decade = page.locator('[data-testid="timeline-decade"][data-decade="1980"]');
  await decade.click();
  await expect.poll(() => eventsOnScreen(page)).toContain(late.id);
  await expect(decade).toHaveAttribute('aria-current', 'true');

  const terror = page.locator('[data-testid="timeline-era"][data-era-id="terror"]');
  await terror.click();
  await expect(terror).toHaveAttribute('aria-current', 'true');
  const terrorEvent = sorted.find((event) => event.era === 'terror')!;
  await expect.poll(() => eventsOnScreen(page)).toContain(terrorEvent.id);
});

test('in portrait the track stays horizontal and its cards grow taller', async ({ page }) => {
  await openTimeline(page);
  const card = page.locator('[data-testid="timeline-event"]').first();
  const landscape = (await card.boundingBox())!;
  await page.setViewportSize({ width: 1080, height: 1920 });
  await expect.poll(async () => (await card.boundingBox())!.height).toBeGreaterThan(landscape.height * 1.5);
  const [first, second] = await page
    .locator('[data-testid="timeline-event"]')
    .evaluateAll((cards) => cards.slice(0, 2).map((each) => each.getBoundingClientRect().toJSON() as DOMRect));
  expect(second!.y).toBe(first!.y);
  expect(second!.x).toBeGreaterThan(first!.x);
});

test('with reduced motion the track moves at once, without gliding', async ({ page }) => {
  const sorted = [...readDocument<TimelineDoc>('timeline').events].sort((a, b) => (a.date < b.date ? -1 : 1));
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openTimeline(page);
  await page.locator('[data-testid="timeline-next"]').click();
  // No poll: without a glide the track is already where it goes, and stays there.
  expect(await firstOnScreen(page)).toBe(sorted[1]!.id);
  const frames = await page.locator('[data-testid="timeline-track"] > *').evaluate((layer) => {
    const at = () => getComputedStyle(layer).transform;
    const first = at();
    return new Promise<string[]>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve([first, at()]))));
  });
  expect(frames[1]).toBe(frames[0]);
});
