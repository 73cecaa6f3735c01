// The watchdog end to end (docs/design.md §6.6): a main thread blocked past `stallSeconds` reloads
// the kiosk as soon as it runs again, and the nightly reload comes at 04:00 in Asia/Almaty on the
// page clock, never during a visit; the technician log and panel then say why. Each kiosk-config
// here turns on one trigger only: a page-clock jump would look like a stall to the other.

import { expect, test, type Page } from '@playwright/test';
import { openTechnicianPanel, waitForContentVersion } from './kiosk-page.ts';
import { resetFeed } from './publish-feed.ts';

test.use({ timezoneId: 'Asia/Almaty' });
test.beforeEach(() => resetFeed());

const almaty = (local: string) => new Date(`${local}+05:00`);
/** tests/e2e/kiosk-config/watchdog-stall.json reloads after 5 s without a timer tick. */
const BLOCK_MS = 6000;
const IDLE_MS = 90_000;

const reloadLine = (page: Page) => page.locator('[data-testid="tech-log"] li[data-code="watchdog-reload"]');

test('a main thread blocked past stallSeconds reloads the kiosk, and the log and panel say why', async ({ page }) => {
  await page.goto('/?kiosk=watchdog-stall');
  await waitForContentVersion(page, 1);
  const reloaded = page.waitForEvent('load');
  // A runaway script: the page's one thread runs nothing else until it returns.
  await page.evaluate((blockMs) => {
    const end = performance.now() + blockMs;
    while (performance.now() < end);
  }, BLOCK_MS);
  await reloaded;
  await waitForContentVersion(page, 1);

  await openTechnicianPanel(page, '2468');
  await expect(reloadLine(page)).toContainText('reloaded by the watchdog: stall');
  const lastReload = page.locator('[data-testid="last-reload"]');
  await expect(lastReload).toHaveAttribute('data-reason', 'stall');
  await expect(lastReload).toContainText('қатып қалды');
});

test('an idle kiosk reloads at 04:00 Almaty time', async ({ page }) => {
  // Untouched for longer than idleSeconds by 04:00: nobody is on a visit.
  await page.clock.install({ time: almaty('2027-03-10T03:58:00') });
  await page.goto('/?kiosk=watchdog-nightly');
  await waitForContentVersion(page, 1);
  await page.clock.pauseAt(almaty('2027-03-10T03:59:50'));
  const reloaded = page.waitForEvent('load');
  await page.clock.runFor(15_000);
  await reloaded;
  await waitForContentVersion(page, 1);

  await openTechnicianPanel(page, '2468');
  await expect(reloadLine(page)).toContainText('reloaded by the watchdog: nightly reload at 04:00');
  // 04:00 in Almaty is 23:00 the day before in UTC.
  await expect(reloadLine(page).locator('time')).toHaveAttribute('datetime', /^2027-03-09T23:00:0\d/);
  await expect(page.locator('[data-testid="last-reload"]')).toHaveAttribute('data-reason', 'nightly');
});

test('the nightly reload waits while a visitor uses the kiosk and comes after their idle reset', async ({ page }) => {
  await page.clock.install({ time: almaty('2027-03-10T03:59:00') });
  await page.goto('/?kiosk=watchdog-nightly');
  await waitForContentVersion(page, 1);
  await page.clock.pauseAt(almaty('2027-03-10T03:59:50'));
  await page.locator('[data-nav="timeline"]').click();

  // 04:01:10, past the reload's minute and into the "still there?" countdown: the visit goes on.
  await page.clock.runFor(IDLE_MS - 10_000);
  await expect(page.locator('[data-testid="idle-countdown"]')).toBeVisible();
  await expect(page.locator('[data-screen="timeline"]')).toBeVisible();

  const reloaded = page.waitForEvent('load');
  await page.clock.runFor(20_000);
  await reloaded;
  await waitForContentVersion(page, 1);
  await openTechnicianPanel(page, '2468');
  await expect(reloadLine(page)).toContainText('nightly reload at 04:00');
  await expect(reloadLine(page).locator('time')).toHaveAttribute('datetime', /^2027-03-09T23:01:2\d/);
});
