// Turns a Kazakh name in correct Kazakh Cyrillic into the forms an archive clerk of the 1920s–50s
// wrote, with the period's inconsistent spellings (Жансүгір → Жансугуров, Джансугуров), and into
// the Kazakh forms (Жансүгірұлы, Жансүгіров). Pure string rules; the generator picks the rules.

import {
  KAZAKH_SPELLING_RULES,
  NO_SPELLING_RULES,
  type KazakhSpellingRule,
  type KazakhSpellingRules,
} from './kazakh-spelling-rules.ts';
import { russianPatronymic, type Sex } from './russian-patronymic.ts';

/** Names of Arabic origin whose Russian spelling the letter rules cannot produce. */
const RUSSIAN_SPELLING_OVERRIDES: Readonly<Record<string, string>> = {
  Ілияс: 'Ильяс',
  Ыбырайым: 'Ибраим',
  Ыбырай: 'Ибрай',
  Ысқақ: 'Искак',
  Ыдырыс: 'Идрис',
  Ысмайыл: 'Исмаил',
  Ыскендір: 'Искандер',
  Ибраһим: 'Ибрагим',
  Зікірия: 'Зикрия',
  Әбубәкір: 'Абубакир',
  Әубәкір: 'Аубакир',
};
const OVERRIDE_KEYS = Object.keys(RUSSIAN_SPELLING_OVERRIDES).sort((a, b) => b.length - a.length);

const KAZAKH_VOWELS = new Set([...'аәеёиоөуұүыіэюя']);
const FRONT_VOWELS = new Set([...'әеиөүі']);
const YA_AFTER = new Set(['л', 'з', 'с']);
const YU_AFTER = new Set(['л', 'т', 'к']);
const DOUBLE_AFTER_VOWEL = new Set(['с']);

function isConsonant(letter: string | undefined): boolean {
  return letter !== undefined && /\p{L}/u.test(letter) && !KAZAKH_VOWELS.has(letter) && letter !== 'ь' && letter !== 'ъ';
}

/**
 * The Russian-letter spelling of one Kazakh word under the given rules. Rules that changed the
 * result are added to `applied`, so a caller can tell a canonical spelling from a variant.
 */
export function sovietSpelling(
  kazakh: string,
  rules: KazakhSpellingRules = NO_SPELLING_RULES,
  applied?: Set<KazakhSpellingRule>,
): string {
  const known = spellingsOf(kazakh);
  let mask = 0;
  for (const rule of rules) mask |= RULE_BIT[rule];
  // Rules the name gives no chance to apply cannot change it, so they are left out of the key.
  mask &= known.applicable;
  let spelling = known.byMask.get(mask);
  if (!spelling) {
    const used = new Set<KazakhSpellingRule>();
    spelling = { text: spell(kazakh, maskRules(mask), used), applied: [...used] };
    known.byMask.set(mask, spelling);
  }
  if (applied) for (const rule of spelling.applied) applied.add(rule);
  return spelling.text;
}

const RULE_BIT = Object.fromEntries(KAZAKH_SPELLING_RULES.map((rule, i) => [rule, 1 << i])) as Record<KazakhSpellingRule, number>;

function maskRules(mask: number): Set<KazakhSpellingRule> {
  return new Set(KAZAKH_SPELLING_RULES.filter((rule) => (mask & RULE_BIT[rule]) !== 0));
}

interface KnownSpellings {
  /** Rules that change this name when used alone; any combination uses no others. */
  applicable: number;
  byMask: Map<number, { text: string; applied: readonly KazakhSpellingRule[] }>;
}

/**
 * Spellings already worked out, per name. A million-row register spells the same thousand-odd
 * names over and over; the cache holds at most a few dozen spellings per name, so it stays small.
 */
const SPELLING_CACHE = new Map<string, KnownSpellings>();

function spellingsOf(kazakh: string): KnownSpellings {
  let known = SPELLING_CACHE.get(kazakh);
  if (!known) {
    let applicable = 0;
    for (const rule of KAZAKH_SPELLING_RULES) {
      const used = new Set<KazakhSpellingRule>();
      spell(kazakh, new Set([rule]), used);
      if (used.size > 0) applicable |= RULE_BIT[rule];
    }
    known = { applicable, byMask: new Map() };
    SPELLING_CACHE.set(kazakh, known);
  }
  return known;
}

function spell(kazakh: string, rules: KazakhSpellingRules, applied: Set<KazakhSpellingRule>): string {
  for (const key of OVERRIDE_KEYS) {
    if (kazakh.startsWith(key)) {
      const rest = kazakh.slice(key.length);
      return (RUSSIAN_SPELLING_OVERRIDES[key] as string) + (rest ? transliterate(rest, rules, applied) : '');
    }
  }
  return capitalize(transliterate(kazakh, rules, applied));
}

function transliterate(word: string, rules: KazakhSpellingRules, applied: Set<KazakhSpellingRule> | undefined): string {
  const letters = [...word.toLowerCase()];
  const use = (rule: KazakhSpellingRule): boolean => {
    if (!rules.has(rule)) return false;
    applied?.add(rule);
    return true;
  };
  let out = '';
  let doubled = false;
  for (let i = 0; i < letters.length; i++) {
    const letter = letters[i] as string;
    const previous = letters[i - 1];
    const next = letters[i + 1];
    if (next === letter && isConsonant(letter) && use('single')) continue;
    switch (letter) {
      case 'ә':
        if (i > 0 && YA_AFTER.has(previous ?? '') && use('ya')) out += 'я';
        else if (i > 0 && use('e')) out += 'е';
        else out += 'а';
        break;
      case 'ғ':
        out += 'г';
        break;
      case 'қ':
        // Clerks heard х where қ opens a syllable (Қожан → Хожанов, Тоқтар → Тохтаров), not before б or at the end.
        out += (next === 'т' || KAZAKH_VOWELS.has(next ?? '')) && previous !== 'қ' && use('kh') ? 'х' : 'к';
        break;
      case 'ң':
        out += 'н';
        break;
      case 'ө':
        out += use('o-u') ? 'у' : 'о';
        break;
      case 'ұ':
        out += 'у';
        break;
      case 'ү':
        out += YU_AFTER.has(previous ?? '') && use('yu') ? 'ю' : 'у';
        break;
      case 'һ':
        out += 'х';
        break;
      case 'і':
        out += spellI(letters, i, lastVowelBefore(letters, i), use);
        break;
      case 'ж':
        out += use('dzh') ? 'дж' : 'ж';
        break;
      case 'ш':
        out += i === 0 && use('ch') ? 'ч' : 'ш';
        break;
      case 'л':
        out += 'л';
        if (FRONT_VOWELS.has(previous ?? '') && isConsonant(next) && next !== 'л' && use('soft')) out += 'ь';
        break;
      case 'н':
        out += next === 'б' && use('mb') ? 'м' : 'н';
        break;
      default:
        out += letter;
    }
    if (
      !doubled &&
      DOUBLE_AFTER_VOWEL.has(letter) &&
      KAZAKH_VOWELS.has(previous ?? '') &&
      KAZAKH_VOWELS.has(next ?? '') &&
      use('double')
    ) {
      out += letter;
      doubled = true;
    }
  }
  return out;
}

function lastVowelBefore(letters: readonly string[], index: number): string {
  for (let i = index - 1; i >= 0; i--) if (KAZAKH_VOWELS.has(letters[i] as string)) return letters[i] as string;
  return '';
}

function spellI(
  letters: readonly string[],
  i: number,
  previousVowel: string,
  use: (rule: KazakhSpellingRule) => boolean,
): string {
  // Сейіт is said and usually written Сейт: the і between й and т is not heard.
  if (letters[i - 1] === 'й' && letters[i - 2] === 'е' && letters[i + 1] === 'т') return use('ei-i') ? 'и' : '';
  // After ү the і is rounded in speech, and clerks wrote у: Жүсіп → Жусуп, Жансүгір → Жансугур.
  if (previousVowel === 'ү') return use('i-plain') ? 'и' : 'у';
  if (previousVowel === 'ө') return use('i-rounded') ? 'у' : 'и';
  return use('y') ? 'ы' : 'и';
}

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

const SOFT_SURNAME_ENDS = new Set([...'жшчщцйь']);

/** Adds -ов/-ев (-ова/-ева) to a name, in Russian or Kazakh letters alike: Шоқай → Шоқаев. */
function withSurnameEnding(root: string, sex: Sex, vowels: ReadonlySet<string>): string {
  const last = root.at(-1) ?? '';
  const feminine = sex === 'f' ? 'а' : '';
  if (last === 'й' || last === 'ь') return root.slice(0, -1) + 'ев' + feminine;
  if (vowels.has(last) || SOFT_SURNAME_ENDS.has(last)) return root + 'ев' + feminine;
  return root + 'ов' + feminine;
}

const RUSSIAN_VOWELS = new Set([...'аеёиоуыэюя']);

/** The Soviet Russian surname from the father's name: Байтұрсын → Байтурсынов (-ова). */
export function sovietSurname(
  fatherName: string,
  sex: Sex,
  rules: KazakhSpellingRules = NO_SPELLING_RULES,
  applied?: Set<KazakhSpellingRule>,
): string {
  const root = sovietSpelling(fatherName, rules, applied);
  if (root.endsWith('а') && rules.has('in')) {
    applied?.add('in');
    return root.slice(0, -1) + 'ин' + (sex === 'f' ? 'а' : '');
  }
  return withSurnameEnding(root, sex, RUSSIAN_VOWELS);
}

/** The Russian patronymic from the father's Kazakh name: Сейітқали → Сейткалиевич (-евна). */
export function sovietPatronymic(
  fatherName: string,
  sex: Sex,
  rules: KazakhSpellingRules = NO_SPELLING_RULES,
  applied?: Set<KazakhSpellingRule>,
): string {
  return russianPatronymic(sovietSpelling(fatherName, rules, applied), sex);
}

/** The Kazakh form: Байтұрсын → Байтұрсынұлы (son), Байтұрсынқызы (daughter). */
export function kazakhPatronymicName(fatherName: string, sex: Sex): string {
  return fatherName + (sex === 'm' ? 'ұлы' : 'қызы');
}

/** The surname in Kazakh letters with the Russian ending, as on later Kazakh documents: Жансүгіров. */
export function kazakhLetterSurname(fatherName: string, sex: Sex): string {
  return withSurnameEnding(fatherName, sex, KAZAKH_VOWELS);
}
