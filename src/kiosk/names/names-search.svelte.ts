// What the visitor types and picks on the Names screen, and what the search worker answers.
// Every keystroke or filter change asks again; an answer is shown only if nothing was asked
// after it, so results follow the typing without the screen ever waiting on an old query. The
// keyboard layout follows the interface language until the visitor switches it, and then stays
// theirs until the visit ends: a name half typed in Latin must not turn Cyrillic.

import type { SearchAnswer } from '../../search/worker-protocol.ts';
import { LatestRequest } from '../app/latest-request.ts';
import { language } from '../i18n/language.svelte.ts';
import { applyKey, type KeyName } from '../keyboard/apply-key.ts';
import { layoutForLanguage, nextLayout, type LayoutId } from '../keyboard/layouts.ts';
import { NO_FILTERS, searchFilters, toggleDecade, type NameFilters } from './name-filters.ts';
import { countUsage } from '../storage/usage-counts.ts';
import { namesIndex } from './names-index.svelte.ts';

class NamesSearch {
  query = $state('');
  /** A layout the visitor picked; null while the keyboard is untouched and follows the language. */
  #picked = $state<LayoutId | null>(null);
  layout = $derived(this.#picked ?? layoutForLanguage(language.current));
  /** The visitor chose the keyboard layout: an idle reset has it to undo. */
  layoutPicked = $derived(this.#picked !== null);
  filters = $state.raw<NameFilters>(NO_FILTERS);
  /** The answer to the latest question, null while the query is empty. `raw`: rows are never edited. */
  answer = $state.raw<SearchAnswer | null>(null);
  /** The answer, if it is of the index on screen: after a content switch, rows of the old one are not. */
  shown = $derived(this.answer?.version === namesIndex.version ? this.answer : null);
  /** Every question supersedes the one before: an answer to an older one is dropped. */
  readonly #asking = new LatestRequest();

  press(key: KeyName): void {
    if (key === 'layout') this.#picked = nextLayout(this.layout);
    else this.setQuery(applyKey(this.query, key));
  }

  /** A closest name tapped after "no results", or typing. */
  setQuery(text: string): void {
    if (text === this.query) return;
    // A search is counted when a name starts on an empty field: keystrokes are not searches.
    if (this.query === '') void countUsage('search');
    this.query = text;
    this.refresh();
  }

  toggleDecade(decade: number): void {
    this.#setFilters({ ...this.filters, decades: toggleDecade(this.filters.decades, decade) });
  }

  /** Picks a place, or with the chosen one drops the filter. */
  togglePlace(place: string): void {
    this.#setFilters({ ...this.filters, place: this.filters.place === place ? null : place });
  }

  toggleFate(fate: string): void {
    this.#setFilters({ ...this.filters, fate: this.filters.fate === fate ? null : fate });
  }

  clearFilters(): void {
    this.#setFilters(NO_FILTERS);
  }

  /** Asks again: after any change, and when the index on screen becomes ready or changes. */
  refresh(): void {
    if (this.query.trim() === '') {
      this.#asking.cancel();
      this.answer = null;
      return;
    }
    const signal = this.#asking.begin();
    void namesIndex.search(this.query, { filters: searchFilters(this.filters) }).then((answer) => {
      if (answer && !signal.aborted) this.answer = answer;
    });
  }

  /** A fresh search within the same visit (tapping Names again): the picked layout stays theirs. */
  newSearch(): void {
    this.#asking.cancel();
    this.query = '';
    this.filters = NO_FILTERS;
    this.answer = null;
  }

  /** Forgets the visitor, picked layout included: resetKiosk calls it when the visit ends. */
  reset(): void {
    this.newSearch();
    this.#picked = null;
  }

  #setFilters(filters: NameFilters): void {
    this.filters = filters;
    this.refresh();
  }
}

export const namesSearch = new NamesSearch();
