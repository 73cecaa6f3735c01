// The studio app's state: the content folder's overview, which screen is open, and the drafts of
// this folder. Screens read it and call its methods; the work of each screen is in its own class
// (entry-editor, checker, preview-state, publishing).

import type { ContentOverview, Draft, EntryKind, FieldLocation } from '../protocol/studio-protocol.ts';
import { DraftStore } from './draft-store.ts';
import { CallState } from './call-state.svelte.ts';
import { studioClient } from './studio-client.ts';

export type View =
  | { screen: 'list'; kind: EntryKind }
  | { screen: 'entry'; kind: EntryKind; id: string; focus?: FieldLocation }
  | { screen: 'check' }
  | { screen: 'preview' }
  | { screen: 'publish' }
  | { screen: 'import' };

class StudioState extends CallState {
  overview = $state<ContentOverview | null>(null);
  view = $state<View>({ screen: 'list', kind: 'timeline' });
  /** Bumped whenever a draft is written or removed, so whatever counts drafts reads them again. */
  draftsChanged = $state(0);
  #drafts: DraftStore | null = null;

  async load(): Promise<void> {
    await this.attempt(async () => {
      const overview = await studioClient.overview();
      this.#drafts = new DraftStore(localStorage, overview.contentPath);
      this.overview = overview;
    });
  }

  open(view: View): void {
    this.view = view;
  }

  get drafts(): DraftStore | null {
    return this.#drafts;
  }

  /** Every unsaved draft of this folder (reading `draftsChanged` makes a caller follow them). */
  allDrafts(): Draft[] {
    void this.draftsChanged;
    return this.#drafts?.all() ?? [];
  }

  noteDraftsChanged(): void {
    this.draftsChanged++;
  }
}

export const studio = new StudioState();
