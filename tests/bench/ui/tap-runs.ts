// Times two taps a visitor makes, from the finger down (a CDP touch) to what the tap is for:
// Play on a testimony to its audio playing, and an event's image to the full-screen viewer
// showing it decoded. Each run opens its testimony or event afresh. Measures, never asserts.

import type { Page } from '@playwright/test';
import type { TapOutcome } from './ui-probe.ts';

const OUTCOME_TIMEOUT_MS = 30_000;
/** How long an event page may take to show an image that opens the viewer before the viewer counts as absent. */
const EVENT_IMAGE_WAIT_MS = 5_000;

async function tap(page: Page, selector: string): Promise<void> {
  const box = (await page.locator(selector).first().boundingBox())!;
  const point = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [point] });
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await cdp.detach();
}

async function outcome(page: Page): Promise<TapOutcome> {
  const handle = await page.waitForFunction(() => window.__eskeUiProbe!.tapOutcome(), undefined, {
    timeout: OUTCOME_TIMEOUT_MS,
    polling: 'raf',
  });
  return (await handle.jsonValue())!;
}

/** Play on each audio testimony (`testimonyIds`) in turn, `runs` times, each opened from the list; a tap that never plays counts as none. */
export async function tapToAudio(page: Page, testimonyIds: readonly string[], runs: number): Promise<TapOutcome[]> {
  const results: TapOutcome[] = [];
  for (let run = 0; run < runs; run++) {
    await page.locator('[data-nav="testimonies"]').click();
    await page.locator(`[data-testid="testimony-item"][data-testimony-id="${testimonyIds[run % testimonyIds.length]}"]`).click();
    await page.locator('[data-testid="play"]:enabled').first().waitFor();
    await page.evaluate(() => window.__eskeUiProbe!.armTap('audio'));
    await tap(page, '[data-testid="play"]');
    const timed = await outcome(page).catch(() => null);
    if (timed) results.push(timed);
    await page.locator('[data-nav="home"]').click();
  }
  return results;
}

/**
 * An event image on each event that has one in turn, `runs` times; null when the event page
 * has no `event-image` that opens a viewer (not built yet).
 */
export async function tapToImage(page: Page, eventIds: readonly string[], runs: number): Promise<TapOutcome[] | null> {
  const results: TapOutcome[] = [];
  for (let run = 0; run < runs; run++) {
    await page.locator('[data-nav="timeline"]').click();
    // Of the events with images, those whose cards are in the page (the track keeps only those near the screen).
    const cards = page.locator('[data-testid="timeline-event"]');
    await cards.first().waitFor();
    const inPage = new Set(await cards.evaluateAll((all) => all.map((card) => card.getAttribute('data-event-id'))));
    const candidates = eventIds.filter((id) => inPage.has(id));
    if (candidates.length === 0) return null;
    const card = page.locator(`[data-testid="timeline-event"][data-event-id="${candidates[run % candidates.length]}"]`);
    // Opened through its hook, wherever the card is on the track.
    await card.evaluate((button: HTMLElement) => button.click());
    const image = page.locator('[data-screen="event"] [data-testid="event-image"]').first();
    try {
      await image.waitFor({ timeout: EVENT_IMAGE_WAIT_MS });
    } catch {
      return null;
    }
    await page.evaluate(() => window.__eskeUiProbe!.armTap('image'));
    await tap(page, '[data-screen="event"] [data-testid="event-image"]');
    const timed = await outcome(page).catch(() => null);
    if (!timed) return null;
    results.push(timed);
    // The viewer covers the screen; Escape or its close button is the viewer's own way out.
    await page.keyboard.press('Escape');
  }
  return results;
}
