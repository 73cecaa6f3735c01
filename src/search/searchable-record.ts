// What the engine reads of a register record from a feed (content-schema.ts): the name
// fields, the years and the two filter fields. One mapping for the kiosk, the CLI and benches.

import type { NameRecord } from '../feed/content-schema.ts';
import type { SearchableRecord } from './name-index.ts';

export function searchableRecord(record: NameRecord): SearchableRecord {
  const deathYear = record.deathDate === undefined ? undefined : Number(record.deathDate.slice(0, 4));
  return {
    id: record.id,
    surname: record.surname,
    givenName: record.givenName,
    patronymic: record.patronymic,
    nameVariants: record.nameVariants,
    birthYear: record.birthYear,
    deathYear,
    birthPlace: record.birthPlace,
    fate: record.fate,
  };
}
