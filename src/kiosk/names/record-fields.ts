// The rows of a record page: each register field the record has, labelled in the visitor's
// language, in the order of docs/design.md §3; dates in words. Values the archive wrote in another
// language than the screen's stay as written and say which one. A restricted record yields no
// rows: docs/design.md §3 publishes only its name and years. No DOM.

import type { NameRecord } from '../../feed/content-schema.ts';
import type { Language } from '../../feed/languages.ts';
import { formatPartialDate } from '../i18n/format-date.ts';
import type { UiTextKey } from '../i18n/ui-strings.ts';

export interface RecordRow {
  /** A key of the UI table for a known field; null for an extra column, labelled by its name. */
  labelKey: UiTextKey | null;
  label: string;
  value: string;
  /** The language the value is written in, when it is not the screen's; dates and years are the kiosk's own words. */
  writtenIn?: Language;
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

/** The language of a record's archival text, when a screen in `lang` must mark it as another one. */
export function foreignLanguageOf(record: Pick<NameRecord, 'lang'>, lang: Language): Language | undefined {
  return record.lang !== undefined && record.lang !== lang ? record.lang : undefined;
}

/** The labelled fields of a record, extras last; `label` is filled in by `labelOf`. */
export function recordRows(record: NameRecord, lang: Language, labelOf: (key: UiTextKey) => string): RecordRow[] {
  if (record.restricted) return [];
  const foreign = foreignLanguageOf(record, lang);
  const rows: RecordRow[] = [];
  const push = (row: RecordRow, archival: boolean) => rows.push(archival && foreign ? { ...row, writtenIn: foreign } : row);
  for (const [field, labelKey, kind] of FIELDS) {
    const value = show(record[field], kind, lang);
    if (value !== '') push({ labelKey, label: labelOf(labelKey), value }, kind === 'text' || kind === 'list');
  }
  for (const [column, value] of Object.entries(record.extra ?? {})) {
    if (value.trim() !== '') push({ labelKey: null, label: column, value: value.trim() }, true);
  }
  return rows;
}
