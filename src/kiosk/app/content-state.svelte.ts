// The content on screen and the newer version waiting to replace it. docs/design.md §5.3: screens
// switch only at an idle moment, never under a visitor's finger, so an installed version is
// held as `pending` until the app's idle tick calls `applyPending()`; and only once its name
// index is prepared (built and stored, or given up on), so the Names screen never switches to
// a register it cannot search yet.

import type { ActiveContent } from '../storage/read-active-content.ts';

class ContentState {
  /** `raw`: content is large and never changed in place, so no deep proxies. */
  shown = $state.raw<ActiveContent | null>(null);
  pending = $state.raw<ActiveContent | null>(null);
  /** The pending version's name index is ready (see names-index.svelte.ts `prepare`). */
  pendingPrepared = $state(false);

  /** New content from the store: shown at once on an empty kiosk, else held for the next idle moment. */
  offer(content: ActiveContent): void {
    if (this.shown === null) {
      this.shown = content;
      return;
    }
    const newest = this.pending ?? this.shown;
    if (content.version > newest.version) {
      this.pending = content;
      this.pendingPrepared = false;
    }
  }

  /** The index of `version` is prepared; a version no longer pending is ignored. */
  prepared(version: number): void {
    if (this.pending?.version === version) this.pendingPrepared = true;
  }

  /**
   * The store lost what is on screen (docs/design.md §5.6): nothing is shown until sync brought
   * it back, so the kiosk says it is being prepared instead of showing screens with holes.
   */
  forget(): void {
    this.shown = null;
    this.pending = null;
    this.pendingPrepared = false;
  }

  /** Puts the pending version on screen; false when there was none or it is not prepared yet. */
  applyPending(): boolean {
    const next = this.pending;
    if (next === null || !this.pendingPrepared) return false;
    this.shown = next;
    this.pending = null;
    this.pendingPrepared = false;
    return true;
  }
}

export const contentState = new ContentState();
