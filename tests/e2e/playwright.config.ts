// End-to-end tests: the production build (with its service worker) served by `vite preview` on
// its own port, a feed the tests publish into tests/.tmp/feed, and Debian's Chromium.

import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './find-chromium.ts';
import { E2E_BASE_URL, E2E_FEED_DIR, E2E_PORT } from './e2e-paths.ts';

const chromium = findChromium();

export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  globalSetup: './global-setup.ts',
  // One feed directory is shared by the tests, so they run one at a time.
  workers: 1,
  fullyParallel: false,
  retries: 0,
  timeout: 90_000,
  expect: { timeout: 15_000 },
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never', outputFolder: '../../playwright-report' }]],
  outputDir: '../../test-results',
  use: {
    baseURL: E2E_BASE_URL,
    viewport: { width: 1920, height: 1080 },
    hasTouch: true,
    launchOptions: { executablePath: chromium?.executablePath, args: CHROMIUM_ARGS },
    trace: 'retain-on-failure',
  },
  webServer: {
    command: `node_modules/.bin/vite preview --port ${E2E_PORT} --strictPort`,
    cwd: '../..',
    url: `${E2E_BASE_URL}/`,
    // A stray server on this port would be tested silently instead of this build.
    reuseExistingServer: false,
    env: { ESKE_FEED_DIR: E2E_FEED_DIR, ESKE_KIOSK_CONFIG_DIR: 'tests/e2e/kiosk-config' },
    stdout: 'ignore',
  },
});
