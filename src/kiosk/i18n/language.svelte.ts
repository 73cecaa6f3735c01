// The visitor's chosen language and the kiosk's default, as one reactive instance. Components
// read `language.t` for interface strings and `language.text()` for feed texts; the App sets
// `<html lang>` from `language.current`.

import type { LocalizedMarkdown, LocalizedText } from '../../feed/content-schema.ts';
import { LANGUAGES, type Language } from '../../feed/languages.ts';
import { formatDateSpan } from './format-date.ts';
import { localized } from './localized.ts';
import { uiStrings } from './ui-strings.ts';

class LanguageState {
  current = $state<Language>('kk');
  /** The languages this kiosk offers (kiosk-config), in its order. */
  offered = $state<readonly Language[]>(LANGUAGES);
  /** Where an idle reset returns to (kiosk-config `defaultLanguage`). */
  kioskDefault = $state<Language>('kk');
  /** The exhibit's default language: the fallback for a content text missing in `current`. */
  contentFallback = $state<Language>('kk');
  t = $derived(uiStrings(this.current));

  configure(offered: readonly Language[], kioskDefault: Language): void {
    this.offered = offered;
    this.kioskDefault = kioskDefault;
    this.current = kioskDefault;
  }

  choose(lang: Language): void {
    if (this.offered.includes(lang)) this.current = lang;
  }

  reset(): void {
    this.current = this.kioskDefault;
  }

  text(text: LocalizedText | undefined): string {
    return localized(text, this.current, this.contentFallback);
  }

  /** Curator Markdown in the visitor's language, with the same fallback as `text`. */
  markdown(text: LocalizedMarkdown | undefined): string {
    return localized(text, this.current, this.contentFallback);
  }

  date(from: string, to?: string): string {
    return formatDateSpan(from, to, this.current);
  }
}

export const language = new LanguageState();
