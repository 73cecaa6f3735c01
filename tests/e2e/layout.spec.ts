// Both orientations fit (docs/design.md §6): on every screen, at every text size, nothing runs
// past the right edge and every control of the top bar and the keyboard is wholly on screen;
// the timeline keeps room for its cards and the Names screen for its results.

import { expect, test, type Page } from '@playwright/test';
import { chooseLanguage, typeOnScreen, waitForContentVersion } from './kiosk-page.ts';
import { resetFeed } from './publish-feed.ts';
import { LARGEST_TEXT_SIZE, ORIENTATIONS, TOUR, setTextSize, type Orientation } from './screen-tour.ts';

test.beforeEach(() => resetFeed());

interface Misfit {
  what: string;
  box: string;
}

/** Elements past the right edge, unless a scroll container inside the screen clips them, and
    controls of the top bar and keyboard that are not wholly on screen. */
function findMisfits(page: Page): Promise<Misfit[]> {
  return page.evaluate(() => {
    const width = innerWidth;
    const height = innerHeight;
    const describe = (el: Element): string =>
      `${el.tagName.toLowerCase()}${el.getAttribute('data-testid') ? `[${el.getAttribute('data-testid')}]` : ''}${el.getAttribute('data-key') ? `[key=${el.getAttribute('data-key')}]` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.split(' ')[0]}` : ''} "${(el.textContent ?? '').trim().slice(0, 30)}"`;
    const clipped = (el: Element): boolean => {
      for (let up = el.parentElement; up && up !== document.body; up = up.parentElement) {
        if (getComputedStyle(up).overflowX !== 'visible' && up.getBoundingClientRect().right <= width + 1) return true;
      }
      return false;
    };
    const misfits: { what: string; box: string }[] = [];
    if (document.documentElement.scrollWidth > width)
      misfits.push({ what: 'document', box: `scrollWidth ${document.documentElement.scrollWidth}` });
    for (const el of document.querySelectorAll('body *')) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0 || getComputedStyle(el).visibility === 'hidden') continue;
      const box = `${Math.round(r.left)},${Math.round(r.top)} → ${Math.round(r.right)},${Math.round(r.bottom)}`;
      // The top bar and the keyboard never scroll: each of their controls must be wholly on screen.
      // Controls in a row that a finger scrolls (the timeline's era and decade jumps) are reached
      // by scrolling it, like any element that a scroll container inside the screen clips.
      const control = el.matches('.top-bar button, [data-key]');
      if (control && (r.left < -1 || r.top < -1 || r.right > width + 1 || r.bottom > height + 1))
        misfits.push({ what: describe(el), box });
      else if (r.right > width + 1 && !clipped(el)) misfits.push({ what: describe(el), box });
    }
    return misfits.slice(0, 10);
  });
}

for (const orientation of Object.keys(ORIENTATIONS) as Orientation[]) {
  test(`every screen fits ${orientation} at every text size`, async ({ page }) => {
    test.setTimeout(240_000);
    await page.setViewportSize(ORIENTATIONS[orientation]);
    await page.goto('/');
    await waitForContentVersion(page, 1);
    // Russian has the longest section names of the three languages.
    await chooseLanguage(page, 'ru');
    const found: string[] = [];
    for (const size of ['0', '1', LARGEST_TEXT_SIZE]) {
      await setTextSize(page, size);
      for (const stop of TOUR) {
        await stop.open(page);
        for (const misfit of await findMisfits(page)) found.push(`${stop.screen} size ${size}: ${misfit.what} at ${misfit.box}`);
      }
    }
    expect(found).toEqual([]);
  });
}

/** Each orientation in turn, the kiosk at home with content at the largest text size (in `language` when given). */
async function eachOrientationAtLargest(
  page: Page,
  check: (orientation: Orientation) => Promise<void>,
  language?: 'ru',
): Promise<void> {
  for (const orientation of Object.keys(ORIENTATIONS) as Orientation[]) {
    await page.setViewportSize(ORIENTATIONS[orientation]);
    await page.goto('/');
    await waitForContentVersion(page, 1);
    if (language) await chooseLanguage(page, language);
    await setTextSize(page, LARGEST_TEXT_SIZE);
    await check(orientation);
  }
}

test('at the largest text size a testimony’s Play button is on screen without scrolling', async ({ page }) => {
  await eachOrientationAtLargest(page, async (orientation) => {
    await TOUR.find((stop) => stop.screen === 'testimony')!.open(page);
    await expect(page.locator('[data-testid="play"]'), orientation).toBeInViewport({ ratio: 1 });
  });
});

test('at the largest text size the Names screen still shows results and an open filter beside the keyboard', async ({ page }) => {
  await eachOrientationAtLargest(page, async (orientation) => {
    await page.locator('[data-nav="names"]').click();
    // A beginning many Kazakh names share (Жандос, Жанак…), so the list is longer than any screen.
    await typeOnScreen(page, 'жан');
    const results = page.locator('[data-testid="search-result"]');
    for (const index of [0, 1, 2]) await expect(results.nth(index), orientation).toBeInViewport({ ratio: 1 });
    await page.locator('[data-testid="name-filters"] button[aria-expanded]').first().click();
    await expect(page.locator('[data-testid="name-filters"] [data-decade]').first(), orientation).toBeInViewport({ ratio: 1 });
    await expect(page.locator('[data-key="backspace"]'), orientation).toBeInViewport({ ratio: 1 });
  });
});

test('at the largest text size the timeline’s jumps leave its cards room for date and title', async ({ page }) => {
  // Russian has the longest era titles of the three languages.
  await eachOrientationAtLargest(
    page,
    async (orientation) => {
      await page.locator('[data-nav="timeline"]').click();
      const card = page.locator('[data-testid="timeline-event"]').first();
      await expect(card.locator('[data-testid="timeline-event-date"]'), orientation).toBeInViewport({ ratio: 1 });
      await expect(card.locator('[data-testid="timeline-event-title"]'), orientation).toBeInViewport({ ratio: 1 });
      await expect(page.locator('[data-testid="timeline-next"]'), orientation).toBeInViewport({ ratio: 1 });
    },
    'ru',
  );
});
