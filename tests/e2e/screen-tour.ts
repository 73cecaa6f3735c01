// Walks one page through every screen a visitor can reach, by the docs/design.md §9 hooks only,
// so the layout, accessibility and screenshot runs share one sync and one navigation path.

import { expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { NamesShard } from '../../src/feed/content-schema.ts';
import { objectPath } from '../../src/feed/manifest-schema.ts';
import { E2E_FEED_DIR } from './e2e-paths.ts';
import { typeOnScreen } from './kiosk-page.ts';
import { readManifest } from './publish-feed.ts';

export const ORIENTATIONS = {
  landscape: { width: 1920, height: 1080 },
  portrait: { width: 1080, height: 1920 },
} as const;
export type Orientation = keyof typeof ORIENTATIONS;

/** The largest of the three text sizes (docs/design.md §9 `text-size`, `data-size`). */
export const LARGEST_TEXT_SIZE = '2';

export interface TourStop {
  screen: string;
  open: (page: Page) => Promise<void>;
}

/** A surname the on-screen keyboard can type, from the feed's first names shard. */
function typeableSurname(): string {
  const entry = readManifest().objects.find((object) => object.role === 'names')!;
  const shard = JSON.parse(readFileSync(path.join(E2E_FEED_DIR, objectPath(entry)), 'utf8')) as NamesShard;
  return shard.records.find((r) => !r.restricted && /^[а-яё]{5,}$/i.test(r.surname))!.surname;
}

async function openFirst(page: Page, nav: string, item: string, screen: string): Promise<void> {
  await page.locator(`[data-nav="${nav}"]`).click();
  await page.locator(item).first().click();
  await expect(page.locator(`[data-screen="${screen}"]`)).toBeVisible();
}

async function openSection(page: Page, nav: string): Promise<void> {
  await page.locator(`[data-nav="${nav}"]`).click();
  await expect(page.locator(`[data-screen="${nav}"]`)).toBeVisible();
}

/** Every screen of the exhibit, each opened from wherever the previous one left the page. */
export const TOUR: readonly TourStop[] = [
  { screen: 'home', open: (page) => openSection(page, 'home') },
  { screen: 'timeline', open: (page) => openSection(page, 'timeline') },
  { screen: 'event', open: (page) => openFirst(page, 'timeline', '[data-testid="timeline-event"]', 'event') },
  { screen: 'testimonies', open: (page) => openSection(page, 'testimonies') },
  { screen: 'testimony', open: (page) => openFirst(page, 'testimonies', '[data-testid="testimony-item"]', 'testimony') },
  { screen: 'places', open: (page) => openSection(page, 'places') },
  {
    screen: 'place',
    open: (page) => openFirst(page, 'places', '[data-testid="places-list"] [data-testid="place"]', 'place'),
  },
  {
    screen: 'names',
    open: async (page) => {
      await openSection(page, 'names');
      await page.locator('[data-key="clear"]').click();
      await typeOnScreen(page, typeableSurname());
      await expect(page.locator('[data-testid="search-result"]').first()).toBeVisible();
    },
  },
  {
    screen: 'record',
    open: async (page) => {
      await page.locator('[data-testid="search-result"]').first().click();
      await expect(page.locator('[data-screen="record"]')).toBeVisible();
    },
  },
];

export async function setTextSize(page: Page, size: string): Promise<void> {
  const button = page.locator('[data-testid="text-size"]');
  for (let turns = 0; turns < 3 && (await button.getAttribute('data-size')) !== size; turns++) await button.click();
  await expect(button).toHaveAttribute('data-size', size);
}
