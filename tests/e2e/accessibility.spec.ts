// axe-core on every screen, in kk, ru and en, in both orientations, at the largest text size:
// no serious or critical violation. One page walks the whole tour per orientation.

import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { chooseLanguage, openTechnicianPanel, waitForContentVersion } from './kiosk-page.ts';
import { resetFeed } from './publish-feed.ts';
import { LARGEST_TEXT_SIZE, ORIENTATIONS, TOUR, setTextSize, type Orientation } from './screen-tour.ts';

const LANGS = ['kk', 'ru', 'en'] as const;
const DEMO_PIN = '2468';

test.beforeEach(() => resetFeed());

for (const orientation of Object.keys(ORIENTATIONS) as Orientation[]) {
  test(`no serious or critical axe violation on any screen, ${orientation}`, async ({ page }) => {
    test.setTimeout(600_000);
    await page.setViewportSize(ORIENTATIONS[orientation]);
    await page.goto('/');
    await waitForContentVersion(page, 1);
    await setTextSize(page, LARGEST_TEXT_SIZE);
    const found: string[] = [];
    const check = async (screen: string, lang: string): Promise<void> => {
      const { violations } = await new AxeBuilder({ page }).analyze();
      for (const v of violations.filter((v) => v.impact === 'serious' || v.impact === 'critical'))
        found.push(
          `${screen}/${lang}/${orientation}: ${v.id} (${v.impact}) at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
        );
    };
    for (const lang of LANGS) {
      await chooseLanguage(page, lang);
      for (const stop of TOUR) {
        await stop.open(page);
        await check(stop.screen, lang);
      }
      await openTechnicianPanel(page, DEMO_PIN);
      await check('technician', lang);
      await page.locator('[data-testid="tech-close"]').click();
    }
    expect(found).toEqual([]);
  });
}
