// What the visitor types on the Names screen and what it finds. The keyboard layout follows the
// interface language until the visitor switches it with the `layout` key.

import { DEFAULT_HIT_LIMIT } from '../../search/surname-prefix-index.ts';
import type { Language } from '../../feed/languages.ts';
import { language } from '../i18n/language.svelte.ts';
import { applyKey, type KeyName } from '../keyboard/apply-key.ts';
import { layoutForLanguage, nextLayout, type LayoutId } from '../keyboard/layouts.ts';
import { namesRegister } from './names-register.svelte.ts';

/** Results shown at once; more would be a long scroll, and a few more letters narrow it. */
export const SHOWN_RESULTS = DEFAULT_HIT_LIMIT;

class NamesSearch {
  query = $state('');
  /** A layout the visitor picked, remembered for the language it was picked in. */
  #picked = $state<{ layout: LayoutId; forLanguage: Language } | null>(null);
  layout = $derived(
    this.#picked && this.#picked.forLanguage === language.current ? this.#picked.layout : layoutForLanguage(language.current),
  );
  result = $derived(namesRegister.index?.search(this.query, SHOWN_RESULTS) ?? { hits: [], truncated: false });

  press(key: KeyName): void {
    if (key === 'layout') this.#picked = { layout: nextLayout(this.layout), forLanguage: language.current };
    else this.query = applyKey(this.query, key);
  }

  reset(): void {
    this.query = '';
    this.#picked = null;
  }
}

export const namesSearch = new NamesSearch();
