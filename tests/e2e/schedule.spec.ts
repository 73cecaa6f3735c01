// The schedule end to end (docs/design.md §6.2) on the page clock, in Asia/Almaty: Remembrance on
// 31 May with its rolling names and the touch that searches, the minute of silence at 12:00,
// closed hours with the opening time, a kiosk whose clock booted in 2000, and the technician's
// schedule line and previews. Time is moved with page.clock, never waited for.

import { expect, test, type Page } from '@playwright/test';
import { openTechnicianPanel, waitForContentVersion } from './kiosk-page.ts';
import { resetFeed } from './publish-feed.ts';

test.use({ timezoneId: 'Asia/Almaty' });
test.beforeEach(() => resetFeed());

const almaty = (local: string) => new Date(`${local}+05:00`);
/** docs/design.md §6.2: the Remembrance display keeps this many rows in the page. */
const ROWS_SHOWN = 8;
const ROLL_STEP_MS = 4000;
const IDLE_MS = 90_000;

/**
 * The e2e default kiosk-config has no scheduled mode, so no other spec meets Remembrance on a
 * 31 May; these tests open a kiosk with the demo's schedule.
 */
async function openKioskAt(page: Page, local: string, kiosk = 'remembrance-day'): Promise<void> {
  await page.clock.install({ time: almaty(local) });
  await page.goto(`/?kiosk=${kiosk}`);
  await waitForContentVersion(page, 1);
}

const remembrance = (page: Page) => page.locator('[data-screen="remembrance"]');
const rolledIds = (page: Page) =>
  page.locator('[data-testid="remembrance-name"]').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-record-id')));

test('Remembrance begins at midnight of 31 May in Almaty and rolls the names a few rows at a time', async ({ page }) => {
  await openKioskAt(page, '2027-05-30T23:58:00');
  await expect(page.locator('[data-screen="home"]')).toBeVisible();
  await expect(remembrance(page)).toHaveCount(0);

  await page.clock.pauseAt(almaty('2027-05-30T23:59:50'));
  await page.clock.runFor(11_000);
  await expect(remembrance(page)).toBeVisible();
  await expect(page.locator('[data-testid="remembrance-name"]')).toHaveCount(ROWS_SHOWN);
  const first = await rolledIds(page);

  await page.clock.runFor(3 * ROLL_STEP_MS);
  await expect.poll(() => rolledIds(page)).not.toEqual(first);
  await expect(page.locator('[data-testid="remembrance-name"]')).toHaveCount(ROWS_SHOWN);
  expect((await rolledIds(page)).slice(0, ROWS_SHOWN - 3)).toEqual(first.slice(3));
});

test('a touch on Remembrance opens Names, and the display returns when the visit ends', async ({ page }) => {
  await openKioskAt(page, '2027-05-31T09:00:00');
  await expect(remembrance(page)).toBeVisible();
  await remembrance(page).click();
  await expect(page.locator('[data-screen="names"]')).toBeVisible();
  await expect(remembrance(page)).toHaveCount(0);

  await page.clock.runFor(IDLE_MS + 1000);
  await expect(remembrance(page)).toBeVisible();
});

test('the minute of silence at 12:00 dims the screen for 60 s, then gives back what was there', async ({ page }) => {
  await openKioskAt(page, '2027-05-31T11:58:00');
  await page.clock.pauseAt(almaty('2027-05-31T11:59:45'));
  await remembrance(page).click();
  await expect(page.locator('[data-screen="names"]')).toBeVisible();

  await page.clock.runFor(16_000);
  const silence = page.locator('[data-screen="silence"]');
  await expect(silence).toBeVisible();
  await expect(silence).toHaveText('Үнсіздік минуты');
  await page.clock.runFor(58_000);
  await expect(silence).toBeVisible();
  await page.clock.runFor(2_000);
  await expect(silence).toHaveCount(0);
  await expect(page.locator('[data-screen="names"]')).toBeVisible();
});

test('outside opening hours the kiosk is closed and says when it opens, in the display language', async ({ page }) => {
  // Tuesday 1 June 2027: open 10:00–18:00.
  await openKioskAt(page, '2027-06-01T08:00:00', 'opening-hours');
  const closed = page.locator('[data-screen="closed"]');
  await expect(closed).toBeVisible();
  await expect(page.locator('[data-testid="next-opening"]')).toHaveText('Ашылу уақыты: бүгін, 10:00');
  await expect(closed).toContainText('сейсенбі');

  await page.clock.pauseAt(almaty('2027-06-01T09:59:30'));
  await page.clock.runFor(31_000);
  await expect(closed).toHaveCount(0);
  await expect(page.locator('[data-screen="home"]')).toBeVisible();
});

test('a kiosk whose clock booted in 2000 shows Remembrance within a minute of the clock being set right', async ({ page }) => {
  await page.clock.install({ time: new Date('2000-01-01T00:00:00Z') });
  await page.goto('/?kiosk=remembrance-day');
  await waitForContentVersion(page, 1);
  await expect(page.locator('[data-screen="home"]')).toBeVisible();

  await page.clock.setSystemTime(almaty('2027-05-31T10:00:00'));
  await page.clock.runFor(60_000);
  await expect(remembrance(page)).toBeVisible();

  await openTechnicianPanel(page, '2468');
  await expect(page.locator('[data-testid="schedule-now"]')).toHaveAttribute('data-mode', 'remembrance');
  await expect(page.locator('[data-screen="technician"]')).toContainText('clock-jump');
});

test('the technician panel tells the mode now and next, and previews each mode until touched or timed out', async ({ page }) => {
  await openKioskAt(page, '2027-03-10T14:00:00');
  await openTechnicianPanel(page, '2468');
  await expect(page.locator('[data-testid="schedule-now"]')).toHaveAttribute('data-mode', 'open');
  await expect(page.locator('[data-testid="schedule-next"]')).toHaveAttribute('data-mode', 'remembrance');
  await expect(page.locator('[data-testid="schedule-next"]')).toContainText('2027-05-31 00:00');

  await page.locator('[data-testid="schedule-preview"][data-mode="remembrance"]').click();
  await expect(remembrance(page)).toBeVisible();
  await remembrance(page).click();
  await expect(remembrance(page)).toHaveCount(0);
  await expect(page.locator('[data-screen="technician"]')).toBeVisible();

  await page.locator('[data-testid="schedule-preview"][data-mode="closed"]').click();
  await expect(page.locator('[data-screen="closed"]')).toBeVisible();
  await page.clock.runFor(15_000);
  await expect(page.locator('[data-screen="closed"]')).toHaveCount(0);

  await page.locator('[data-testid="schedule-preview"][data-mode="silence"]').click();
  await expect(page.locator('[data-screen="silence"]')).toBeVisible();
});
