// What an idle timeout does (docs/design.md §6): stop audio, close whatever is open, and go back to
// the home screen in the kiosk's default language with default display settings, playback speed
// and volume, the keyboard, search and filters cleared, the timeline and the map back at their
// start, so the next visitor starts where everyone starts. `visitorState` reads the same parts, so
// the "still there?" prompt asks only when there is something to undo.

import { technicianAccess } from '../technician/technician-access.svelte.ts';
import { language } from '../i18n/language.svelte.ts';
import { namesSearch } from '../names/names-search.svelte.ts';
import { placesMap } from '../places/places-map.svelte.ts';
import { testimonyPlayer } from '../player/testimony-player.svelte.ts';
import { timelinePlace } from '../timeline/timeline-place.ts';
import { imageViewer } from '../viewer/image-viewer.svelte.ts';
import { appState } from './app-state.svelte.ts';
import { displaySettings } from './display-settings.svelte.ts';
import { router } from './router.svelte.ts';
import { scheduleManager } from '../schedule/schedule-manager.svelte.ts';
import type { VisitorState } from './visitor-state.ts';

export function resetKiosk(): void {
  testimonyPlayer.reset();
  technicianAccess.close();
  imageViewer.close();
  namesSearch.reset();
  timelinePlace.reset();
  placesMap.reset();
  displaySettings.reset();
  language.reset();
  router.reset();
  appState.failed = false;
  // A scheduled screen (Remembrance, closed hours) that waited for the visit shows now.
  scheduleManager.endVisit();
}

/** What a visitor may have left behind, everything resetKiosk puts back. */
export function visitorState(): VisitorState {
  return {
    route: router.route,
    language: language.current,
    defaultLanguage: language.kioskDefault,
    textSize: displaySettings.textSize,
    highContrast: displaySettings.highContrast,
    search: { query: namesSearch.query, filters: namesSearch.filters, layoutPicked: namesSearch.layoutPicked },
    player: {
      status: testimonyPlayer.status,
      rate: testimonyPlayer.rate,
      volume: testimonyPlayer.volume,
      initialVolume: testimonyPlayer.initialVolume,
    },
    viewerOpen: imageViewer.gallery !== null,
    pinPromptOpen: technicianAccess.promptOpen,
    timelineMoved: timelinePlace.eventId !== null,
    mapMoved: placesMap.moved,
  };
}
