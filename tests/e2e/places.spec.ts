// The Places section end to end, in both orientations: the map and the list show every place
// in kk, ru and en, + and − change the map's scale and a drag moves it, a tap on a place opens
// its page with its links, and Back returns to the map as it was left.

import { expect, test, type Page } from '@playwright/test';
import type { ExhibitDoc, Place, TimelineDoc } from '../../src/feed/content-schema.ts';
import { chooseLanguage, waitForContentVersion } from './kiosk-page.ts';
import { publishWithoutPlaces } from './places-fixture.ts';
import { readDocument, resetFeed } from './publish-feed.ts';

const LANGS = ['kk', 'ru', 'en'] as const;
const ORIENTATIONS = [
  { name: 'landscape', viewport: { width: 1920, height: 1080 } },
  { name: 'portrait', viewport: { width: 1080, height: 1920 } },
] as const;

const marker = (page: Page, id: string) =>
  page.locator(`[data-testid="places-map"] [data-testid="place"][data-place-id="${id}"]`);
const listItem = (page: Page, id: string) =>
  page.locator(`[data-testid="places-list"] [data-testid="place"][data-place-id="${id}"]`);

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

async function centreOf(page: Page, id: string): Promise<{ x: number; y: number }> {
  const box = (await marker(page, id).boundingBox())!;
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** The marker's centre lies within the map's frame, so the first view shows it. */
async function isOnMap(page: Page, id: string): Promise<boolean> {
  const map = (await page.locator('[data-testid="places-map"]').boundingBox())!;
  const { x, y } = await centreOf(page, id);
  return x > map.x && x < map.x + map.width && y > map.y && y < map.y + map.height;
}

async function openPlaces(page: Page): Promise<void> {
  await page.goto('/');
  await waitForContentVersion(page, 1);
  await page.locator('[data-nav="places"]').click();
  await expect(page.locator('[data-screen="places"]')).toBeVisible();
}

for (const orientation of ORIENTATIONS) {
  test.describe(`places, ${orientation.name}`, () => {
    test.use({ viewport: orientation.viewport });
    let places: Place[];

    test.beforeEach(() => {
      resetFeed();
      places = readDocument<ExhibitDoc>('exhibit').places;
    });

    test('every place is on the map and in the list, named in kk, ru and en', async ({ page }) => {
      await openPlaces(page);
      for (const lang of LANGS) {
        await chooseLanguage(page, lang);
        for (const place of places) {
          expect(await isOnMap(page, place.id)).toBe(true);
          await expect(marker(page, place.id)).toHaveAttribute('aria-label', new RegExp(`^${escapeRegExp(place.name[lang]!)}, `));
          await expect(listItem(page, place.id)).toContainText(place.name[lang]!);
        }
      }
    });

    test('+ and − change the map scale, and a drag moves the map', async ({ page }) => {
      await openPlaces(page);
      const map = page.locator('[data-testid="places-map"]');
      const [first, second] = places;
      const spread = async () => {
        const [a, b] = [await centreOf(page, first!.id), await centreOf(page, second!.id)];
        return Math.hypot(a.x - b.x, a.y - b.y);
      };
      await expect(map).toHaveAttribute('data-zoom', '1.00');
      const before = await spread();

      const overviewFrame = page.locator('[data-testid="places-overview"] rect');
      const frameBefore = Number(await overviewFrame.getAttribute('width'));

      await page.locator('[data-testid="map-zoom-in"]').click();
      await expect(map).toHaveAttribute('data-zoom', '1.50');
      expect(await spread()).toBeCloseTo(before * 1.5, 0);
      // The overview's frame of what the map shows narrows with the zoom.
      expect(Number(await overviewFrame.getAttribute('width'))).toBeLessThan(frameBefore);

      await page.locator('[data-testid="map-zoom-out"]').click();
      await page.locator('[data-testid="map-zoom-out"]').click();
      await expect(map).not.toHaveAttribute('data-zoom', '1.00');
      expect(Number(await map.getAttribute('data-zoom'))).toBeLessThan(1);
      expect(await spread()).toBeLessThan(before);

      const start = await centreOf(page, first!.id);
      const box = (await map.boundingBox())!;
      const from = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
      await page.mouse.move(from.x, from.y);
      await page.mouse.down();
      await page.mouse.move(from.x + 60, from.y + 40, { steps: 5 });
      await page.mouse.up();
      const moved = await centreOf(page, first!.id);
      expect(moved.x - start.x).toBeCloseTo(60, 0);
      expect(moved.y - start.y).toBeCloseTo(40, 0);
      await expect(page.locator('[data-screen="places"]')).toBeVisible();
    });

    test('a place opens its page with its links, and Back returns to the map as it was', async ({ page }) => {
      const timeline = readDocument<TimelineDoc>('timeline');
      await openPlaces(page);
      for (const lang of LANGS) {
        await chooseLanguage(page, lang);
        for (const place of places) {
          // The events the place names, and those that name the place in their own links.
          const linked = timeline.events.filter(
            (event) => place.links.events.includes(event.id) || event.links.places.includes(place.id),
          );
          await marker(page, place.id).click();
          const screen = page.locator(`[data-screen="place"][data-place-id="${place.id}"]`);
          await expect(screen).toContainText(place.name[lang]!);
          await expect(screen.locator('[data-testid="place-locator"]')).toBeVisible();
          for (const event of linked)
            await expect(screen.locator(`[data-event-id="${event.id}"]`)).toContainText(event.title[lang]!);
          for (const testimony of place.links.testimonies)
            await expect(screen.locator(`[data-testimony-id="${testimony}"]`)).toBeVisible();
          await page.locator('[data-testid="back"]').click();
          await expect(page.locator('[data-screen="places"]')).toBeVisible();
        }
      }

      const first = places[0]!;
      const linkedEvent = first.links.events[0]!;
      await page.locator('[data-testid="map-zoom-in"]').click();
      await listItem(page, first.id).click();
      await page.locator(`[data-screen="place"] [data-event-id="${linkedEvent}"]`).click();
      await expect(page.locator(`[data-screen="event"][data-event-id="${linkedEvent}"]`)).toBeVisible();
      await page.locator('[data-testid="back"]').click();
      await page.locator('[data-testid="back"]').click();
      await expect(page.locator('[data-testid="places-map"]')).toHaveAttribute('data-zoom', '1.50');
      await page.locator('[data-nav="places"]').click();
      await expect(page.locator('[data-testid="places-map"]')).toHaveAttribute('data-zoom', '1.00');
    });
  });
}

test('an exhibit that lists Places but has no place shows no Places section', async ({ page }) => {
  resetFeed();
  await publishWithoutPlaces();
  await page.goto('/');
  await waitForContentVersion(page, 1);
  await expect(page.locator('[data-nav="names"]')).toBeVisible();
  await expect(page.locator('[data-nav="places"]')).toHaveCount(0);
});
