// The on-screen keyboard's layouts (docs/design.md §6): Kazakh Cyrillic, Russian and Latin. Kazakh adds
// a row with its nine letters above the Russian ЙЦУКЕН rows, as on a Kazakh keyboard's number
// row, so a visitor who knows one knows the other. No DOM.

import type { Language } from '../../feed/languages.ts';

export const LAYOUT_IDS = ['kk', 'ru', 'lat'] as const;
export type LayoutId = (typeof LAYOUT_IDS)[number];

export interface KeyboardLayout {
  id: LayoutId;
  /** On the layout switch key: short, in the layout's own script. */
  label: string;
  rows: readonly (readonly string[])[];
}

const RUSSIAN_ROWS = [
  ['й', 'ц', 'у', 'к', 'е', 'н', 'г', 'ш', 'щ', 'з', 'х', 'ъ'],
  ['ф', 'ы', 'в', 'а', 'п', 'р', 'о', 'л', 'д', 'ж', 'э'],
  ['я', 'ч', 'с', 'м', 'и', 'т', 'ь', 'б', 'ю', 'ё', '-'],
] as const;

export const LAYOUTS: Readonly<Record<LayoutId, KeyboardLayout>> = {
  kk: { id: 'kk', label: 'ҚАЗ', rows: [['ә', 'і', 'ң', 'ғ', 'ү', 'ұ', 'қ', 'ө', 'һ'], ...RUSSIAN_ROWS] },
  ru: { id: 'ru', label: 'РУС', rows: RUSSIAN_ROWS },
  lat: {
    id: 'lat',
    label: 'LAT',
    rows: [
      ['q', 'w', 'e', 'r', 't', 'y', 'u', 'i', 'o', 'p'],
      ['a', 's', 'd', 'f', 'g', 'h', 'j', 'k', 'l'],
      ['z', 'x', 'c', 'v', 'b', 'n', 'm', "'", '-'],
    ],
  },
};

/** The layout that matches the interface language; English readers get Latin. */
export function layoutForLanguage(lang: Language): LayoutId {
  return lang === 'en' ? 'lat' : lang;
}

/** The layout the `layout` key switches to: kk → ru → lat → kk. */
export function nextLayout(current: LayoutId): LayoutId {
  return LAYOUT_IDS[(LAYOUT_IDS.indexOf(current) + 1) % LAYOUT_IDS.length]!;
}
