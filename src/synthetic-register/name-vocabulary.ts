// The name lists of every group in the register as Zipf-weighted tables: a few names are common and
// a long tail is rare, as in real registers. The data lives in the per-people files; this module
// only decides how often each name is drawn.

import {
  CAUCASUS_FEMALE_NAMES,
  CAUCASUS_MALE_NAMES,
  CHECHEN_SURNAMES,
  GERMAN_FEMALE_NAMES,
  GERMAN_MALE_NAMES,
} from './deportee-names.ts';
import { GERMAN_SURNAMES, INGUSH_SURNAMES, KOREAN_SURNAMES } from './deportee-names.ts';
import { KAZAKH_FEMALE_NAMES_BY_RANK, KAZAKH_MALE_NAMES_BY_RANK } from './kazakh-compound-names.ts';
import type { NameEntry } from './name-entry.ts';
import type { EthnicGroup } from './register-record.ts';
import { zipfTable, type WeightedTable } from './seeded-random.ts';
import {
  POLISH_FEMALE_NAMES,
  POLISH_MALE_NAMES,
  POLISH_SURNAMES,
  RUSSIAN_FEMALE_NAMES,
  RUSSIAN_MALE_NAMES,
  RUSSIAN_SURNAMES,
  UKRAINIAN_FEMALE_NAMES,
  UKRAINIAN_MALE_NAMES,
  UKRAINIAN_SURNAMES,
} from './slavic-names.ts';
import { TATAR_FEMALE_NAMES, TATAR_MALE_NAMES, TATAR_SURNAMES } from './tatar-names.ts';

/**
 * Zipf exponents and head offsets. Given names are concentrated (the commonest Kazakh male name
 * takes about 2% of men), surnames less so; the offsets keep the first few names from dominating.
 */
interface ZipfShape {
  exponent: number;
  offset: number;
}
const GIVEN_NAME_ZIPF: ZipfShape = { exponent: 1.0, offset: 12 };
const KAZAKH_GIVEN_NAME_ZIPF: ZipfShape = { exponent: 0.95, offset: 25 };
const SURNAME_ZIPF: ZipfShape = { exponent: 0.85, offset: 6 };
/** Korean surnames are famously few: Ким alone is about a quarter of them. */
const KOREAN_SURNAME_ZIPF: ZipfShape = { exponent: 1.25, offset: 0.5 };

export const KAZAKH_MALE_NAME_TABLE: WeightedTable<string> = zipfTable(
  KAZAKH_MALE_NAMES_BY_RANK,
  KAZAKH_GIVEN_NAME_ZIPF.exponent,
  KAZAKH_GIVEN_NAME_ZIPF.offset,
);
export const KAZAKH_FEMALE_NAME_TABLE: WeightedTable<string> = zipfTable(
  KAZAKH_FEMALE_NAMES_BY_RANK,
  KAZAKH_GIVEN_NAME_ZIPF.exponent,
  KAZAKH_GIVEN_NAME_ZIPF.offset,
);

export type OtherGroup = Exclude<EthnicGroup, 'kazakh'>;

export interface GroupNames {
  surnames: WeightedTable<NameEntry>;
  male: WeightedTable<NameEntry>;
  female: WeightedTable<NameEntry>;
}

function group(surnames: NameEntry[], male: NameEntry[], female: NameEntry[], surnameZipf: ZipfShape = SURNAME_ZIPF): GroupNames {
  return {
    surnames: zipfTable(surnames, surnameZipf.exponent, surnameZipf.offset),
    male: zipfTable(male, GIVEN_NAME_ZIPF.exponent, GIVEN_NAME_ZIPF.offset),
    female: zipfTable(female, GIVEN_NAME_ZIPF.exponent, GIVEN_NAME_ZIPF.offset),
  };
}

export const GROUP_NAMES: Readonly<Record<OtherGroup, GroupNames>> = {
  russian: group(RUSSIAN_SURNAMES, RUSSIAN_MALE_NAMES, RUSSIAN_FEMALE_NAMES),
  ukrainian: group(UKRAINIAN_SURNAMES, UKRAINIAN_MALE_NAMES, UKRAINIAN_FEMALE_NAMES),
  polish: group(POLISH_SURNAMES, POLISH_MALE_NAMES, POLISH_FEMALE_NAMES),
  german: group(GERMAN_SURNAMES, GERMAN_MALE_NAMES, GERMAN_FEMALE_NAMES),
  // Soviet Koreans mostly bore Russian given names by the 1930s; Korean ones are composed apart.
  korean: group(KOREAN_SURNAMES, RUSSIAN_MALE_NAMES, RUSSIAN_FEMALE_NAMES, KOREAN_SURNAME_ZIPF),
  chechen: group(CHECHEN_SURNAMES, CAUCASUS_MALE_NAMES, CAUCASUS_FEMALE_NAMES),
  ingush: group(INGUSH_SURNAMES, CAUCASUS_MALE_NAMES, CAUCASUS_FEMALE_NAMES),
  tatar: group(TATAR_SURNAMES, TATAR_MALE_NAMES, TATAR_FEMALE_NAMES),
};
