// Writes the name columns of a non-Kazakh person as Soviet Russian records did: the surname in
// its Russian feminine where one exists, a Russian patronymic, the period's spelling drift
// (Миллер for Мюллер, е for ё, Ен-Сик for Ен Сик), and the Latin or native spelling as a variant.

import type { ComposedName } from './compose-kazakh-name.ts';
import { KOREAN_FEMALE_SYLLABLES, KOREAN_MALE_SYLLABLES } from './deportee-names.ts';
import { latinSpelling } from './latin-spelling.ts';
import { feminineSurname, withoutYo, type NameEntry } from './name-entry.ts';
import { GROUP_NAMES, type OtherGroup } from './name-vocabulary.ts';
import { russianPatronymic, type Sex } from './russian-patronymic.ts';
import type { SpellingDeviation } from './register-record.ts';
import type { SeededRandom } from './seeded-random.ts';

const ALT_SURNAME_SHARE = 0.2;
const ALT_GIVEN_SHARE = 0.15;
/** Typewriters and clerks often dropped the dots of ё. */
const YO_AS_E_SHARE = 0.5;
/** Share of Koreans in the register with a Korean given name rather than a Russian one. */
const KOREAN_GIVEN_NAME_SHARE = 0.5;
const VARIANTS_SHARE = 0.3;

interface GivenName {
  canonical: string;
  shown: string;
  /** The name's own Latin spelling where it has one (Johann); otherwise transliterated on demand. */
  latin: string | null;
  alternatives: readonly string[];
}

export function composeOtherName(random: SeededRandom, group: OtherGroup, sex: Sex, patronymicShare: number): ComposedName {
  const names = GROUP_NAMES[group];
  const spelling: SpellingDeviation[] = [];
  const surnameEntry = random.pickWeighted(names.surnames);
  const given =
    group === 'korean' && random.chance(KOREAN_GIVEN_NAME_SHARE)
      ? koreanGivenName(random, sex, spelling)
      : entryGivenName(random, sex, group, spelling);
  const father = random.pickWeighted(names.male);

  const canonicalSurname = forSex(surnameEntry.canonical, sex);
  let surname = canonicalSurname;
  if (surnameEntry.alternatives.length > 0 && random.chance(ALT_SURNAME_SHARE)) {
    surname = forSex(random.pick(surnameEntry.alternatives), sex);
    spelling.push('alt-surname');
  }
  let givenName = given.shown;
  let patronymic = random.chance(patronymicShare) ? russianPatronymic(father.canonical, sex) : '';
  if (/[ёЁ]/u.test(surname + givenName + patronymic) && random.chance(YO_AS_E_SHARE)) {
    surname = withoutYo(surname);
    givenName = withoutYo(givenName);
    patronymic = withoutYo(patronymic);
    spelling.push('yo-e');
  }

  const shown = `${surname} ${givenName}`;
  const variants = random.chance(VARIANTS_SHARE) ? drawVariants(random, surnameEntry, given, sex, shown) : [];
  return {
    surname,
    givenName,
    patronymic,
    variants,
    truth: {
      givenName: given.canonical,
      fatherName: father.canonical,
      surname: canonicalSurname,
      kazakhSurname: null,
      nameForm: 'russian',
      spelling,
    },
  };
}

function forSex(surname: string, sex: Sex): string {
  return sex === 'f' ? feminineSurname(surname) : surname;
}

/** The surname in the family's Latin spelling, in the woman's form where Polish has one (Kowalska). */
function latinSurname(entry: NameEntry, sex: Sex): string {
  if (entry.latin === null) return latinSpelling(forSex(entry.canonical, sex));
  return sex === 'f' ? entry.latin.replace(/(sk|ck|dzk)i$/u, '$1a') : entry.latin;
}

function entryGivenName(random: SeededRandom, sex: Sex, group: OtherGroup, spelling: SpellingDeviation[]): GivenName {
  const entry = random.pickWeighted(sex === 'm' ? GROUP_NAMES[group].male : GROUP_NAMES[group].female);
  let shown = entry.canonical;
  if (entry.alternatives.length > 0 && random.chance(ALT_GIVEN_SHARE)) {
    shown = random.pick(entry.alternatives);
    spelling.push('alt-given');
  }
  return {
    canonical: entry.canonical,
    shown,
    latin: entry.latin,
    alternatives: entry.alternatives,
  };
}

/** Two syllables, written apart (canonical), hyphenated or joined, as different clerks did. */
function koreanGivenName(random: SeededRandom, sex: Sex, spelling: SpellingDeviation[]): GivenName {
  const syllables = sex === 'm' ? KOREAN_MALE_SYLLABLES : KOREAN_FEMALE_SYLLABLES;
  const first = random.pick(syllables);
  let second = random.pick(syllables);
  while (second === first) second = random.pick(syllables);
  const canonical = `${first} ${second}`;
  const hyphenated = `${first}-${second}`;
  const joined = first + second.toLowerCase();
  const roll = random.next();
  let shown = canonical;
  if (roll < 0.2) {
    shown = hyphenated;
    spelling.push('korean-hyphen');
  } else if (roll < 0.35) {
    shown = joined;
    spelling.push('korean-joined');
  }
  return { canonical, shown, latin: null, alternatives: [hyphenated, joined] };
}

function drawVariants(random: SeededRandom, surname: NameEntry, given: GivenName, sex: Sex, shown: string): string[] {
  const candidates = [
    `${latinSurname(surname, sex)} ${given.latin ?? latinSpelling(given.canonical)}`,
    ...surname.alternatives.map((alternative) => `${forSex(alternative, sex)} ${given.canonical}`),
    ...given.alternatives.map((alternative) => `${forSex(surname.canonical, sex)} ${alternative}`),
    `${withoutYo(forSex(surname.canonical, sex))} ${withoutYo(given.canonical)}`,
    `${forSex(surname.canonical, sex)} ${given.canonical}`,
  ];
  const unique = [...new Set(candidates)].filter((candidate) => candidate !== shown);
  if (unique.length === 0) return [];
  const first = random.pick(unique);
  if (!random.chance(0.3) || unique.length === 1) return [first];
  let second = random.pick(unique);
  while (second === first) second = random.pick(unique);
  return [first, second];
}
