// What an idle timeout does (docs/design.md §6): stop audio, close whatever is open, and go back to
// the home screen in the kiosk's default language with default display settings, playback speed
// and volume, and the timeline back at its start, so the next visitor starts where everyone starts.

import { technicianAccess } from '../technician/technician-access.svelte.ts';
import { language } from '../i18n/language.svelte.ts';
import { namesSearch } from '../names/names-search.svelte.ts';
import { testimonyPlayer } from '../player/testimony-player.svelte.ts';
import { timelinePlace } from '../timeline/timeline-place.ts';
import { imageViewer } from '../viewer/image-viewer.svelte.ts';
import { appState } from './app-state.svelte.ts';
import { displaySettings } from './display-settings.svelte.ts';
import { router } from './router.svelte.ts';
import { scheduleManager } from '../schedule/schedule-manager.svelte.ts';

export function resetKiosk(): void {
  testimonyPlayer.reset();
  technicianAccess.close();
  imageViewer.close();
  namesSearch.reset();
  timelinePlace.reset();
  displaySettings.reset();
  language.reset();
  router.reset();
  appState.failed = false;
  // A scheduled screen (Remembrance, closed hours) that waited for the visit shows now.
  scheduleManager.endVisit();
}
