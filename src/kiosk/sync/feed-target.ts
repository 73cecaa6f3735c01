// Where and what a kiosk syncs, taken from its kiosk-config once, so sync itself sees an
// absolute feed URL and never re-reads the config.

import type { KioskConfig } from '../../feed/kiosk-config-schema.ts';
import { trustedKeysOf, type FeedTrust } from '../../feed/trust-config.ts';

export interface FeedTarget {
  /** Absolute, ending in `/`; manifest.json and objects/ are resolved against it. */
  feedUrl: string;
  /** docs/design.md §5.1: the keys that may sign, and how many of them must. */
  trust: FeedTrust;
  /** From kiosk-config; null means "the installed exhibit, or any before the first install". */
  exhibitId: string | null;
}

/** `baseUrl` is the app's address, against which a relative `feedUrl` such as `feed/` resolves. */
export function feedTargetFromConfig(
  config: Pick<KioskConfig, 'feedUrl' | 'trustedKeys' | 'signatureThreshold' | 'exhibitId'>,
  baseUrl: string | URL,
): FeedTarget {
  const url = new URL(config.feedUrl, baseUrl);
  // "https://host/feed" means the folder: without the slash, manifest.json would resolve beside it.
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return {
    feedUrl: url.href,
    trust: { keys: trustedKeysOf(config.trustedKeys), threshold: config.signatureThreshold },
    exhibitId: config.exhibitId ?? null,
  };
}
