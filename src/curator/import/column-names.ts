// What a source column can become in the register, and the header names archives give each
// register column in Kazakh, Russian and English, so a spreadsheet's "Фамилия", "Тегі" or "Last
// name" is mapped to `surname` without the curator doing it. Names are compared folded: case, ё,
// punctuation and anything in brackets do not count ("Дата ареста (по делу)" is "дата ареста").

import { REGISTER_COLUMNS } from '../content/register-columns.ts';

/**
 * A register column by its CSV name; `full_name`: one cell holding surname, given name and
 * patronymic ("ФИО"), split into the three; `extra`: kept under its own name and shown as an extra
 * field on the record page; `ignore`: not imported.
 */
export type ColumnTarget = string;
export const FULL_NAME = 'full_name';
export const EXTRA = 'extra';
export const IGNORE = 'ignore';

/** Every target a mapping may name, in the order the mapping lists them. */
export const COLUMN_TARGETS: readonly ColumnTarget[] = [
  ...REGISTER_COLUMNS.map((column) => column.column),
  FULL_NAME,
  EXTRA,
  IGNORE,
];

export function isColumnTarget(value: string): value is ColumnTarget {
  return COLUMN_TARGETS.includes(value);
}

/** The names by target, as archives and spreadsheets write them; each register column's own CSV name counts too. */
const HEADER_NAMES: Record<string, readonly string[]> = {
  id: [
    '№',
    '№ п/п',
    'п/п',
    'номер',
    'код',
    'учетный номер',
    'регистрационный номер',
    'нөмір',
    'реттік нөмір',
    'no',
    'number',
    'record id',
  ],
  surname: ['фамилия', 'тегі', 'тек', 'last name', 'family name'],
  given_name: ['имя', 'аты', 'есімі', 'first name', 'given name', 'forename'],
  patronymic: ['отчество', 'әкесінің аты', 'әкесінің есімі', 'patronymic', 'middle name'],
  name_variants: [
    'варианты написания',
    'другие написания',
    'варианты имени',
    'жазылу нұсқалары',
    'name variants',
    'variants',
    'aka',
  ],
  birth_year: [
    'год рождения',
    'г р',
    'гр',
    'дата рождения',
    'туған жылы',
    'туған күні',
    'birth year',
    'year of birth',
    'born',
    'date of birth',
  ],
  birth_place: ['место рождения', 'туған жері', 'birth place', 'place of birth'],
  nationality: ['национальность', 'ұлты', 'nationality', 'ethnicity'],
  occupation: [
    'род занятий',
    'профессия',
    'место работы',
    'должность',
    'занятие',
    'кәсібі',
    'жұмыс орны',
    'occupation',
    'profession',
    'job',
  ],
  arrest_date: [
    'дата ареста',
    'арестован',
    'тұтқындалған күні',
    'қамауға алынған күні',
    'arrest date',
    'date of arrest',
    'arrested',
  ],
  charge: ['обвинение', 'статья', 'статья обвинения', 'айып', 'айыбы', 'charge', 'charges', 'accusation'],
  sentence: ['приговор', 'мера наказания', 'осужден', 'үкім', 'жаза', 'sentence', 'verdict'],
  fate: ['судьба', 'дальнейшая судьба', 'тағдыры', 'fate'],
  death_date: [
    'дата смерти',
    'дата расстрела',
    'дата гибели',
    'расстрелян',
    'умер',
    'қайтыс болған күні',
    'атылған күні',
    'death date',
    'date of death',
    'died',
  ],
  rehabilitation_date: [
    'дата реабилитации',
    'реабилитирован',
    'ақталған күні',
    'ақталды',
    'rehabilitation date',
    'rehabilitated',
  ],
  source: [
    'источник',
    'архивный шифр',
    'шифр',
    'архив',
    'архивная ссылка',
    'дереккөз',
    'мұрағат',
    'archive reference',
    'reference',
  ],
  images: ['изображения', 'фото', 'фотографии', 'суреттер', 'photos'],
  lang: ['язык', 'тіл', 'language'],
  restricted: ['ограничен', 'ограниченный доступ', 'закрыто', 'шектеулі', 'private'],
  [FULL_NAME]: ['фио', 'фамилия имя отчество', 'аты-жөні', 'толық аты-жөні', 'full name', 'name'],
};

/** A header name as it is compared: lower case, ё as е, no brackets or punctuation, single spaces. */
export function foldHeaderName(name: string): string {
  return name
    .toLowerCase()
    .replaceAll('ё', 'е')
    .replace(/\([^)]*\)|\[[^\]]*]/g, ' ')
    .replace(/[.,:;"'«»]/g, '')
    .replace(/[_/\\-]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const TARGET_BY_NAME = new Map<string, ColumnTarget>();
for (const column of REGISTER_COLUMNS) TARGET_BY_NAME.set(foldHeaderName(column.column), column.column);
for (const [target, names] of Object.entries(HEADER_NAMES))
  for (const name of names) TARGET_BY_NAME.set(foldHeaderName(name), target);

/** The target a header name stands for, or null for a name no archive uses for a register column. */
export function targetOfHeaderName(name: string): ColumnTarget | null {
  const folded = foldHeaderName(name);
  return folded === '' ? null : (TARGET_BY_NAME.get(folded) ?? null);
}
