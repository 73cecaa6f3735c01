// Builds the demo exhibit into a template feed once; each test starts from a copy of it.

import { rmSync } from 'node:fs';
import { E2E_TEMPLATE_FEED_DIR, DEMO_CONTENT_DIR } from './e2e-paths.ts';
import { buildFeed, resetFeed } from './publish-feed.ts';

export default function globalSetup(): void {
  rmSync(E2E_TEMPLATE_FEED_DIR, { recursive: true, force: true });
  buildFeed(DEMO_CONTENT_DIR, E2E_TEMPLATE_FEED_DIR);
  resetFeed();
}
