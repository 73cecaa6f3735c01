// Entering a section from the navigation or the home screen: a fresh start there. "Back" from a
// record keeps the search a visitor typed; tapping "Names" again begins a new one.

import { namesSearch } from '../names/names-search.svelte.ts';
import { router } from './router.svelte.ts';
import type { Section } from './routes.ts';

export function openSection(section: Section): void {
  if (section === 'names') namesSearch.reset();
  router.section(section);
}
