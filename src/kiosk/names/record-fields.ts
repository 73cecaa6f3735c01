// The rows of a record page: each register field the record has, labelled in the visitor's
// language, in the order of docs/design.md §3; dates in words. A restricted record yields no rows:
// docs/design.md §3 publishes only its name and years. No DOM.

import type { NameRecord } from '../../feed/content-schema.ts';
import type { Language } from '../../feed/languages.ts';
import { formatPartialDate } from '../i18n/format-date.ts';
import type { UiTextKey } from '../i18n/ui-strings.ts';

export interface RecordRow {
  /** A key of the UI table for a known field; null for an extra column, labelled by its name. */
  labelKey: UiTextKey | null;
  label: string;
  value: string;
}

type FieldSpec = readonly [keyof NameRecord, UiTextKey, 'text' | 'date' | 'list' | 'number'];

const FIELDS: readonly FieldSpec[] = [
  ['surname', 'fieldSurname', 'text'],
  ['givenName', 'fieldGivenName', 'text'],
  ['patronymic', 'fieldPatronymic', 'text'],
  ['nameVariants', 'fieldNameVariants', 'list'],
  ['birthYear', 'fieldBirthYear', 'number'],
  ['birthPlace', 'fieldBirthPlace', 'text'],
  ['nationality', 'fieldNationality', 'text'],
  ['occupation', 'fieldOccupation', 'text'],
  ['arrestDate', 'fieldArrestDate', 'date'],
  ['charge', 'fieldCharge', 'text'],
  ['sentence', 'fieldSentence', 'text'],
  ['fate', 'fieldFate', 'text'],
  ['deathDate', 'fieldDeathDate', 'date'],
  ['rehabilitationDate', 'fieldRehabilitationDate', 'date'],
];

function show(value: unknown, kind: FieldSpec[2], lang: Language): string {
  if (value === undefined || value === null) return '';
  if (kind === 'list') return Array.isArray(value) ? value.join(', ') : '';
  if (kind === 'date') return formatPartialDate(String(value), lang);
  return String(value).trim();
}

/** The labelled fields of a record, extras last; `label` is filled in by `labelOf`. */
export function recordRows(record: NameRecord, lang: Language, labelOf: (key: UiTextKey) => string): RecordRow[] {
  if (record.restricted) return [];
  const rows: RecordRow[] = [];
  for (const [field, labelKey, kind] of FIELDS) {
    const value = show(record[field], kind, lang);
    if (value !== '') rows.push({ labelKey, label: labelOf(labelKey), value });
  }
  for (const [column, value] of Object.entries(record.extra ?? {})) {
    if (value.trim() !== '') rows.push({ labelKey: null, label: column, value: value.trim() });
  }
  return rows;
}
