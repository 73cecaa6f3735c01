// The spelling habits of Soviet clerks writing Kazakh names in Russian letters, as named rules
// with how often each shows up. `kazakh-name-forms.ts` applies them; the generator draws a set
// per record; a record's truth lists the ones its spelling uses.

import type { SeededRandom } from './seeded-random.ts';

/**
 * Deviations from the canonical Russian spelling that clerks made. Each is a named rule so a
 * record's `truth` can say which ones its spelling uses and the search bench can report on them.
 */
export const KAZAKH_SPELLING_RULES = [
  'dzh', // ж → дж: Жансүгір → Джансугуров, Қожан → Ходжанов
  'kh', // қ → х before a vowel or т: Қожан → Ходжанов, Тоқтар → Тохтаров
  'o-u', // ө → у: Өмірзақ → Умирзаков, Төлеген → Тулегенов
  'i-rounded', // і → у after ө: Өмірзақ → Омурзаков
  'i-plain', // і stays и after ү, where у is usual: Жүсіп → Жусипов (not Жусупов)
  'yu', // ү → ю after л, т, к: Түлкібай → Тюлкубаев
  'y', // і → ы: Әбдіқадыр → Абдыкадыров
  'ya', // ә → я after л, з, с: Ләтипа → Лятипа, Зәуре → Зяуре
  'e', // ә → е inside a word: Кәрім → Керимов
  'ch', // initial ш → ч: Шоқай → Чокаев
  'single', // a doubled consonant written once: Аққали → Акалиев
  'double', // a single с between vowels doubled: Қасым → Кассымов
  'soft', // л before a consonant after a front vowel gets ь: Әбділда → Абдильдин
  'mb', // н before б written м, as said: Дүйсенбай → Дуйсембаев
  'ei-i', // Сейіт keeps its і: Сейитов rather than the usual Сейтов
  'in', // a name ending in -а takes -ин: Мұса → Мусин rather than Мусаев
] as const;

export type KazakhSpellingRule = (typeof KAZAKH_SPELLING_RULES)[number];
export type KazakhSpellingRules = ReadonlySet<KazakhSpellingRule>;

/**
 * How often a clerk's record shows each rule, where the name gives it a chance. Judged from the
 * spread of spellings in published memorial books; dzh and mb were habits of whole offices.
 */
export const KAZAKH_SPELLING_RULE_ODDS: Readonly<Record<KazakhSpellingRule, number>> = {
  dzh: 0.3,
  kh: 0.1,
  'o-u': 0.35,
  'i-rounded': 0.15,
  'i-plain': 0.2,
  yu: 0.12,
  y: 0.15,
  ya: 0.1,
  e: 0.05,
  ch: 0.12,
  single: 0.35,
  double: 0.04,
  soft: 0.25,
  mb: 0.45,
  'ei-i': 0.25,
  in: 0.3,
};

export function drawKazakhSpellingRules(random: SeededRandom): Set<KazakhSpellingRule> {
  const rules = new Set<KazakhSpellingRule>();
  for (const rule of KAZAKH_SPELLING_RULES) if (random.chance(KAZAKH_SPELLING_RULE_ODDS[rule])) rules.add(rule);
  return rules;
}

export const NO_SPELLING_RULES: KazakhSpellingRules = new Set();
