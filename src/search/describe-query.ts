// The spellings of a query that the engine looked for, in words a visitor can read: Cyrillic
// and Latin, each with the Russian ending (-ов, -ова, -ович) and the Kazakh one (-ұлы, -қызы).
// Shown when nothing was found (docs/design.md §7), so a visitor sees that "Байтурсынов" also meant
// "Baitursynuly". For display only: matching goes by the keys in name-keys.ts.

import { capitalize, queryWords } from './fold-text.ts';
import { romanize } from './romanize.ts';

/** Enough to show the idea; more would be a wall of near-identical words. */
export const MAX_SPELLINGS = 5;

type Gender = 'male' | 'female';
type Style = 'russian' | 'kazakh';

interface Ending {
  ending: string;
  gender: Gender;
  style: Style;
}

// Longest first. -ин/-ина have no Kazakh counterpart of the same stem, so they are left alone.
const ENDINGS: readonly Ending[] = [
  { ending: 'ович', gender: 'male', style: 'russian' },
  { ending: 'евич', gender: 'male', style: 'russian' },
  { ending: 'овна', gender: 'female', style: 'russian' },
  { ending: 'евна', gender: 'female', style: 'russian' },
  { ending: 'қызы', gender: 'female', style: 'kazakh' },
  { ending: 'кызы', gender: 'female', style: 'kazakh' },
  { ending: 'ұлы', gender: 'male', style: 'kazakh' },
  { ending: 'улы', gender: 'male', style: 'kazakh' },
  { ending: 'ова', gender: 'female', style: 'russian' },
  { ending: 'ева', gender: 'female', style: 'russian' },
  { ending: 'ов', gender: 'male', style: 'russian' },
  { ending: 'ев', gender: 'male', style: 'russian' },
];
/** As in name-keys.ts: a shorter stem is a name (Ли, Ким), not a stem with an ending. */
const MIN_STEM_SOUNDS = 3;

const VOWELS = /[аәеиоөуұүыіэюя]$/;
const KAZAKH_ENDING: Record<Gender, string> = { male: 'ұлы', female: 'қызы' };

interface WordForms {
  russian: string;
  kazakh: string;
}

/** The spellings tried for `query`, the visitor's own first; [] for an empty query. */
export function describeQuery(query: string, max: number = MAX_SPELLINGS): string[] {
  const forms = queryWords(query).map((word) => wordForms(toCyrillic(word)));
  if (forms.length === 0) return [];
  const spell = (pick: (forms: WordForms) => string) => forms.map((form) => capitalize(pick(form))).join(' ');
  const candidates = [
    spell((form) => form.russian),
    spell((form) => form.kazakh),
    spell((form) => withoutKazakhLetters(form.russian)),
    spell((form) => toLatin(form.russian)),
    spell((form) => toLatin(form.kazakh)),
  ];
  const seen = new Set<string>();
  const spellings: string[] = [];
  for (const spelling of candidates) {
    const key = spelling.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    spellings.push(spelling);
  }
  return spellings.slice(0, max);
}

/** The Russian and the Kazakh form of one Cyrillic word; the same word twice if it has no ending. */
export function wordForms(word: string): WordForms {
  for (const { ending, gender, style } of ENDINGS) {
    if (!word.endsWith(ending)) continue;
    const stem = word.slice(0, -ending.length);
    if (romanize(stem).length < MIN_STEM_SOUNDS) continue;
    return style === 'russian'
      ? { russian: word, kazakh: kazakhForm(stem, gender) }
      : { russian: russianForm(stem, gender), kazakh: stem + KAZAKH_ENDING[gender] };
  }
  return { russian: word, kazakh: word };
}

/** Бекба(ев) → Бекбайұлы: a stem ending in a vowel had the й that Russian wrote as е. */
function kazakhForm(stem: string, gender: Gender): string {
  return (VOWELS.test(stem) ? `${stem}й` : stem) + KAZAKH_ENDING[gender];
}

/** Бекбай(ұлы) → Бекбаев, Байтұрсын(ұлы) → Байтұрсынов. */
function russianForm(stem: string, gender: Gender): string {
  const base = stem.endsWith('й') ? `${stem.slice(0, -1)}ев` : VOWELS.test(stem) ? `${stem}ев` : `${stem}ов`;
  return gender === 'male' ? base : `${base}а`;
}

const KAZAKH_TO_RUSSIAN: Record<string, string> = { ә: 'а', ғ: 'г', қ: 'к', ң: 'н', ө: 'о', ұ: 'у', ү: 'у', һ: 'х', і: 'и' };

/** How a Soviet clerk wrote the name: Kazakh letters as their Russian neighbours. */
function withoutKazakhLetters(word: string): string {
  return word.replace(/[әғқңөұүһі]/g, (letter) => KAZAKH_TO_RUSSIAN[letter]!);
}

// Passport-style Latin (ICAO 9303 with the Kazakh letters folded), the spelling most visitors know.
// prettier-ignore
const CYRILLIC_TO_LATIN: Record<string, string> = {
  а: 'a', ә: 'a', б: 'b', в: 'v', г: 'g', ғ: 'g', д: 'd', е: 'e', ж: 'zh', з: 'z', и: 'i', й: 'i', і: 'i',
  к: 'k', қ: 'k', л: 'l', м: 'm', н: 'n', ң: 'n', о: 'o', ө: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u',
  ұ: 'u', ү: 'u', ф: 'f', х: 'kh', һ: 'h', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e',
  ю: 'iu', я: 'ia',
};

export function toLatin(word: string): string {
  return Array.from(word, (char) => CYRILLIC_TO_LATIN[char] ?? char).join('');
}

// Latin clusters first (BGN/PCGN and ICAO), then single letters, Kazakh Latin 2021 included.
const LATIN_CLUSTERS: [RegExp, string][] = [
  [/shch|sch/g, 'щ'],
  [/zh/g, 'ж'],
  [/kh/g, 'х'],
  [/sh/g, 'ш'],
  [/ch/g, 'ч'],
  [/ts/g, 'ц'],
  [/ya/g, 'я'],
  [/yu/g, 'ю'],
  [/y[eo]/g, 'е'],
  // i after a vowel is й (Baitursynov, Aidar).
  [/(?<=[aeiouäöüū])i/g, 'й'],
  [/(?<=[aeiouäöüū])y/g, 'й'],
];
// prettier-ignore
const LATIN_TO_CYRILLIC: Record<string, string> = {
  a: 'а', ä: 'ә', b: 'б', c: 'ц', d: 'д', e: 'е', f: 'ф', g: 'г', ğ: 'ғ', h: 'х', i: 'и', ı: 'ы', j: 'ж',
  k: 'к', l: 'л', m: 'м', n: 'н', ñ: 'ң', o: 'о', ö: 'ө', p: 'п', q: 'қ', r: 'р', s: 'с', ş: 'ш', t: 'т',
  u: 'у', ū: 'ұ', ü: 'ү', v: 'в', w: 'у', x: 'кс', y: 'ы', z: 'з', ç: 'ч',
};

/** A folded word in Cyrillic letters; Cyrillic letters already in it stay as they are. */
export function toCyrillic(word: string): string {
  let text = word;
  for (const [pattern, replacement] of LATIN_CLUSTERS) text = text.replace(pattern, replacement);
  return Array.from(text, (char) => LATIN_TO_CYRILLIC[char] ?? char).join('');
}
