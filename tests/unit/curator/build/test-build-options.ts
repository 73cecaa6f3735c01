// The options of a build in a test: a fixed clock, the demo key, no progress lines; shared by the
// tests that build feeds in-process.

import path from 'node:path';
import type { BuildFeedOptions } from '../../../../src/curator/build/build-feed.ts';
import { readSigningKey, type SigningKey } from '../../../../src/curator/signing-key.ts';

export const MINIMAL = path.resolve('tests/fixtures/content/minimal');
export const NOW = new Date('2025-05-31T09:00:00Z');

export function readDemoKey(): Promise<SigningKey> {
  return readSigningKey(path.resolve('media/DEMO-ONLY-signing-key.json'));
}

export function testBuildOptions(
  key: SigningKey,
  variantCacheDir: string,
  options: Pick<BuildFeedOptions, 'contentDir' | 'feedDir'> & Partial<BuildFeedOptions>,
): BuildFeedOptions {
  return { keys: [key], strict: false, expiresInDays: null, now: NOW, variantCacheDir, progress: () => {}, ...options };
}
