// Entering a section from the navigation or the home screen: a fresh start there. "Back" from a
// record keeps the search a visitor typed; tapping "Names" again begins a new one, on the
// keyboard layout the visitor chose (docs/design.md §6).

import { namesSearch } from '../names/names-search.svelte.ts';
import { router } from './router.svelte.ts';
import type { Section } from './routes.ts';

export function openSection(section: Section): void {
  if (section === 'names') namesSearch.newSearch();
  router.section(section);
}
