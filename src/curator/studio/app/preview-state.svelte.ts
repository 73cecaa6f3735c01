// The Preview screen's state: the kiosk's shape and language, and the preview feed, built again
// from the folder and the drafts whenever the curator asks or comes to the screen. The kiosk in
// the frame syncs by itself and shows a new build within seconds.

import type { Language } from '../../../feed/languages.ts';
import { previewKioskId, type PreviewResult } from '../protocol/studio-protocol.ts';
import { CallState } from './call-state.svelte.ts';
import { studioClient } from './studio-client.ts';
import { studio } from './studio.svelte.ts';

export const KIOSK_SIZES = {
  landscape: { width: 1920, height: 1080 },
  portrait: { width: 1080, height: 1920 },
} as const;
export type Orientation = keyof typeof KIOSK_SIZES;

class PreviewState extends CallState {
  orientation = $state<Orientation>('landscape');
  language = $state<Language | null>(null);
  result = $state<PreviewResult | null>(null);
  building = $state(false);

  /** The preview kiosk's page: on the preview's own port, by the name this page was opened with. */
  frameUrl(language: Language): string | null {
    const port = studio.overview?.previewPort;
    if (port === undefined) return null;
    return `${location.protocol}//${location.hostname}:${port}/?kiosk=${previewKioskId(language)}`;
  }

  async build(): Promise<void> {
    if (this.building) return;
    this.building = true;
    await this.attempt(async () => {
      this.result = await studioClient.preview(studio.allDrafts());
    });
    this.building = false;
  }
}

export const previewState = new PreviewState();
