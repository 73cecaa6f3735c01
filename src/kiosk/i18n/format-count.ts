// Counts as a reader of each language writes them: Kazakh and Russian group digits with a
// narrow no-break space (5 000), English with commas (5,000), and Russian nouns take the form
// the number asks for (1 имя, 2 имени, 5 имён). Own rules, not Intl: a kiosk's browser may lack
// Kazakh locale data, and a count must read the same on every kiosk. No DOM.

import type { Language } from '../../feed/languages.ts';

/** U+202F, the thin space that never breaks a number across lines. */
const NARROW_NO_BREAK_SPACE = '\u202F';

const GROUP_SEPARATORS: Readonly<Record<Language, string>> = { kk: NARROW_NO_BREAK_SPACE, ru: NARROW_NO_BREAK_SPACE, en: ',' };

/** A whole number with its thousands grouped; anything else is written as it is. */
export function formatCount(count: number, lang: Language): string {
  if (!Number.isSafeInteger(count) || count < 0) return String(count);
  return String(count).replace(/\B(?=(\d{3})+$)/g, GROUP_SEPARATORS[lang]);
}

/** The forms a Russian noun takes after a number: after 1, after 2–4, after 5–20 and 0. */
export type RussianForms = readonly [one: string, few: string, many: string];

/** 1, 21, 101 take `one`; 2–4, 22–24 take `few`; 0, 5–20, 25–30, 111–114 take `many`. */
export function russianForm(count: number, [one, few, many]: RussianForms): string {
  const lastTwo = count % 100;
  const last = count % 10;
  if (lastTwo >= 11 && lastTwo <= 14) return many;
  if (last === 1) return one;
  if (last >= 2 && last <= 4) return few;
  return many;
}
