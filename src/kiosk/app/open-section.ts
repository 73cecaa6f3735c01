// Entering a section from the navigation or the home screen: a fresh start there. "Back" from a
// record keeps the search a visitor typed; tapping "Names" again begins a new one, on the
// keyboard layout the visitor chose (docs/design.md §6). Likewise "Back" from a place keeps the
// map's zoom and pan, and tapping "Places" shows the whole map again.

import { namesSearch } from '../names/names-search.svelte.ts';
import { placesMap } from '../places/places-map.svelte.ts';
import { router } from './router.svelte.ts';
import type { Section } from './routes.ts';

export function openSection(section: Section): void {
  if (section === 'names') namesSearch.newSearch();
  if (section === 'places') placesMap.reset();
  router.section(section);
}
