// Picks a content text (from the feed) in the visitor's language. A curator's build checks that
// every exhibit language is present, but a kiosk may offer a language the exhibit lacks, so we
// fall back to the exhibit's default language, then to any language there is. No DOM.

import type { LocalizedText } from '../../feed/content-schema.ts';
import { LANGUAGES, type Language } from '../../feed/languages.ts';

function pick<T>(
  values: Partial<Record<Language, T>> | undefined,
  lang: Language,
  fallback: Language,
  isEmpty: (value: T) => boolean,
): T | undefined {
  if (!values) return undefined;
  for (const candidate of [lang, fallback, ...LANGUAGES]) {
    const value = values[candidate];
    if (value !== undefined && !isEmpty(value)) return value;
  }
  return undefined;
}

/** The text in `lang`, else in `fallback`, else in any language; '' when there is none. */
export function localized(text: LocalizedText | undefined, lang: Language, fallback: Language): string {
  return pick(text, lang, fallback, (value) => value.trim() === '') ?? '';
}
