// The technician PIN end to end (docs/design.md §6.1): a kiosk-config that holds only a PBKDF2
// hash of the PIN, checked in the browser; the lock after wrong tries, which a reload does not
// lift and the page clock runs out.

import { expect, test, type Page } from '@playwright/test';
import { openTechnicianPanel, typeOnScreen, waitForContentVersion } from './kiosk-page.ts';
import { resetFeed } from './publish-feed.ts';

/** The PIN whose hash tests/e2e/kiosk-config/hashed-pin.json holds (made with `feed pin-hash`). */
const HASHED_PIN = '913570';

test.beforeEach(() => resetFeed());

async function typePin(page: Page, pin: string): Promise<void> {
  const corner = page.locator('[data-testid="technician-corner"]');
  if (!(await page.locator('[data-testid="pin-prompt"]').isVisible())) {
    for (let i = 0; i < 5; i++) await corner.click({ force: true });
  }
  for (const digit of pin) await page.locator(`[data-key="${digit}"]`).click();
  await page.locator('[data-testid="pin-submit"]').click();
}

test('a hashed PIN opens the panel, with no plain-PIN warning', async ({ page }) => {
  await page.goto('/?kiosk=hashed-pin');
  await waitForContentVersion(page, 1);
  await typePin(page, HASHED_PIN);
  await expect(page.locator('[data-screen="technician"]')).toBeVisible();
  await expect(page.locator('[data-testid="kiosk-id"]')).toHaveText('e2e-hashed-pin');
  await expect(page.locator('[data-testid="plain-pin-warning"]')).toHaveCount(0);
  await expect(page.locator('[data-testid="demo-pin-warning"]')).toHaveCount(0);
});

test('wrong tries lock the prompt across a reload until the lock runs out', async ({ page }) => {
  await page.clock.install();
  await page.goto('/?kiosk=hashed-pin');
  await waitForContentVersion(page, 1);
  const message = page.locator('[data-testid="pin-prompt"] [role="alert"]');
  for (let i = 0; i < 4; i++) {
    await typePin(page, '0000');
    await expect(message).toHaveText('PIN-код қате');
  }
  await typePin(page, '0000');
  await expect(message).toContainText('1 минуттан кейін');

  await page.reload();
  await waitForContentVersion(page, 1);
  await typePin(page, HASHED_PIN);
  await expect(message).toContainText('минуттан кейін');
  await expect(page.locator('[data-screen="technician"]')).toHaveCount(0);

  await page.clock.fastForward('01:01');
  await typePin(page, HASHED_PIN);
  await expect(page.locator('[data-screen="technician"]')).toBeVisible();
});

test('the panel counts today’s visit, search, record and testimony, and nothing of what was typed', async ({ page }) => {
  await page.goto('/');
  await waitForContentVersion(page, 1);
  await page.locator('[data-nav="names"]').click();
  await typeOnScreen(page, 'жан');
  await page.locator('[data-testid="search-result"]').first().click();
  await expect(page.locator('[data-screen="record"]')).toBeVisible();
  await page.locator('[data-nav="testimonies"]').click();
  await page.locator('[data-testid="testimony-item"]').first().click();
  await page.locator('[data-testid="play"]').click();
  await expect(page.locator('[data-testid="play"]')).toHaveAttribute('data-state', 'playing');
  await page.locator('[data-testid="play"]').click();
  await page.locator('[data-testid="play"]').click();

  await openTechnicianPanel(page, '2468');
  const today = page.locator('[data-testid="tech-usage"] tbody tr').first();
  for (const kind of ['visit', 'search', 'record', 'testimony']) {
    await expect(today.locator(`[data-kind="${kind}"]`), kind).toHaveText('1');
  }
  await expect(page.locator('[data-screen="technician"]')).not.toContainText('жан');
});
