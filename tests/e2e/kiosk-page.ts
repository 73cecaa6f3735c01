// Drives the kiosk through the docs/design.md §9 test hooks only, so the tests survive any redesign.

import { expect, type Page } from '@playwright/test';

export async function waitForContentVersion(page: Page, version: number): Promise<void> {
  await expect(page.locator('html')).toHaveAttribute('data-content-version', String(version), { timeout: 60_000 });
}

export async function chooseLanguage(page: Page, lang: string): Promise<void> {
  await page.locator(`[data-lang="${lang}"]`).click();
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
}

/** Types on the on-screen keyboard, switching layouts until each key is on screen. */
export async function typeOnScreen(page: Page, text: string): Promise<void> {
  for (const char of text.toLowerCase()) {
    const key = char === ' ' ? 'space' : char;
    const button = page.locator(`[data-key="${key}"]`);
    for (let turns = 0; turns < 4 && !(await button.isVisible()); turns++) await page.locator('[data-key="layout"]').click();
    await button.click();
  }
}

export async function openTechnicianPanel(page: Page, pin: string): Promise<void> {
  const corner = page.locator('[data-testid="technician-corner"]');
  for (let i = 0; i < 5; i++) await corner.click({ force: true });
  for (const digit of pin) await page.locator(`[data-key="${digit}"]`).click();
  await expect(page.locator('[data-screen="technician"]')).toBeVisible();
}
