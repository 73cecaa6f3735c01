// Photographs every screen in both orientations, and a few (the technician panel among them) in
// Russian, English, the largest text size and high contrast, into docs/screenshots/ as 8-bit
// palette PNGs (README "Screens").

import { test } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { chooseLanguage, openTechnicianPanel, waitForContentVersion } from './kiosk-page.ts';
import { PROJECT_ROOT } from './e2e-paths.ts';
import { resetFeed } from './publish-feed.ts';
import { LARGEST_TEXT_SIZE, ORIENTATIONS, TOUR, setTextSize, type Orientation } from './screen-tour.ts';

const OUT_DIR = path.join(PROJECT_ROOT, 'docs/screenshots');
const DEMO_PIN = '2468';
/** Screens shown again in the other languages and display settings. */
const VARIANT_SCREENS = new Set(['home', 'testimony', 'names']);

test('screenshots of every screen', async ({ page }) => {
  resetFeed();
  mkdirSync(OUT_DIR, { recursive: true });
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const shoot = async (name: string): Promise<void> => {
    // Let fonts, images and the map settle before the picture.
    await page.evaluate(() => document.fonts.ready);
    await page.waitForLoadState('networkidle');
    const png = await page.screenshot();
    await sharp(png)
      .png({ palette: true, colours: 128, compressionLevel: 9 })
      .toFile(path.join(OUT_DIR, `${name}.png`));
  };
  const shootPanel = async (name: string): Promise<void> => {
    await openTechnicianPanel(page, DEMO_PIN);
    await shoot(name);
    await page.locator('[data-testid="tech-close"]').click();
  };

  for (const orientation of Object.keys(ORIENTATIONS) as Orientation[]) {
    await page.setViewportSize(ORIENTATIONS[orientation]);
    await page.goto('/');
    await waitForContentVersion(page, 1);
    for (const stop of TOUR) {
      await stop.open(page);
      await shoot(`${stop.screen}-${orientation}`);
    }
    await shootPanel(`technician-${orientation}`);

    for (const lang of ['ru', 'en']) {
      await chooseLanguage(page, lang);
      for (const stop of TOUR.filter((s) => VARIANT_SCREENS.has(s.screen))) {
        await stop.open(page);
        await shoot(`${stop.screen}-${orientation}-${lang}`);
      }
      await shootPanel(`technician-${orientation}-${lang}`);
    }
    await chooseLanguage(page, 'kk');
    await setTextSize(page, LARGEST_TEXT_SIZE);
    await page.locator('[data-testid="high-contrast"]').click();
    for (const stop of TOUR.filter((s) => VARIANT_SCREENS.has(s.screen))) {
      await stop.open(page);
      await shoot(`${stop.screen}-${orientation}-large-contrast`);
    }
    // Russian writes the panel's longest lines; at the largest size they must still fit.
    await chooseLanguage(page, 'ru');
    await shootPanel(`technician-${orientation}-large-contrast-ru`);
  }
});
