// `npm run screenshots`: the e2e setup (build, demo feed, preview server) driving
// tests/e2e/screenshots.ts, which writes docs/screenshots/. Not part of `npm test`.

import { defineConfig } from '@playwright/test';
import base from './playwright.config.ts';

export default defineConfig({ ...base, testMatch: 'screenshots.ts', timeout: 600_000 });
