// Where the end-to-end tests serve the app and publish their feed; shared by config and tests.

import path from 'node:path';

/** ESKE_E2E_PORT lets two checkouts run their end-to-end tests side by side. */
export const E2E_PORT = Number(process.env.ESKE_E2E_PORT ?? 4317);
export const E2E_BASE_URL = `http://127.0.0.1:${E2E_PORT}`;
export const PROJECT_ROOT = path.resolve(import.meta.dirname, '../..');
/** The feed the preview server serves at /feed/; tests publish into it. */
export const E2E_FEED_DIR = path.join(PROJECT_ROOT, 'tests/.tmp/feed');
/** A pristine build of the demo feed, copied into E2E_FEED_DIR before each test. */
export const E2E_TEMPLATE_FEED_DIR = path.join(PROJECT_ROOT, 'tests/.tmp/template-feed');
export const DEMO_CONTENT_DIR = path.join(PROJECT_ROOT, 'media');
export const DEMO_KEY_FILE = path.join(PROJECT_ROOT, 'media/DEMO-ONLY-signing-key.json');
/**
 * The heartbeat spec's monitors, on the ports its kiosk-configs name (tests/e2e/kiosk-config/
 * heartbeat-*.json), so fixed whatever ESKE_E2E_PORT is: a Pushgateway, and a JSON receiver.
 */
export const E2E_PUSHGATEWAY_PORT = 4368;
export const E2E_HEARTBEAT_RECEIVER_PORT = 4369;
/** The storage-faults spec's JSON receiver, on the port its kiosk-config names (tests/e2e/kiosk-config/storage-faults.json). */
export const E2E_STORAGE_RECEIVER_PORT = 4539;
/**
 * The hosting spec's nginx: the kiosk app and, on another origin, the feed. Next to the preview
 * server's port, so two checkouts with their own ESKE_E2E_PORT do not meet.
 */
export const E2E_NGINX_APP_PORT = E2E_PORT + 1;
export const E2E_NGINX_FEED_PORT = E2E_PORT + 2;
