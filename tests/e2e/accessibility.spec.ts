// axe-core on every screen (docs/design.md §6.3): in kk, ru and en, in both orientations, at the
// largest text size, no serious or critical WCAG 2.1 A/AA violation. One page per orientation
// loads the kiosk once and walks every screen in each language, so the spec stays short.

import { expect, test, type Page } from '@playwright/test';
import axe from 'axe-core';
import { chooseLanguage, waitForContentVersion } from './kiosk-page.ts';
import { resetFeed } from './publish-feed.ts';
import { LARGEST_TEXT_SIZE, ORIENTATIONS, TOUR, setTextSize, type Orientation, type TourStop } from './screen-tour.ts';

const LANGS = ['kk', 'ru', 'en'] as const;
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const FAILING_IMPACTS = new Set(['serious', 'critical']);

// A stop that cannot be reached fails at once instead of waiting out the test.
test.use({ actionTimeout: 15_000 });
test.beforeEach(() => resetFeed());

async function openTestimony(page: Page, idPrefix: string, screen: string): Promise<void> {
  await page.locator('[data-nav="testimonies"]').click();
  await page.locator(`[data-testid="testimony-item"][data-testimony-id^="${idPrefix}"]`).click();
  await expect(page.locator(`[data-screen="${screen}"][data-testimony-id^="${idPrefix}"]`)).toBeVisible();
}

/** The tour's screens with the states inside them a visitor also sees; each stop leaves the
    page where the next one can start. */
const STOPS: readonly TourStop[] = TOUR.flatMap((stop): TourStop[] => {
  switch (stop.screen) {
    case 'event':
      return [
        stop,
        {
          screen: 'image viewer',
          open: async (page) => {
            // The first events have no picture; the next ones in timeline order do.
            const image = page.locator('[data-testid="event-image"]');
            for (let steps = 0; steps < 10 && (await image.count()) === 0; steps++)
              await page.locator('[data-testid="event-next"]').click();
            await image.first().click();
            await expect(page.locator('[data-testid="image-viewer"]')).toBeVisible();
          },
        },
      ];
    case 'testimony':
      return [
        stop,
        {
          screen: 'keyword',
          open: async (page) => {
            await page.locator('[data-testid="keyword"]').first().click();
            await expect(page.locator('[data-screen="keyword"]')).toBeVisible();
          },
        },
        { screen: 'video testimony', open: (page) => openTestimony(page, 't04', 'testimony') },
        { screen: 'text-only testimony', open: (page) => openTestimony(page, 't05', 'testimony') },
      ];
    default:
      return [stop];
  }
});

/** What closes a stop's overlay before the next stop navigates. */
const CLOSE: Readonly<Record<string, string>> = {
  'image viewer': '[data-testid="viewer-close"]',
  'PIN prompt': '[data-testid="pin-cancel"]',
};

const PIN_PROMPT: TourStop = {
  screen: 'PIN prompt',
  open: async (page) => {
    const corner = page.locator('[data-testid="technician-corner"]');
    for (let i = 0; i < 5; i++) await corner.click({ force: true });
    await expect(page.locator('[data-testid="pin-prompt"]')).toBeVisible();
  },
};

/**
 * axe-core once into the page: the kiosk is one page that never reloads between screens, so one
 * copy serves every run (injecting it anew for each run took most of the spec's time).
 */
async function loadAxe(page: Page): Promise<void> {
  // As the test runner's own script, since the kiosk's policy refuses inline ones (docs/design.md §10).
  await page.evaluate(axe.source);
}

/** One line per failing node: rule, impact, target, where, and axe's own summary of the fix. */
async function findViolations(page: Page, where: string): Promise<string[]> {
  const violations = await page.evaluate(
    async (tags) =>
      (
        await (window as unknown as { axe: typeof axe }).axe.run(document, {
          runOnly: { type: 'tag', values: tags },
          resultTypes: ['violations'],
        })
      ).violations,
    WCAG_TAGS,
  );
  return violations
    .filter((violation) => FAILING_IMPACTS.has(violation.impact ?? ''))
    .flatMap((violation) =>
      violation.nodes.map(
        (node) =>
          `${where}: ${violation.id} (${violation.impact}) at ${node.target.join(' ')}: ${node.failureSummary?.replace(/\s+/g, ' ')}`,
      ),
    );
}

for (const orientation of Object.keys(ORIENTATIONS) as Orientation[]) {
  test(`no serious or critical axe violation on any screen, ${orientation}`, async ({ page }) => {
    test.setTimeout(300_000);
    await page.setViewportSize(ORIENTATIONS[orientation]);
    await page.goto('/');
    await waitForContentVersion(page, 1);
    await loadAxe(page);
    await setTextSize(page, LARGEST_TEXT_SIZE);
    const found: string[] = [];
    for (const lang of LANGS) {
      await chooseLanguage(page, lang);
      for (const stop of [...STOPS, PIN_PROMPT]) {
        await stop.open(page);
        found.push(...(await findViolations(page, `${stop.screen} / ${lang} / ${orientation}`)));
        const close = CLOSE[stop.screen];
        if (close) await page.locator(close).click();
      }
    }
    // A kiosk-config that does not exist: the error screen a technician sees, in every language at once.
    await page.goto('/?kiosk=missing');
    await expect(page.locator('[data-screen="error"]')).toBeVisible();
    await loadAxe(page);
    found.push(...(await findViolations(page, `config error / ${orientation}`)));
    expect(found, found.join('\n')).toEqual([]);
  });
}
