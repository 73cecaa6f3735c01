// The shapes the register generator produces: one CSV row (the columns of docs/content-folder.md
// plus `case_number`, an extra column that shows unknown columns survive a build) and the truth
// about the person behind it, which the search bench needs to score results.

import type { KazakhSpellingRule } from './kazakh-spelling-rules.ts';
import type { Sex } from './russian-patronymic.ts';

export const REGISTER_COLUMNS = [
  'id',
  'surname',
  'given_name',
  'patronymic',
  'name_variants',
  'birth_year',
  'birth_place',
  'nationality',
  'occupation',
  'arrest_date',
  'charge',
  'sentence',
  'fate',
  'death_date',
  'rehabilitation_date',
  'source',
  'restricted',
  'case_number',
] as const;

export type RegisterColumn = (typeof REGISTER_COLUMNS)[number];

/** A register row: every column as the text written to the CSV ('' for an empty cell). */
export type RegisterRecord = Record<RegisterColumn, string>;

export type EthnicGroup = 'kazakh' | 'russian' | 'ukrainian' | 'german' | 'korean' | 'chechen' | 'ingush' | 'polish' | 'tatar';

/** What brought the person into the register. */
export type CaseKind =
  | 'arrest' // arrested and sentenced (OGPU/NKVD/MGB)
  | 'famine' // died in the famine of 1930–33
  | 'deportation' // deported as a kulak or with a whole people, to a special settlement
  | 'confiscation'; // a Kazakh bai whose herds were confiscated and who was exiled in 1928

/**
 * Which way the row's name columns are written:
 * `soviet` — Kazakh name in Russian letters and endings (Джансугуров Ильяс);
 * `kazakh-patronymic` — Kazakh letters, surname as father's name + ұлы/қызы (Жансүгірұлы);
 * `kazakh-letters` — Kazakh letters with a Russian ending (Жансүгіров);
 * `russian` — any other nationality, as Soviet Russian records wrote it.
 */
export type NameForm = 'soviet' | 'kazakh-patronymic' | 'kazakh-letters' | 'russian';

/** A way the row's spelling departs from the canonical one; see `KAZAKH_SPELLING_RULES`. */
export type SpellingDeviation =
  | KazakhSpellingRule
  | 'yo-e' // ё typed as е: Фёдоров → Федоров
  | 'alt-surname' // another spelling of the surname: Мюллер → Миллер, Цой → Цхой
  | 'alt-given' // another form of the given name: Иоганн → Иван, Евдокия → Авдотья
  | 'korean-hyphen' // Ен Сик written Ен-Сик
  | 'korean-joined'; // Ен Сик written Енсик

export interface PersonTruth {
  group: EthnicGroup;
  sex: Sex;
  kind: CaseKind;
  /** Kazakh records: the given name in correct Kazakh Cyrillic (Ілияс); others: the canonical spelling. */
  givenName: string;
  /** The father's given name, by the same convention. */
  fatherName: string;
  /** The canonical Soviet Russian surname (Жансугуров, Иванова, Ким). */
  surname: string;
  /** Kazakh records: father's name + ұлы/қызы in Kazakh letters (Жансүгірұлы); otherwise null. */
  kazakhSurname: string | null;
  nameForm: NameForm;
  /** How the row's surname, given name and patronymic depart from canonical; empty when they do not. */
  spelling: readonly SpellingDeviation[];
}

export interface GeneratedPerson {
  record: RegisterRecord;
  truth: PersonTruth;
}
