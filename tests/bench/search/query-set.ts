// The benchmark's queries, each with its known answer. Targets are drawn from the register with
// a seeded PRNG; each query is the target's name as a visitor would type it (exact, half a
// surname, another script or form, a typo, or both); the answer is every record of the same name.

import type { PersonTruth } from '../../../src/synthetic-register/register-record.ts';
import { SeededRandom } from '../../../src/synthetic-register/seeded-random.ts';
import type { BenchRecord, BenchRegister } from './bench-register.ts';
import { LATIN_SYSTEMS } from './romanization-systems.ts';
import { makeTypo } from './typing-errors.ts';
import {
  kazakhLettersForm,
  kazakhPatronymicForm,
  latinForm,
  letterCount,
  queryText,
  recordForm,
  russianForm,
  withoutKazakhLetters,
  type TypedName,
} from './visitor-name-forms.ts';

export const QUERY_CATEGORIES = ['exact', 'prefix', 'cross-script', 'typo', 'mixed'] as const;
export type QueryCategory = (typeof QUERY_CATEGORIES)[number];

export interface BenchQuery {
  text: string;
  category: QueryCategory;
  /** `category/kind`, e.g. cross-script/icao, typo/transposition. */
  subcategory: string;
  /** How the query was made, for the misses report (source form, word order, typo). */
  detail: string;
  /** Index of the record the query was made from. */
  target: number;
  /** Ids of every record with the target's identity: any of them in the top 10 is a hit. */
  relevant: ReadonlySet<string>;
}

/** Share of queries typed given name first, as people used to Western forms do. */
const GIVEN_FIRST_SHARE = 0.3;
/** "Typed so far": this share of the surname's letters, at least this many. */
const PREFIX_SHARE = [0.5, 0.7] as const;
const MIN_PREFIX_LETTERS = 3;
/** The typo queries put the slip in a surname of at least this many letters. */
const MIN_TYPO_SURNAME = 6;
/** Share of typo queries with a second slip in the given name, where that has this many letters. */
const GIVEN_TYPO_SHARE = 0.2;
const MIN_TYPO_GIVEN = 5;
/** Kazakh romanization is mostly of the Kazakh form; ICAO and BGN as often of the Russian one. */
const KAZAKH_SOURCE_SHARE = { icao: 0.5, bgn: 0.5, kz2021: 0.8, 'kz2021-plain': 0.8 } as const;
/** Draws of a target before a category gives up (a tiny register may have no long surnames). */
const MAX_DRAWS_PER_QUERY = 1000;

interface Made {
  text: string;
  subcategory: string;
  detail: string;
}

type Maker = (random: SeededRandom, record: BenchRecord, truth: PersonTruth) => Made | null;

const MAKERS: Record<QueryCategory, Maker> = {
  exact(random, record) {
    const givenFirst = random.chance(GIVEN_FIRST_SHARE);
    const order = givenFirst ? 'given-first' : 'surname-first';
    return { text: queryText(recordForm(record), givenFirst), subcategory: `exact/${order}`, detail: order };
  },

  prefix(random, record) {
    const letters = [...record.surname];
    const share = PREFIX_SHARE[0] + random.next() * (PREFIX_SHARE[1] - PREFIX_SHARE[0]);
    const typed = Math.max(MIN_PREFIX_LETTERS, Math.round(letters.length * share));
    if (typed >= letters.length) return null;
    const text = `${record.given_name} ${letters.slice(0, typed).join('')}`;
    return { text, subcategory: 'prefix/given-first', detail: `${typed} of ${letters.length} letters` };
  },

  'cross-script'(random, record, truth) {
    const form = crossScriptForm(random, record, truth);
    if (!form) return null;
    const givenFirst = random.chance(GIVEN_FIRST_SHARE);
    return {
      text: queryText(form.name, givenFirst),
      subcategory: `cross-script/${form.kind}`,
      detail: detailOf(form, givenFirst),
    };
  },

  typo(random, record) {
    const name = recordForm(record);
    if (letterCount(name.surname) < MIN_TYPO_SURNAME) return null;
    const surname = makeTypo(random, name.surname);
    if (!surname) return null;
    let given = name.given;
    let detail = `${surname.kind} in surname`;
    if (letterCount(given) >= MIN_TYPO_GIVEN && random.chance(GIVEN_TYPO_SHARE)) {
      const slip = makeTypo(random, given);
      if (slip) {
        given = slip.word;
        detail += `, ${slip.kind} in given name`;
      }
    }
    const givenFirst = random.chance(GIVEN_FIRST_SHARE);
    const text = queryText({ ...name, surname: surname.word, given }, givenFirst);
    return { text, subcategory: `typo/${surname.kind}`, detail: `${detail}; ${givenFirst ? 'given-first' : 'surname-first'}` };
  },

  mixed(random, record, truth) {
    const form = crossScriptForm(random, record, truth);
    if (!form || letterCount(form.name.surname) < MIN_TYPO_SURNAME) return null;
    const surname = makeTypo(random, form.name.surname);
    if (!surname) return null;
    const givenFirst = random.chance(GIVEN_FIRST_SHARE);
    const text = queryText({ ...form.name, surname: surname.word }, givenFirst);
    return { text, subcategory: `mixed/${form.kind}`, detail: `${detailOf(form, givenFirst)}; ${surname.kind} in surname` };
  },
};

interface CrossScriptForm {
  kind: string;
  name: TypedName;
  source: string;
}

/**
 * The target typed in another form than the record's: a Kazakh form for a Soviet-form record,
 * the Soviet form for a Kazakh-form record, or Latin (of either) in one of the systems. Null
 * when the form drawn is spelled just as the record is (Хамитов has no Kazakh letters to differ by).
 */
function crossScriptForm(random: SeededRandom, record: BenchRecord, truth: PersonTruth): CrossScriptForm | null {
  const form = drawCrossScriptForm(random, truth);
  const shown = recordForm(record);
  const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
  return same(form.name.surname, shown.surname) && same(form.name.given, shown.given) ? null : form;
}

function drawCrossScriptForm(random: SeededRandom, truth: PersonTruth): CrossScriptForm {
  const kazakh = truth.group === 'kazakh';
  const roll = random.next();
  if (kazakh && truth.nameForm === 'soviet' && roll < 0.4) {
    if (roll < 0.2) return { kind: 'kazakh-patronymic', name: kazakhPatronymicForm(truth), source: 'Kazakh form, ұлы/қызы' };
    if (roll < 0.3) {
      return {
        kind: 'kazakh-plain',
        name: withoutKazakhLetters(kazakhPatronymicForm(truth)),
        source: 'ұлы/қызы form without Kazakh letters',
      };
    }
    return { kind: 'kazakh-letters', name: kazakhLettersForm(truth), source: 'Kazakh letters, Russian ending' };
  }
  if (kazakh && truth.nameForm !== 'soviet' && roll < 0.4) {
    return { kind: 'russian', name: russianForm(truth), source: 'Soviet Russian form' };
  }
  const system = random.pick(LATIN_SYSTEMS);
  let source: TypedName = russianForm(truth);
  let sourceLabel = kazakh ? 'of the Russian form' : 'of the name';
  if (kazakh && random.chance(KAZAKH_SOURCE_SHARE[system])) {
    const patronymic = random.chance(0.5);
    source = patronymic ? kazakhPatronymicForm(truth) : kazakhLettersForm(truth);
    sourceLabel = patronymic ? 'of the ұлы/қызы form' : 'of the Kazakh-letter form';
  }
  return { kind: system, name: latinForm(source, system), source: `${system} ${sourceLabel}` };
}

function detailOf(form: CrossScriptForm, givenFirst: boolean): string {
  return `${form.source}; ${givenFirst ? 'given-first' : 'surname-first'}`;
}

export interface QuerySetOptions {
  perCategory: number;
  seed: number;
}

/** `perCategory` queries of each category, in category order, with their answers. */
export function buildQuerySet(register: BenchRegister, options: QuerySetOptions): BenchQuery[] {
  const random = new SeededRandom(options.seed);
  const byIdentity = new Map<string, Set<string>>();
  const made: { made: Made; category: QueryCategory; target: number }[] = [];
  for (const category of QUERY_CATEGORIES) {
    for (let n = 0; n < options.perCategory; n++) {
      const query = drawQuery(random, register, category);
      if (!query) break;
      made.push({ made: query.made, category, target: query.target });
      byIdentity.set(register.identities[query.target]!, new Set());
    }
  }
  // One pass over the register collects every record of each wanted identity.
  register.identities.forEach((identity, i) => byIdentity.get(identity)?.add(register.records[i]!.id));
  return made.map(({ made: { text, subcategory, detail }, category, target }) => ({
    text,
    category,
    subcategory,
    detail,
    target,
    relevant: byIdentity.get(register.identities[target]!)!,
  }));
}

/** Queries for warming an engine up: the same mix from another stream, answers not needed. */
export function buildWarmUpQueries(register: BenchRegister, perCategory: number, seed: number): string[] {
  const random = new SeededRandom(seed);
  const texts: string[] = [];
  for (let n = 0; n < perCategory; n++) {
    for (const category of QUERY_CATEGORIES) {
      const query = drawQuery(random, register, category);
      if (query) texts.push(query.made.text);
    }
  }
  return texts;
}

function drawQuery(
  random: SeededRandom,
  register: BenchRegister,
  category: QueryCategory,
): { made: Made; target: number } | null {
  for (let draw = 0; draw < MAX_DRAWS_PER_QUERY; draw++) {
    const target = random.int(0, register.records.length - 1);
    const made = MAKERS[category](random, register.records[target]!, register.truths[target]!);
    if (made) return { made, target };
  }
  return null;
}
