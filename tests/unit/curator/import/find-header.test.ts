import { describe, expect, it } from 'vitest';
import { columnLetter, findHeader } from '../../../../src/curator/import/find-header.ts';
import type { SourceRow } from '../../../../src/curator/import/source-row.ts';

function rows(...cells: string[][]): SourceRow[] {
  return cells.map((row, index) => ({ line: index + 1, cells: row }));
}

describe('findHeader', () => {
  it('passes over a title and a blank row to the row that names register columns', () => {
    const header = findHeader(
      rows(['Список репрессированных'], [], ['№', 'Фамилия', 'Имя', 'Примечание'], ['R-1', 'Иванов', 'Иван', '']),
    );
    expect(header?.lines).toEqual([3]);
    expect(header?.columns.map((column) => column.label)).toEqual(['№', 'Фамилия', 'Имя', 'Примечание']);
  });

  it('reads a heading merged over sub-headings as one header of two rows', () => {
    const header = findHeader(
      rows(
        ['№', 'ФИО', '', '', 'Год рождения', 'Дата'],
        ['', 'Фамилия', 'Имя', 'Отчество', '', 'ареста', 'смерти'],
        ['R-1', 'Иванов', 'Иван', 'Иванович', '1898', '1937-11-05', '1938'],
      ),
    );
    expect(header?.lines).toEqual([1, 2]);
    expect(header?.columns.map((column) => column.label)).toEqual([
      '№',
      'ФИО Фамилия',
      'ФИО Имя',
      'ФИО Отчество',
      'Год рождения',
      'Дата ареста',
      'Дата смерти',
    ]);
    expect(header?.columns[1]?.names).toEqual(['ФИО Фамилия', 'Фамилия', 'ФИО']);
  });

  it('does not take the first row of names for sub-headings', () => {
    const header = findHeader(rows(['id', 'ФИО', '', 'birth_year'], ['R-1', 'Иванов', 'Иван', '1898']));
    expect(header?.lines).toEqual([1]);
  });

  it('takes the row the curator names as the header', () => {
    expect(findHeader(rows(['A', 'B'], ['Фамилия', 'Имя'], ['x', 'y']), 1)?.lines).toEqual([1]);
  });

  it('takes the first row of several cells when no row names a register column', () => {
    expect(findHeader(rows(['Реестр'], ['Col1', 'Col2'], ['x', 'y']))?.lines).toEqual([2]);
  });

  it('gives every column the widest row has, named or not', () => {
    const header = findHeader(rows(['id', 'surname'], ['R-1', 'Иванов', 'лишнее']));
    expect(header?.columns.map((column) => [column.letter, column.label])).toEqual([
      ['A', 'id'],
      ['B', 'surname'],
      ['C', ''],
    ]);
  });
});

describe('columnLetter', () => {
  it('names columns as a spreadsheet does', () => {
    expect([0, 25, 26, 49, 701, 702].map(columnLetter)).toEqual(['A', 'Z', 'AA', 'AX', 'ZZ', 'AAA']);
  });
});
