// Keeps the page's root element in step with the app: `<html lang>` follows the chosen language,
// `data-content-version` names the version on screen (docs/design.md §9; absent before the first
// content), and the visitor's text size and contrast apply to the whole page.

import { language } from '../i18n/language.svelte.ts';
import { appState } from './app-state.svelte.ts';
import { contentState } from './content-state.svelte.ts';
import { displaySettings } from './display-settings.svelte.ts';

/** Starts following; returns a function that stops it. */
export function followDocumentAttributes(root: HTMLElement = document.documentElement): () => void {
  return $effect.root(() => {
    $effect(() => {
      root.lang = language.current;
    });
    $effect(() => {
      const version = appState.phase === 'ready' ? contentState.shown?.version : undefined;
      if (version === undefined) delete root.dataset.contentVersion;
      else root.dataset.contentVersion = String(version);
    });
    $effect(() => {
      root.style.fontSize = `${displaySettings.rootFontPx}px`;
      root.dataset.contrast = displaySettings.highContrast ? 'high' : 'normal';
    });
    $effect(() => {
      // A content text missing in the visitor's language falls back to the exhibit's default.
      language.contentFallback = contentState.shown?.exhibit.defaultLanguage ?? language.kioskDefault;
    });
  });
}
