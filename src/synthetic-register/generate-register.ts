// Generates the synthetic register of victims of Soviet political repression and famine in
// Kazakhstan, person by person, from one seed: the same count and seed give the same people, and
// a shorter run is a prefix of a longer one. Pure and streaming: no I/O, constant memory.
// Its users are the curator's `generate-register` command and the search tests and benchmarks.

import { composeArchiveSource } from './archive-source.ts';
import { drawBirthYear } from './case-dates.ts';
import { composeCaseHistory } from './case-history.ts';
import { composeBirthPlace } from './birth-place.ts';
import { composeKazakhName } from './compose-kazakh-name.ts';
import { composeOtherName } from './compose-other-name.ts';
import { composeOccupation } from './occupations.ts';
import { FEMALE_SHARE, GROUP_PROFILES, RESTRICTED_SHARE } from './register-population.ts';
import type { GeneratedPerson } from './register-record.ts';
import type { Sex } from './russian-patronymic.ts';
import { SeededRandom } from './seeded-random.ts';

/** Share of records whose birth year is not known. */
const UNKNOWN_BIRTH_YEAR_SHARE = 0.04;
/** Record ids are KZ- and at least this many digits: KZ-0000001. */
const ID_DIGITS = 7;

export function registerId(index: number): string {
  return `KZ-${String(index).padStart(ID_DIGITS, '0')}`;
}

/** Yields `count` people, numbered KZ-0000001 upwards; the sequence depends only on `seed`. */
export function* generatePeople(count: number, seed: number): Generator<GeneratedPerson, void, undefined> {
  const random = new SeededRandom(seed);
  for (let index = 1; index <= count; index++) yield generatePerson(random, index);
}

function generatePerson(random: SeededRandom, index: number): GeneratedPerson {
  const profile = random.pickWeighted(GROUP_PROFILES);
  const { group } = profile;
  const kind = random.pickWeighted(profile.kinds);
  const sex: Sex = random.chance(FEMALE_SHARE[kind]) ? 'f' : 'm';
  const history = composeCaseHistory(random, group, kind, sex);
  const birthYear = drawBirthYear(random, kind, history.eventYear);
  const birthYearKnown = !random.chance(UNKNOWN_BIRTH_YEAR_SHARE);
  const name =
    group === 'kazakh' ? composeKazakhName(random, sex) : composeOtherName(random, group, sex, profile.patronymicShare);
  const birthPlace = composeBirthPlace(random, group, birthYear, profile.bornInKazakhstan);
  const occupation = composeOccupation(random, group, sex, kind, history.eventYear, history.eventYear - birthYear);
  const { source, caseNumber } = composeArchiveSource(random, kind);
  const restricted = random.chance(RESTRICTED_SHARE) ? 'yes' : '';
  return {
    record: {
      id: registerId(index),
      surname: name.surname,
      given_name: name.givenName,
      patronymic: name.patronymic,
      name_variants: name.variants.join(';'),
      birth_year: birthYearKnown ? String(birthYear) : '',
      birth_place: birthPlace,
      nationality: profile.nationality[sex],
      occupation,
      arrest_date: history.arrestDate,
      charge: history.charge,
      sentence: history.sentence,
      fate: history.fate,
      death_date: history.deathDate,
      rehabilitation_date: history.rehabilitationDate,
      source,
      restricted,
      case_number: caseNumber,
    },
    truth: {
      group,
      sex,
      kind,
      givenName: name.truth.givenName,
      fatherName: name.truth.fatherName,
      surname: name.truth.surname,
      kazakhSurname: name.truth.kazakhSurname,
      nameForm: name.truth.nameForm,
      spelling: name.truth.spelling,
    },
  };
}
