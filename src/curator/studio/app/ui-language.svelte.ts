// The language of the studio's own interface, chosen by the curator and remembered in this
// browser. Components read `uiLanguage.t`; the App sets `<html lang>` from `current`.

import { isLanguage, type Language } from '../../../feed/languages.ts';
import { studioStrings } from './studio-strings.ts';

const STORAGE_KEY = 'eske-studio-language';

function initialLanguage(): Language {
  const stored = localStorage.getItem(STORAGE_KEY);
  if (isLanguage(stored)) return stored;
  const browser = navigator.language.slice(0, 2);
  return isLanguage(browser) ? browser : 'kk';
}

class UiLanguage {
  current = $state<Language>(initialLanguage());
  t = $derived(studioStrings(this.current));

  choose(language: Language): void {
    this.current = language;
    localStorage.setItem(STORAGE_KEY, language);
  }

  /** A content text in the interface language, else in the first language it has. */
  text(text: Partial<Record<Language, string>> | undefined): string {
    return text?.[this.current] || Object.values(text ?? {}).find((each) => each) || '';
  }
}

export const uiLanguage = new UiLanguage();
