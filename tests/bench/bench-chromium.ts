// The Chromium the benchmarks drive (the end-to-end tests' own, with their flags): found once,
// or a clear stop that says how to get one.

import { chromium, type Browser } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium, type FoundChromium } from '../e2e/find-chromium.ts';

export function requireChromium(): FoundChromium {
  const found = findChromium();
  if (!found) throw new Error('no Chromium found (see tests/e2e/ensure-test-tools.ts)');
  return found;
}

/** A headless Chromium; the caller closes it. */
export function launchChromium(found: FoundChromium = requireChromium()): Promise<Browser> {
  return chromium.launch({ executablePath: found.executablePath, args: CHROMIUM_ARGS });
}
