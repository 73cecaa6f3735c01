// Hostile content in Chromium (docs/design.md §10): XSS payloads in every curator text field,
// built by the real curator CLI and then raw in every text (hostile-content.ts), are shown on every
// screen as the text they are. Nothing runs (a trap and a dialog listener stay silent), nothing
// loads, no element or attribute that could run script reaches the page, and the policy is never
// even called on. A feed carrying a 5 MB title is refused whole, and the kiosk keeps answering.

import { expect, test, type Page } from '@playwright/test';
import { rmSync } from 'node:fs';
import path from 'node:path';
import type { ExhibitDoc } from '../../src/feed/content-schema.ts';
import { E2E_FEED_DIR, PROJECT_ROOT } from './e2e-paths.ts';
import { editExhibit, rewriteTexts } from './edit-feed.ts';
import {
  HOSTILE_IDS,
  labelled,
  RECORD_CELLS,
  SHOWN_PAYLOAD,
  TRAP,
  withRawPayloads,
  writeHostileContent,
} from './hostile-content.ts';
import { openTechnicianPanel, typeOnScreen, waitForContentVersion } from './kiosk-page.ts';
import { recordPolicyViolations } from './policy-violations.ts';
import { buildFeed, resetFeed } from './publish-feed.ts';

const DEMO_PIN = '2468';
/** tests/e2e/kiosk-config/default.json `idleSeconds`, and a second more. */
const PAST_IDLE_MS = 91_000;

declare global {
  interface Window {
    __xssCalls?: string[];
  }
}

/** Watches for anything a payload would do if it ran: a call of the trap, a dialog. */
async function installTraps(page: Page): Promise<{ dialogs: string[]; calls: () => Promise<string[]> }> {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.addInitScript((trap) => {
    window.__xssCalls = [];
    Object.defineProperty(window, trap, { value: (what: unknown) => window.__xssCalls!.push(String(what)) });
  }, TRAP);
  return { dialogs, calls: () => page.evaluate(() => window.__xssCalls ?? []) };
}

/** Every element and attribute on the page that could run script or load something from a text. */
function findActiveMarkup(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const LOADING = new Set(['href', 'src', 'srcdoc', 'action', 'formaction', 'xlink:href', 'data', 'style', 'background']);
    for (const element of document.querySelectorAll('*')) {
      const tag = element.tagName.toLowerCase();
      if (['iframe', 'object', 'embed', 'frame', 'math', 'a', 'form'].includes(tag)) found.push(`<${tag}>`);
      if (tag === 'script' && !element.hasAttribute('src')) found.push('an inline <script>');
      // Images come from stored objects (blob:) or the app's own files, never from a text.
      const src = element.getAttribute('src');
      if (tag === 'img' && src !== null && !src.startsWith('blob:') && !/^\/[\w-]+\.svg$/.test(src))
        found.push(`<img src="${src}">`);
      for (const { name, value } of element.attributes) {
        if (/^on/i.test(name)) found.push(`<${tag} ${name}>`);
        if (LOADING.has(name.toLowerCase()) && /javascript:|<script|url\(/i.test(value))
          found.push(`<${tag} ${name}="${value.slice(0, 60)}">`);
      }
    }
    return found;
  });
}

/** The screen shows each labelled text and the payload as text, and the page holds nothing active. */
async function expectShownInert(page: Page, scope: string, ...labels: string[]): Promise<void> {
  const screen = page.locator(scope);
  for (const label of labels) await expect(screen).toContainText(label);
  await expect(screen).toContainText(SHOWN_PAYLOAD);
  expect(await findActiveMarkup(page)).toEqual([]);
}

test('XSS payloads in every curator text show as inert text on every screen', async ({ page }) => {
  test.setTimeout(180_000);
  const content = path.join(PROJECT_ROOT, 'tests/.tmp/hostile-content');
  writeHostileContent(content);
  rmSync(E2E_FEED_DIR, { recursive: true, force: true });
  buildFeed(content, E2E_FEED_DIR);
  await rewriteTexts(withRawPayloads);

  const traps = await installTraps(page);
  const violations = await recordPolicyViolations(page);
  await page.clock.install();
  await page.goto('/');
  await waitForContentVersion(page, 1);

  // Between visitors: the attract slide's text and image.
  await page.clock.runFor(PAST_IDLE_MS);
  await expectShownInert(page, '[data-screen="attract"]', 'EXHIBIT-TITLE', 'ATTRACT-TEXT');
  await expect(page.locator(`[data-screen="attract"] img[alt*="${labelled('ATTRACT-ALT', 'kk')}"]`)).toHaveCount(1);
  await page.locator('[data-screen="attract"]').click();
  await expectShownInert(page, '[data-screen="home"]', 'EXHIBIT-TITLE', 'EXHIBIT-SUBTITLE');

  await page.locator('[data-nav="timeline"]').click();
  await expectShownInert(page, '[data-screen="timeline"]', 'ERA-TITLE', 'EVENT-TITLE');
  await page.locator(`[data-testid="timeline-event"][data-event-id="${HOSTILE_IDS.event}"]`).click();
  await expectShownInert(page, '[data-testid="content-warning"]', 'EVENT-WARNING');
  await page.locator('[data-testid="content-warning-show"]').click();
  await expectShownInert(
    page,
    '[data-screen="event"]',
    'EVENT-TITLE',
    'EVENT-BODY',
    'EVENT-SOURCE',
    'EVENT-IMAGE-CAPTION',
    'EVENT-IMAGE-CREDIT',
  );
  // Markdown became only what the sanitizer allows; the hostile item link is a button and no more.
  const bodyTags = await page
    .locator('[data-testid="event-body"] *')
    .evaluateAll((elements) => [...new Set(elements.map((element) => element.tagName.toLowerCase()))].sort());
  expect(
    bodyTags.every((tag) =>
      ['p', 'em', 'strong', 'ul', 'ol', 'li', 'blockquote', 'h3', 'h4', 'h5', 'h6', 'br', 'button'].includes(tag),
    ),
  ).toBe(true);
  await expect(page.locator('[data-testid="event-body"] button[data-item-kind="event"]')).toHaveAttribute(
    'data-item-id',
    `x"onclick="window.${TRAP}('item-link')`,
  );
  const eventImage = page.locator(`[data-testid="event-image"] img[alt*="${labelled('EVENT-IMAGE-ALT', 'kk')}"]`);
  await expect(eventImage).toHaveAttribute('alt', new RegExp(SHOWN_PAYLOAD.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
  await page.locator('[data-testid="event-image"]').first().click();
  await expectShownInert(page, '[data-testid="image-viewer"]', 'EVENT-IMAGE-CAPTION');
  await page.locator('[data-testid="viewer-close"]').click();

  // The record, from the event's links: every register column holds a raw payload.
  await page.locator(`[data-screen="event"] [data-record-id="${HOSTILE_IDS.record}"]`).click();
  const record = page.locator('[data-screen="record"]');
  for (const cell of Object.values(RECORD_CELLS)) await expect(record).toContainText(cell.split(';')[0]!);
  await expectShownInert(page, '[data-screen="record"]', 'ARCHIVE-REQUEST');

  await page.locator('[data-nav="testimonies"]').click();
  await expectShownInert(page, '[data-screen="testimonies"]', 'TESTIMONY-TITLE', 'TESTIMONY-SPEAKER', 'LETTER-TITLE');
  await page.locator(`[data-testid="testimony-item"][data-testimony-id="${HOSTILE_IDS.testimony}"]`).click();
  await expectShownInert(
    page,
    '[data-screen="testimony"]',
    'TESTIMONY-TITLE',
    'TESTIMONY-SUMMARY',
    'CHAPTER-TITLE',
    'CHAPTER-SYNOPSIS',
    'KEYWORD-LABEL',
  );
  await page.locator('[data-testid="play"]').click();
  // WebVTT's own markup rules: a cue's tags are dropped and its entities decoded, to plain text.
  await expect(page.locator('[data-testid="transcript-line"]').first()).toHaveText(
    `${labelled('CUE', 'kk')} window.${TRAP}('script') <script>alert('entity')</script>`,
  );
  expect(await findActiveMarkup(page)).toEqual([]);
  await page.locator('[data-testid="testimony-portrait"]').click();
  await expectShownInert(page, '[data-testid="image-viewer"]', 'PORTRAIT-CAPTION');
  await page.locator('[data-testid="viewer-close"]').click();
  // Texts this long lay the chips out under the player, where no finger reaches them: a click on the element itself.
  await page
    .locator(`[data-screen="testimony"] [data-testid="keyword"][data-keyword-id="${HOSTILE_IDS.keyword}"]`)
    .first()
    .dispatchEvent('click');
  await expectShownInert(page, '[data-screen="keyword"]', 'KEYWORD-LABEL', 'CHAPTER-TITLE');
  await page.locator('[data-nav="testimonies"]').click();
  await page.locator(`[data-testid="testimony-item"][data-testimony-id="${HOSTILE_IDS.letter}"]`).click();
  await expectShownInert(page, '[data-screen="testimony"]', 'LETTER-TITLE', 'LETTER-SPEAKER', 'LETTER-TEXT');

  await page.locator('[data-nav="places"]').click();
  await expectShownInert(page, '[data-testid="places-list"]', 'PLACE-NAME');
  await page.locator(`[data-testid="places-list"] [data-testid="place"][data-place-id="${HOSTILE_IDS.place}"]`).click();
  await expectShownInert(page, '[data-screen="place"]', 'PLACE-NAME', 'PLACE-TEXT', 'PLACE-SOURCE', 'PLACE-IMAGE-CAPTION');

  // A result row marks the matched part of the name; the Remembrance roll shows the name too.
  await page.locator('[data-nav="names"]').click();
  await typeOnScreen(page, 'surname');
  // The row shows the name's words as the engine reads them, and the birth place as written.
  const result = page.locator(`[data-testid="search-result"][data-record-id="${HOSTILE_IDS.record}"]`);
  await expect(result).toContainText(`script window ${TRAP.replaceAll('_', '')} surname`);
  await expect(result).toContainText(RECORD_CELLS.birth_place);
  expect(await findActiveMarkup(page)).toEqual([]);
  await page.locator('[data-nav="home"]').click();
  await openTechnicianPanel(page, DEMO_PIN);
  await page.locator('[data-testid="schedule-preview"][data-mode="remembrance"]').click();
  // A register of one name rolls it more than once.
  await expect(page.locator(`[data-testid="remembrance-name"][data-record-id="${HOSTILE_IDS.record}"]`).first()).toContainText(
    RECORD_CELLS.surname,
  );
  expect(await findActiveMarkup(page)).toEqual([]);

  expect(await traps.calls()).toEqual([]);
  expect(traps.dialogs).toEqual([]);
  // The sanitizer and Svelte's escaping stopped everything before the policy had anything to refuse.
  expect(await violations()).toEqual([]);
});

test('a feed with a 5 MB title is refused whole: the kiosk stays responsive and the log says why', async ({ page }) => {
  resetFeed();
  await editExhibit((exhibit: ExhibitDoc) => {
    exhibit.title.kk = `${'Ә'.repeat(5 * 1024 * 1024)}`;
  });
  // The first sync's request comes after start-up has set up the technician's access.
  const syncStarted = page.waitForResponse((response) => response.url().endsWith('/feed/manifest.json'));
  await page.goto('/');
  await syncStarted;
  await expect(page.locator('[data-screen="preparing"]')).toBeVisible();
  await openTechnicianPanel(page, DEMO_PIN);
  const refusal = page.locator('[data-testid="tech-log"] li[data-code="object-format"]').first();
  await expect(refusal).toContainText('title.kk', { timeout: 60_000 });
  await expect(page.locator('html')).not.toHaveAttribute('data-content-version', /.*/);
});
