// Finds the Chromium that end-to-end tests and benchmarks drive: ESKE_CHROMIUM if set, else
// Debian's /usr/bin/chromium, else a browser Playwright installed itself. Never downloads one.

import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

export const DEBIAN_CHROMIUM = '/usr/bin/chromium';

/** Flags for a headless kiosk browser on a machine with no GPU and a closed network. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface FoundChromium {
  /** undefined means Playwright's own browser. */
  executablePath: string | undefined;
  label: string;
}

export function findChromium(): FoundChromium | null {
  const fromEnv = process.env.ESKE_CHROMIUM;
  if (fromEnv) return existsSync(fromEnv) ? { executablePath: fromEnv, label: `ESKE_CHROMIUM=${fromEnv}` } : null;
  if (existsSync(DEBIAN_CHROMIUM)) return { executablePath: DEBIAN_CHROMIUM, label: DEBIAN_CHROMIUM };
  try {
    const own = chromium.executablePath();
    if (existsSync(own)) return { executablePath: undefined, label: `Playwright's Chromium at ${own}` };
  } catch {
    // Playwright throws when it has no browser of its own; that is just "not found".
  }
  return null;
}
