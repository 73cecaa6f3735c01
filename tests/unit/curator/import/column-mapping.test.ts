import { describe, expect, it } from 'vitest';
import { mapRow, planOutput, suggestTargets } from '../../../../src/curator/import/column-mapping.ts';
import { findHeader, type SourceColumn } from '../../../../src/curator/import/find-header.ts';
import { normalizeCell } from '../../../../src/curator/import/normalize-cell.ts';

function columns(...labels: string[]): SourceColumn[] {
  return findHeader([{ line: 1, cells: labels }])!.columns;
}

describe('suggestTargets', () => {
  it('maps header names in Russian, Kazakh and English to the register columns', () => {
    expect(
      suggestTargets(columns('№', 'Фамилия', 'Имя', 'Отчество', 'Год рождения', 'Дата ареста', 'Приговор', 'Архивный шифр')),
    ).toEqual(['id', 'surname', 'given_name', 'patronymic', 'birth_year', 'arrest_date', 'sentence', 'source']);
    expect(suggestTargets(columns('Тегі', 'Аты', 'Әкесінің аты', 'Туған жылы', 'Туған жері', 'Ұлты', 'Тағдыры'))).toEqual([
      'surname',
      'given_name',
      'patronymic',
      'birth_year',
      'birth_place',
      'nationality',
      'fate',
    ]);
    expect(suggestTargets(columns('Record ID', 'Last name', 'First name', 'Date of death', 'Rehabilitated'))).toEqual([
      'id',
      'surname',
      'given_name',
      'death_date',
      'rehabilitation_date',
    ]);
  });

  it('ignores case, ё, punctuation and brackets in header names', () => {
    expect(suggestTargets(columns('ФАМИЛИЯ', 'Г.р.', 'Дата ареста (по делу)', 'Дальнейшая судьба:'))).toEqual([
      'surname',
      'birth_year',
      'arrest_date',
      'fate',
    ]);
  });

  it('keeps unknown columns as extra fields and ignores columns without a name', () => {
    expect(suggestTargets(columns('id', 'surname', 'given_name', 'Примечание', ''))).toEqual([
      'id',
      'surname',
      'given_name',
      'extra',
      'ignore',
    ]);
  });

  it('gives a register column to the first source column that names it, and keeps the next as an extra', () => {
    expect(suggestTargets(columns('Фамилия', 'Тегі'))).toEqual(['surname', 'extra']);
  });

  it('maps ФИО to the full name, unless the names also come in columns of their own', () => {
    expect(suggestTargets(columns('№', 'ФИО'))).toEqual(['id', 'full_name']);
    expect(suggestTargets(columns('№', 'ФИО', 'Фамилия', 'Имя'))).toEqual(['id', 'extra', 'surname', 'given_name']);
  });

  it('prefers what the last import of the file chose, by header name', () => {
    expect(suggestTargets(columns('№', 'Фамилия', 'Код'), { Фамилия: 'surname', Код: 'ignore', '№': 'extra' })).toEqual([
      'extra',
      'surname',
      'ignore',
    ]);
  });

  it('reads merged sub-headings by their whole label, then the sub-heading, then the heading', () => {
    const header = findHeader([
      { line: 1, cells: ['№', 'ФИО', '', '', 'Дата', ''] },
      { line: 2, cells: ['', 'Фамилия', 'Имя', 'Отчество', 'ареста', 'смерти'] },
    ])!;
    expect(suggestTargets(header.columns)).toEqual(['id', 'surname', 'given_name', 'patronymic', 'arrest_date', 'death_date']);
  });
});

describe('planOutput', () => {
  it('writes the register columns in the register order, then extras in the source order', () => {
    const plan = planOutput(columns('Примечание', 'Имя', '№', 'Фамилия', 'Код'), [
      'extra',
      'given_name',
      'id',
      'surname',
      'extra',
    ]);
    expect(plan.header).toEqual(['id', 'surname', 'given_name', 'Примечание', 'Код']);
    expect(plan.issues).toEqual([]);
  });

  it('splits a full name into surname, given name and patronymic', () => {
    const plan = planOutput(columns('№', 'ФИО'), ['id', 'full_name']);
    expect(plan.header).toEqual(['id', 'surname', 'given_name', 'patronymic']);
    expect(mapRow(plan, ['R-1', ' Байтұрсынұлы  Ахмет ']).cells).toEqual(['R-1', 'Байтұрсынұлы', 'Ахмет', '']);
    expect(mapRow(plan, ['R-2', 'Иванов, Иван Иванович']).cells).toEqual(['R-2', 'Иванов', 'Иван', 'Иванович']);
    expect(mapRow(plan, ['R-3', 'Бекмұхамед Әлихан Ахмет ұлы']).cells).toEqual(['R-3', 'Бекмұхамед', 'Әлихан', 'Ахмет ұлы']);
  });

  it('keeps two extra columns of the same name under two names', () => {
    expect(
      planOutput(columns('id', 'surname', 'given_name', 'Примечание', 'Примечание'), [
        'id',
        'surname',
        'given_name',
        'extra',
        'extra',
      ]).header,
    ).toEqual(['id', 'surname', 'given_name', 'Примечание', 'Примечание (2)']);
  });

  it('refuses a mapping without the required columns, with the register’s own code', () => {
    const plan = planOutput(columns('Фамилия', 'Имя'), ['surname', 'given_name']);
    expect(plan.issues.map((issue) => issue.code)).toEqual(['register.missing-column']);
  });

  it('refuses a column mapped twice', () => {
    const plan = planOutput(columns('№', 'ФИО', 'Фамилия', 'Имя'), ['id', 'full_name', 'surname', 'given_name']);
    expect(plan.issues.map((issue) => issue.code)).toContain('register.duplicate-column');
  });

  it('refuses an extra column whose name the register reads as one of its own', () => {
    const plan = planOutput(columns('id', 'surname', 'given_name', 'Source'), ['id', 'surname', 'given_name', 'extra']);
    expect(plan.issues.map((issue) => issue.code)).toEqual(['import.extra-is-column']);
  });
});

describe('mapRow', () => {
  it('rewrites Russian-locale dates and years, and counts each rewrite', () => {
    const plan = planOutput(columns('id', 'surname', 'given_name', 'birth_year', 'arrest_date', 'restricted'), [
      'id',
      'surname',
      'given_name',
      'birth_year',
      'arrest_date',
      'restricted',
    ]);
    expect(mapRow(plan, ['R-1', 'Иванов', 'Иван', '1898 г.', '5.11.1937', 'да'])).toEqual({
      cells: ['R-1', 'Иванов', 'Иван', '1898', '1937-11-05', 'yes'],
      conversions: ['year', 'date', 'flag'],
    });
  });
});

describe('normalizeCell', () => {
  it('rewrites only what it is sure of', () => {
    expect(normalizeCell('date', '11.1937')).toEqual({ value: '1937-11', conversion: 'date' });
    expect(normalizeCell('date', '1937 г.')).toEqual({ value: '1937', conversion: 'date' });
    expect(normalizeCell('date', '31.02.1937')).toEqual({ value: '31.02.1937' });
    expect(normalizeCell('date', '11/05/1937')).toEqual({ value: '11/05/1937' });
    expect(normalizeCell('year', '05.11.1898')).toEqual({ value: '1898', conversion: 'year' });
    expect(normalizeCell('year', '1898-11')).toEqual({ value: '1898', conversion: 'year' });
    expect(normalizeCell('year', '1898')).toEqual({ value: '1898' });
    expect(normalizeCell('year', 'около 1900')).toEqual({ value: 'около 1900' });
    expect(normalizeCell('flag', 'жоқ')).toEqual({ value: 'no', conversion: 'flag' });
    expect(normalizeCell('text', '05.11.1937')).toEqual({ value: '05.11.1937' });
  });
});
