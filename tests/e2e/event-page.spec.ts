// The event page end to end, in landscape and portrait: Markdown text with item links, images that
// open the full-screen viewer (zoom, double tap, swipe, close, focus), previous and next along the
// timeline, a content warning, a quiet placeholder for a broken image, and HTML or script in an
// event body shown as inert text. The feed is the demo's, with two events edited after the build.

import { expect, test, type Page } from '@playwright/test';
import type { LocalizedText, TestimoniesDoc, TimelineDoc, TimelineEvent, ExhibitDoc } from '../../src/feed/content-schema.ts';
import { orderTimeline } from '../../src/kiosk/screens/timeline-order.ts';
import { demoImage } from './demo-images.ts';
import { editFeed } from './edit-feed.ts';
import { openTechnicianPanel, chooseLanguage, waitForContentVersion } from './kiosk-page.ts';
import { readDocument, resetFeed } from './publish-feed.ts';

const DEMO_PIN = '2468';
const VIEWPORTS = [
  { name: 'landscape', width: 1920, height: 1080 },
  { name: 'portrait', width: 1080, height: 1920 },
] as const;

const same = (text: string): LocalizedText => ({ kk: text, ru: text, en: text });

const GALLERY_BODY: LocalizedText = {
  kk: 'Лагерьде *мыңдаған* адам болды.\n\n- Бірінші белгі\n- Екінші белгі\n\n> Біз хат күттік.\n\n[Куәлікті тыңдаңыз](testimony:TESTIMONY), [орын](place:PLACE).',
  ru: 'В лагере были *тысячи* людей.\n\n- Первая отметка\n- Вторая отметка\n\n> Мы ждали письма.\n\n[Слушайте свидетельство](testimony:TESTIMONY), [место](place:PLACE).',
  en: 'The camp held *thousands* of people.\n\n- First mark\n- Second mark\n\n> We waited for a letter.\n\n[Listen to the testimony](testimony:TESTIMONY), [the place](place:PLACE).',
};

/** Each part would do something visible if it ran: set the flag, or open a dialog. */
const HOSTILE_BODY = [
  'Before <script>window.eskeXss = "script"; alert(1)</script> after.',
  '<img src=x onerror="window.eskeXss = \'img\'; alert(2)">',
  '<svg onload="window.eskeXss = \'svg\'"><circle r="4"/></svg>',
  '[click me](javascript:window.eskeXss=1)',
  '<a href="event:x" onclick="window.eskeXss = \'onclick\'">forged link</a>',
  '<iframe srcdoc="<script>parent.eskeXss = 1</script>"></iframe>',
  '*<img src=x onerror=alert(3)>*',
].join('\n\n');

const CAPTION: LocalizedText = {
  kk: 'Дала көкжиегі (демо сурет)',
  ru: 'Горизонт степи (демо-иллюстрация)',
  en: 'A steppe horizon (demo illustration)',
};
const CREDIT = 'Eske demo illustration (synthetic)';

interface Walk {
  /** The events in timeline order; the gallery event is the second, the hostile one the third. */
  ordered: TimelineEvent[];
  gallery: TimelineEvent;
  hostile: TimelineEvent;
  /** The place the gallery event links to, in its text and in its links. */
  place: string;
}

async function publishEditedFeed(): Promise<Walk> {
  resetFeed();
  const exhibit = readDocument<ExhibitDoc>('exhibit');
  const ordered = orderTimeline(readDocument<TimelineDoc>('timeline').events, exhibit.eras).map((entry) => entry.event);
  const testimony = readDocument<TestimoniesDoc>('testimonies').testimonies[0]!.id;
  const place = exhibit.places[0]!.id;
  const [wide, wideMedia] = await demoImage('e2e/steppe.png', 1600, 1000, 200);
  const [tall, tallMedia] = await demoImage('e2e/tall.png', 900, 1400, 20);
  const broken = { name: 'e2e/broken.png', type: 'image/png' as const, bytes: new TextEncoder().encode('not an image') };

  await editFeed([...wideMedia, ...tallMedia, broken], (timeline, sha256Of) => {
    const image = (shown: typeof wide) => ({
      media: sha256Of(shown.name),
      thumb: sha256Of(shown.thumbName),
      width: shown.width,
      height: shown.height,
    });
    for (const event of timeline.events) {
      if (event.id === ordered[1]!.id) {
        event.body = Object.fromEntries(
          Object.entries(GALLERY_BODY).map(([lang, text]) => [
            lang,
            text.replace('TESTIMONY', testimony).replace('PLACE', place),
          ]),
        );
        event.links.places = [place];
        event.images = [
          { ...image(wide), alt: same('A wide demo picture'), caption: CAPTION, credit: CREDIT },
          { ...image(tall), alt: same('A tall demo picture') },
          { media: sha256Of(broken.name), alt: same('A picture that cannot be decoded') },
        ];
      }
      if (event.id === ordered[2]!.id) {
        event.body = same(HOSTILE_BODY);
        event.contentWarning = same('This text shows what a curator must never publish.');
        event.images = [{ ...image(wide), alt: same('A wide demo picture') }];
      }
    }
  });
  return { ordered, gallery: ordered[1]!, hostile: ordered[2]!, place };
}

async function openEvent(page: Page, event: TimelineEvent): Promise<void> {
  await page.goto('/');
  await waitForContentVersion(page, 1);
  await page.locator('[data-nav="timeline"]').click();
  await page.locator(`[data-testid="timeline-event"][data-event-id="${event.id}"]`).click();
  await expect(page.locator(`[data-screen="event"][data-event-id="${event.id}"]`)).toBeVisible();
}

/** Nothing on the event page overflows it sideways (the frame around it is the top bar's to fit). */
async function expectNoHorizontalOverflow(page: Page): Promise<void> {
  const overflow = await page.locator('[data-screen="event"]').evaluate((screen) => screen.scrollWidth - screen.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

/** Every control of the viewer is inside the window. */
async function expectViewerControlsOnScreen(page: Page, width: number, height: number): Promise<void> {
  for (const box of await page
    .locator('[data-testid="image-viewer"] button')
    .evaluateAll((buttons) => buttons.map((button) => button.getBoundingClientRect().toJSON() as DOMRect))) {
    expect(box.left).toBeGreaterThanOrEqual(0);
    expect(box.top).toBeGreaterThanOrEqual(0);
    expect(box.right).toBeLessThanOrEqual(width);
    expect(box.bottom).toBeLessThanOrEqual(height);
  }
}

for (const viewport of VIEWPORTS) {
  test.describe(`the event page in ${viewport.name}`, () => {
    test.use({ viewport: { width: viewport.width, height: viewport.height } });

    let walk: Walk;
    test.beforeEach(async () => {
      walk = await publishEditedFeed();
    });

    test('shows the text as the curator wrote it, with links to a testimony and a place', async ({ page }) => {
      await openEvent(page, walk.gallery);
      for (const lang of ['kk', 'en'] as const) {
        await chooseLanguage(page, lang);
        const body = page.locator('[data-testid="event-body"]');
        await expect(body.locator('li')).toHaveCount(2);
        await expect(body.locator('em')).toHaveText(lang === 'kk' ? 'мыңдаған' : 'thousands');
        await expect(body.locator('blockquote')).toBeVisible();
      }
      await expectNoHorizontalOverflow(page);
      await page.locator('[data-testid="event-body"] button[data-item-kind="testimony"]').click();
      await expect(page.locator('[data-screen="testimony"]')).toBeVisible();
      await page.locator('[data-testid="back"]').click();
      const eventScreen = page.locator(`[data-screen="event"][data-event-id="${walk.gallery.id}"]`);
      await expect(eventScreen).toBeVisible();
      await page.locator(`[data-testid="event-body"] button[data-item-kind="place"][data-item-id="${walk.place}"]`).click();
      await expect(page.locator('[data-screen="place"]')).toBeVisible();
      await page.locator('[data-testid="back"]').click();
      await eventScreen.locator(`button[data-place-id="${walk.place}"]`).click();
      await expect(page.locator('[data-screen="place"]')).toBeVisible();
    });

    test('opens an image full screen, zooms, swipes and closes', async ({ page }) => {
      await openEvent(page, walk.gallery);
      const images = page.locator('[data-testid="event-image"]');
      await expect(images).toHaveCount(3);
      await images.first().click();

      const viewer = page.locator('[data-testid="image-viewer"]');
      await expect(viewer).toBeVisible();
      await expect(viewer).toHaveAttribute('data-index', '0');
      await expect(viewer).toContainText(CAPTION.kk!);
      await expect(viewer).toContainText(CREDIT);
      const shown = viewer.locator('img');
      await expect.poll(() => shown.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(1600);
      const box = (await shown.boundingBox())!;
      expect(box.width).toBeLessThanOrEqual(viewport.width);
      expect(box.x).toBeGreaterThanOrEqual(0);
      await expectViewerControlsOnScreen(page, viewport.width, viewport.height);

      await viewer.locator('[data-testid="viewer-zoom-in"]').click();
      await expect(viewer).toHaveAttribute('data-zoom', '1.5');
      await viewer.locator('[data-testid="viewer-zoom-out"]').click();
      await expect(viewer).toHaveAttribute('data-zoom', '1');

      const centre = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
      await page.mouse.dblclick(centre.x + 80, centre.y);
      await expect(viewer).toHaveAttribute('data-zoom', '2');
      // Zoomed, a drag moves the image instead of swiping to the next one.
      await drag(page, centre, { x: centre.x - 300, y: centre.y });
      await expect(viewer).toHaveAttribute('data-index', '0');
      await page.mouse.dblclick(centre.x, centre.y);
      await expect(viewer).toHaveAttribute('data-zoom', '1');

      await drag(page, { x: centre.x + 200, y: centre.y }, { x: centre.x - 200, y: centre.y });
      await expect(viewer).toHaveAttribute('data-index', '1');
      await drag(page, { x: centre.x - 200, y: centre.y }, { x: centre.x + 200, y: centre.y });
      await expect(viewer).toHaveAttribute('data-index', '0');
      await viewer.locator('[data-testid="viewer-next"]').click();
      await viewer.locator('[data-testid="viewer-next"]').click();
      await expect(viewer).toHaveAttribute('data-index', '2');
      await expect(viewer.locator('[data-testid="image-placeholder"]')).toBeVisible();

      for (let i = 0; i < 8; i++) await page.keyboard.press('Tab');
      expect(await viewer.evaluate((node) => node.contains(document.activeElement))).toBe(true);
      await page.keyboard.press('Escape');
      await expect(viewer).toBeHidden();
      await expect(images.first()).toBeFocused();

      await images.nth(1).click();
      await expect(viewer).toHaveAttribute('data-index', '1');
      await viewer.locator('[data-testid="viewer-close"]').click();
      await expect(viewer).toBeHidden();
      await expectNoHorizontalOverflow(page);
    });

    test('walks to the previous and next events in timeline order', async ({ page }) => {
      const [first, second, third] = walk.ordered;
      await openEvent(page, second!);
      await expect(page.locator('[data-testid="event-prev"]')).toContainText(first!.title.kk!);
      await expect(page.locator('[data-testid="event-next"]')).toContainText(third!.title.kk!);

      await page.locator('[data-testid="event-next"]').click();
      await expect(page.locator(`[data-screen="event"][data-event-id="${third!.id}"]`)).toBeVisible();
      await page.locator('[data-testid="event-prev"]').click();
      await page.locator('[data-testid="event-prev"]').click();
      await expect(page.locator(`[data-screen="event"][data-event-id="${first!.id}"]`)).toBeVisible();
      await expect(page.locator('[data-testid="event-prev"]')).toHaveCount(0);
      await expectNoHorizontalOverflow(page);

      // Walking replaced the page: back leads to the timeline the visitor came from.
      await page.locator('[data-testid="back"]').click();
      await expect(page.locator('[data-screen="timeline"]')).toBeVisible();
    });

    test('keeps the text behind its content warning, and shows HTML and script in it as inert text', async ({ page }) => {
      const dialogs: string[] = [];
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      await openEvent(page, walk.gallery);
      await page.locator('[data-testid="event-next"]').click();
      await expect(page.locator('[data-testid="content-warning"]')).toBeVisible();
      await expect(page.locator('[data-testid="event-body"]')).toHaveCount(0);
      await expect(page.locator('[data-testid="event-image"]')).toHaveCount(0);

      await page.locator('[data-testid="content-warning-show"]').click();
      const body = page.locator('[data-testid="event-body"]');
      await expect(body).toContainText('Before <script>window.eskeXss = "script"; alert(1)</script> after.');
      await expect(body).toContainText('click me');
      await expect(body.locator('script, img, svg, iframe, a, [style]')).toHaveCount(0);
      const handlers = await body.evaluate((node) =>
        [node, ...node.querySelectorAll('*')].flatMap((element) =>
          [...element.attributes].map((attribute) => attribute.name).filter((name) => name.startsWith('on')),
        ),
      );
      expect(handlers).toEqual([]);
      await body.getByText('click me').click();
      await body.getByText('forged link').click();
      await expect(page.locator('[data-testid="event-image"]')).toHaveCount(1);

      expect(await page.evaluate(() => (window as unknown as { eskeXss?: unknown }).eskeXss)).toBeUndefined();
      expect(dialogs).toEqual([]);
      await expect(page.locator(`[data-screen="event"][data-event-id="${walk.hostile.id}"]`)).toBeVisible();
    });

    test('shows a quiet placeholder for a broken image and tells the technician', async ({ page }) => {
      await openEvent(page, walk.gallery);
      await expect(page.locator('[data-testid="event-image"]').nth(2).locator('[data-testid="image-placeholder"]')).toBeVisible();
      // No broken-image icon: every image on the page decoded.
      await expect(page.locator('[data-testid="event-image"] img')).toHaveCount(2);
      const undecoded = await page
        .locator('img')
        .evaluateAll((imgs: HTMLImageElement[]) => imgs.filter((img) => img.complete && img.naturalWidth === 0).length);
      expect(undecoded).toBe(0);
      await openTechnicianPanel(page, DEMO_PIN);
      await expect(page.locator('[data-testid="tech-log"] li[data-code="image-undecodable"]')).toHaveCount(1);
    });
  });
}

async function drag(page: Page, from: { x: number; y: number }, to: { x: number; y: number }): Promise<void> {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(to.x, to.y, { steps: 8 });
  await page.mouse.up();
}
