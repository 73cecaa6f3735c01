// Whether a visitor left anything an idle reset would undo (docs/design.md §6): only then is the
// "still there?" prompt worth showing; an untouched kiosk goes straight on to the attract loop.
// Pure: reset-kiosk.ts reads the app's state into a VisitorState. No DOM.

import type { Language } from '../../feed/languages.ts';
import { NO_FILTERS, type NameFilters } from '../names/name-filters.ts';
import type { PlayerStatus } from '../player/testimony-player.svelte.ts';
import type { Route } from './routes.ts';

export interface VisitorState {
  route: Route;
  language: Language;
  defaultLanguage: Language;
  textSize: number;
  highContrast: boolean;
  search: { query: string; filters: NameFilters; layoutPicked: boolean };
  player: { status: PlayerStatus; rate: number; volume: number; initialVolume: number };
  viewerOpen: boolean;
  pinPromptOpen: boolean;
  /** The timeline remembers an event to come back to. */
  timelineMoved: boolean;
  /** The map keeps a zoom or pan of the visitor's. */
  mapMoved: boolean;
}

export function hasVisitorState(state: VisitorState): boolean {
  const { search, player } = state;
  return (
    state.route.screen !== 'home' ||
    state.language !== state.defaultLanguage ||
    state.textSize !== 0 ||
    state.highContrast ||
    search.query !== '' ||
    !sameFilters(search.filters, NO_FILTERS) ||
    search.layoutPicked ||
    player.status !== 'empty' ||
    player.rate !== 1 ||
    player.volume !== player.initialVolume ||
    state.viewerOpen ||
    state.pinPromptOpen ||
    state.timelineMoved ||
    state.mapMoved
  );
}

function sameFilters(a: NameFilters, b: NameFilters): boolean {
  return a.place === b.place && a.fate === b.fate && a.decades?.from === b.decades?.from && a.decades?.to === b.decades?.to;
}
