// The synthetic register every engine in one run is built from: the skeleton's generator, kept
// to the name columns the engines index, plus each person's truth and identity for making and
// scoring queries. The truths are dropped before the engines are measured.

import { generatePeople } from '../../../src/synthetic-register/generate-register.ts';
import { sovietSpelling } from '../../../src/synthetic-register/kazakh-name-forms.ts';
import type { PersonTruth, RegisterRecord } from '../../../src/synthetic-register/register-record.ts';

/** The columns a name search reads; every engine gets the same ones. */
export type BenchRecord = Pick<RegisterRecord, 'id' | NameField>;

/** The name columns, in the order engines that take fields are given them. */
export const NAME_FIELDS = ['surname', 'given_name', 'patronymic', 'name_variants'] as const;
export type NameField = (typeof NAME_FIELDS)[number];

export interface BenchRegister {
  records: BenchRecord[];
  truths: PersonTruth[];
  /** identities[i] is `personIdentity(truths[i])`. */
  identities: string[];
}

export function generateBenchRegister(size: number, seed: number): BenchRegister {
  const records: BenchRecord[] = [];
  const truths: PersonTruth[] = [];
  const identities: string[] = [];
  for (const { record, truth } of generatePeople(size, seed)) {
    const { id, surname, given_name, patronymic, name_variants } = record;
    records.push({ id, surname, given_name, patronymic, name_variants });
    truths.push(truth);
    identities.push(personIdentity(truth));
  }
  return { records, truths, identities };
}

/**
 * Who a record names, for scoring: the canonical surname's stem and the given name in its
 * Russian spelling. Two records with the same identity are the same name to a visitor, however
 * each clerk spelled it (Джумабаев and Жумабаев, Жұмабайұлы), so either one is a right answer;
 * a Tatar Ахметов Ильяс and a Kazakh Ахметов Ілияс are the same name too.
 */
export function personIdentity(truth: PersonTruth): string {
  const given = truth.group === 'kazakh' ? sovietSpelling(truth.givenName) : truth.givenName;
  return `${surnameStem(truth.surname)}|${given}`.toLowerCase().replaceAll('ё', 'е');
}

/** The surname without its feminine or adjectival ending: Иванова → Иванов, Ковальская → Ковальск. */
function surnameStem(surname: string): string {
  return surname.replace(/(?<=(ов|ев|ёв|ин|ын))а$/u, '').replace(/(ая|ий|ый|ой)$/u, '');
}

/** The record behind an id the generator gave (KZ-0000001 is the first). */
export function recordById(records: readonly BenchRecord[], id: string): BenchRecord | undefined {
  return records[Number(id.slice(3)) - 1];
}

/** A record's name as a result row shows it: surname, given name, patronymic, then other spellings. */
export function describeRecord(record: BenchRecord): string {
  const name = [record.surname, record.given_name, record.patronymic].filter((part) => part !== '').join(' ');
  return record.name_variants === '' ? name : `${name} [${record.name_variants}]`;
}
