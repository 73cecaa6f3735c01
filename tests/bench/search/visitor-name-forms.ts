// The forms in which a visitor may type a person's name, worked out from the person's truth with
// the generator's own spelling rules and the published romanization systems: the Soviet Russian
// form, the Kazakh forms (with ұлы/қызы or a Russian ending in Kazakh letters), with or without
// Kazakh letters, and Latin. Never from the engine's keys, so no query is shaped to the engine.

import { kazakhLetterSurname, kazakhPatronymicName, sovietSpelling } from '../../../src/synthetic-register/kazakh-name-forms.ts';
import type { PersonTruth } from '../../../src/synthetic-register/register-record.ts';
import type { BenchRecord } from './bench-register.ts';
import { romanizeAs, type LatinSystem, type SourceLanguage } from './romanization-systems.ts';

export interface TypedName {
  surname: string;
  given: string;
  /** Which language the name is in, for romanization systems that treat Kazakh and Russian apart. */
  language: SourceLanguage;
}

/** The name as the record has it. */
export function recordForm(record: BenchRecord): TypedName {
  return { surname: record.surname, given: record.given_name, language: /[әғқңөұүһі]/iu.test(record.surname) ? 'kk' : 'ru' };
}

/** The canonical Soviet Russian form: Жансугуров Ильяс, Иванова Анна. */
export function russianForm(truth: PersonTruth): TypedName {
  const given = truth.group === 'kazakh' ? sovietSpelling(truth.givenName) : truth.givenName;
  return { surname: truth.surname, given, language: 'ru' };
}

/** The Kazakh form with the father's name and ұлы/қызы: Жансүгірұлы Ілияс. Kazakh people only. */
export function kazakhPatronymicForm(truth: PersonTruth): TypedName {
  return { surname: kazakhPatronymicName(truth.fatherName, truth.sex), given: truth.givenName, language: 'kk' };
}

/** The Kazakh-letter surname with a Russian ending: Жансүгіров Ілияс. Kazakh people only. */
export function kazakhLettersForm(truth: PersonTruth): TypedName {
  return { surname: kazakhLetterSurname(truth.fatherName, truth.sex), given: truth.givenName, language: 'kk' };
}

// What a Russian keyboard offers for each Kazakh letter: the letter Soviet spelling used for it.
// prettier-ignore
const KAZAKH_TO_RUSSIAN_KEYS: Readonly<Record<string, string>> = {
  ә: 'а', ғ: 'г', қ: 'к', ң: 'н', ө: 'о', ұ: 'у', ү: 'у', һ: 'х', і: 'и',
  Ә: 'А', Ғ: 'Г', Қ: 'К', Ң: 'Н', Ө: 'О', Ұ: 'У', Ү: 'У', Һ: 'Х', І: 'И',
};

/** The same Kazakh words typed on a Russian keyboard: Жансүгірұлы → Жансугирулы. */
export function withoutKazakhLetters(name: TypedName): TypedName {
  const plain = (text: string) => [...text].map((char) => KAZAKH_TO_RUSSIAN_KEYS[char] ?? char).join('');
  return { surname: plain(name.surname), given: plain(name.given), language: name.language };
}

/** The name in a Latin romanization system, from the language it is written in. */
export function latinForm(name: TypedName, system: LatinSystem): TypedName {
  return {
    surname: romanizeAs(system, name.surname, name.language),
    given: romanizeAs(system, name.given, name.language),
    language: name.language,
  };
}

/** The query text, surname first or given name first. */
export function queryText(name: TypedName, givenFirst: boolean): string {
  return givenFirst ? `${name.given} ${name.surname}` : `${name.surname} ${name.given}`;
}

/** How many letters a word has (hyphens and spaces not counted). */
export function letterCount(word: string): number {
  return [...word].filter((char) => /\p{L}/u.test(char)).length;
}
