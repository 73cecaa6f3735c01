// One call of the CLI's build (`feed build`, build/build-feed.ts) for the studio's feeds: the
// preview, the candidate Publish compares, and the published feed itself, so all three are made
// by the same code a curator runs in a terminal.

import { buildFeed, type BuildResult } from '../build/build-feed.ts';
import { defaultVariantCacheDir } from '../build/variant-cache.ts';
import type { SigningKey } from '../signing-key.ts';

export function runBuild(
  contentDir: string,
  feedDir: string,
  key: SigningKey,
  strict: boolean,
  log: (text: string) => void,
): Promise<BuildResult> {
  return buildFeed({
    contentDir,
    feedDir,
    keys: [key],
    strict,
    expiresInDays: null,
    now: new Date(),
    // The CLI's own cache: an image made for the preview is not made again for Publish or `feed build`.
    variantCacheDir: defaultVariantCacheDir(),
    progress: log,
  });
}
