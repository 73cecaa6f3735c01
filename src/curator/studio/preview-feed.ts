// The feed the preview kiosk shows (docs/design.md §8.1): the content folder with the curator's
// drafts, built by the CLI's build into a scratch folder and signed with a key made for this run
// of the studio only, which no real kiosk trusts; the preview's kiosk-configs trust it alone.

import path from 'node:path';
import { generateKeyPair } from '../../feed/ed25519.ts';
import type { Language } from '../../feed/languages.ts';
import type { SigningKey } from '../signing-key.ts';
import { checkResultOf } from './check-content.ts';
import type { DraftOverlay } from './draft-overlay.ts';
import { previewKioskId, type Draft, type PreviewResult } from './protocol/studio-protocol.ts';
import { runBuild } from './run-build.ts';
import { SerialQueue } from './serial-queue.ts';

/** The preview syncs this often (the kiosk-config minimum), so a rebuilt preview shows within seconds. */
const PREVIEW_SYNC_SECONDS = 5;
/** The longest idle time a kiosk-config allows: the curator is looking, not a visitor walking off. */
const PREVIEW_IDLE_SECONDS = 3600;

/** A key that lives as long as this run of the studio and is never written anywhere. */
export async function throwawayKey(): Promise<SigningKey> {
  const pair = await generateKeyPair();
  return { ...pair, file: '(preview key of this studio run)', demoOnly: false, readableByOthers: false };
}

export interface PreviewExhibit {
  id: string;
  languages: Language[];
}

export class PreviewFeed {
  readonly feedDir: string;
  #builds = new SerialQueue();

  constructor(
    workDir: string,
    private readonly key: SigningKey,
    private readonly overlay: DraftOverlay,
    private readonly log: (text: string) => void,
  ) {
    this.feedDir = path.join(workDir, 'preview-feed');
  }

  /** Builds the preview of the folder with `drafts`; builds run one at a time, in the order asked. */
  build(drafts: readonly Draft[]): Promise<PreviewResult> {
    return this.#builds.run(() =>
      this.overlay.run(drafts, async (contentDir): Promise<PreviewResult> => {
        const result = await runBuild(contentDir, this.feedDir, this.key, false, this.log);
        if (result.outcome === 'stopped') return { ok: false, check: await checkResultOf(result.report, contentDir) };
        return { ok: true, version: result.outcome === 'published' ? result.manifest.version : result.published.version };
      }),
    );
  }

  /** kiosk-config/studio-preview-<language>.json: the preview kiosk, opened in that language. */
  kioskConfig(exhibit: PreviewExhibit, language: Language, pin: string): string {
    return JSON.stringify({
      kioskId: previewKioskId(language),
      feedUrl: 'feed/',
      exhibitId: exhibit.id,
      trustedKeys: [this.key.publicKey],
      languages: exhibit.languages,
      defaultLanguage: language,
      idleSeconds: PREVIEW_IDLE_SECONDS,
      syncIntervalSeconds: PREVIEW_SYNC_SECONDS,
      timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
      technicianPin: pin,
      // A preview shows the exhibit as visitors see it on any day, not a Remembrance Day display.
      schedule: { remembrance: [], silence: [] },
    });
  }
}
