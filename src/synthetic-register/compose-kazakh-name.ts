// Writes a Kazakh person's name columns the way their file has them: mostly the Soviet Russian
// form with one clerk's spelling habits (Джансугуров Ильяс Джансугурович), sometimes the Kazakh
// form (Жансүгірұлы Ілияс), with other spellings in name_variants, and the truth behind them.

import {
  kazakhLetterSurname,
  kazakhPatronymicName,
  sovietPatronymic,
  sovietSpelling,
  sovietSurname,
} from './kazakh-name-forms.ts';
import { drawKazakhSpellingRules, type KazakhSpellingRule } from './kazakh-spelling-rules.ts';
import { REAL_KAZAKH_NAMES_TO_AVOID } from './kazakh-names.ts';
import { latinSpelling } from './latin-spelling.ts';
import { KAZAKH_FEMALE_NAME_TABLE, KAZAKH_MALE_NAME_TABLE } from './name-vocabulary.ts';
import type { Sex } from './russian-patronymic.ts';
import type { NameForm, PersonTruth } from './register-record.ts';
import { weightedTable, type SeededRandom } from './seeded-random.ts';

export interface ComposedName {
  surname: string;
  givenName: string;
  patronymic: string;
  /** Other full spellings, `surname given_name`, for name_variants (joined with `;`, as in public-figures.csv). */
  variants: string[];
  truth: Pick<PersonTruth, 'givenName' | 'fatherName' | 'surname' | 'kazakhSurname' | 'nameForm' | 'spelling'>;
}

const NAME_FORMS = weightedTable<NameForm>([
  ['soviet', 80],
  ['kazakh-patronymic', 12],
  ['kazakh-letters', 8],
]);

/** Patronymic column of a Soviet-form row: Russian (…ович), Kazakh (…ұлы) or none (~25% overall). */
const SOVIET_PATRONYMIC = weightedTable<'russian' | 'kazakh' | 'none'>([
  ['russian', 72],
  ['kazakh', 13],
  ['none', 15],
]);

/** Share of records with name_variants filled, and of those, the share with two variants. */
export const VARIANTS_SHARE = 0.3;
export const TWO_VARIANTS_SHARE = 0.3;

type VariantKind = 'kazakh' | 'soviet' | 'latin' | 'kazakh-letters';
const VARIANT_KINDS = weightedTable<VariantKind>([
  ['soviet', 40],
  ['kazakh', 35],
  ['latin', 15],
  ['kazakh-letters', 10],
]);

const AVOID = new Set(REAL_KAZAKH_NAMES_TO_AVOID.map(([father, given]) => `${father} ${given}`));

export function composeKazakhName(random: SeededRandom, sex: Sex): ComposedName {
  const givenTable = sex === 'm' ? KAZAKH_MALE_NAME_TABLE : KAZAKH_FEMALE_NAME_TABLE;
  let given = random.pickWeighted(givenTable);
  let father = random.pickWeighted(KAZAKH_MALE_NAME_TABLE);
  while (AVOID.has(`${father} ${given}`) || father === given) {
    given = random.pickWeighted(givenTable);
    father = random.pickWeighted(KAZAKH_MALE_NAME_TABLE);
  }

  const rules = drawKazakhSpellingRules(random);
  const applied = new Set<KazakhSpellingRule>();
  const form = random.pickWeighted(NAME_FORMS);
  let surname: string;
  let givenName: string;
  let patronymic = '';
  if (form === 'soviet') {
    surname = sovietSurname(father, sex, rules, applied);
    givenName = sovietSpelling(given, rules, applied);
    const patronymicForm = random.pickWeighted(SOVIET_PATRONYMIC);
    if (patronymicForm === 'russian') patronymic = sovietPatronymic(father, sex, rules, applied);
    else if (patronymicForm === 'kazakh') patronymic = kazakhPatronymicName(father, sex);
  } else if (form === 'kazakh-patronymic') {
    surname = kazakhPatronymicName(father, sex);
    givenName = given;
  } else {
    surname = kazakhLetterSurname(father, sex);
    givenName = given;
    if (random.chance(0.75)) patronymic = kazakhPatronymicName(father, sex);
  }

  const shown = `${surname} ${givenName}`;
  const variants = random.chance(VARIANTS_SHARE) ? drawVariants(random, father, given, sex, shown) : [];
  return {
    surname,
    givenName,
    patronymic,
    variants,
    truth: {
      givenName: given,
      fatherName: father,
      surname: sovietSurname(father, sex),
      kazakhSurname: kazakhPatronymicName(father, sex),
      nameForm: form,
      spelling: [...applied],
    },
  };
}

function drawVariants(random: SeededRandom, father: string, given: string, sex: Sex, shown: string): string[] {
  const wanted = random.chance(TWO_VARIANTS_SHARE) ? 2 : 1;
  const variants: string[] = [];
  for (let attempt = 0; attempt < 6 && variants.length < wanted; attempt++) {
    const variant = variantOf(random, random.pickWeighted(VARIANT_KINDS), father, given, sex);
    if (variant !== shown && !variants.includes(variant)) variants.push(variant);
  }
  return variants;
}

function variantOf(random: SeededRandom, kind: VariantKind, father: string, given: string, sex: Sex): string {
  switch (kind) {
    case 'kazakh':
      return `${kazakhPatronymicName(father, sex)} ${given}`;
    case 'kazakh-letters':
      return `${kazakhLetterSurname(father, sex)} ${given}`;
    case 'latin':
      return latinSpelling(`${sovietSurname(father, sex)} ${sovietSpelling(given)}`);
    case 'soviet': {
      const rules = drawKazakhSpellingRules(random);
      return `${sovietSurname(father, sex, rules)} ${sovietSpelling(given, rules)}`;
    }
  }
}
