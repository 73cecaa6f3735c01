import ExcelJS from 'exceljs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readXlsxSource, WorkbookError, type XlsxSheet } from '../../../../src/curator/import/read-xlsx-source.ts';
import type { SourceRow } from '../../../../src/curator/import/source-row.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'eske-xlsx-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function read(file: string): Promise<{ rows: SourceRow[]; sheet: XlsxSheet | null }> {
  const rows: SourceRow[] = [];
  let sheet: XlsxSheet | null = null;
  for await (const row of readXlsxSource(file, (read) => (sheet = read))) rows.push(row);
  return { rows, sheet };
}

describe('readXlsxSource', () => {
  it('takes the value of every formula, never the formula, and says when a formula has none', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Реестр');
    sheet.addRow(['id', 'surname', 'birth_year', 'arrest_date', 'fate']);
    sheet.addRow([
      'R-1',
      { formula: 'UPPER("иванов")', result: 'ИВАНОВ' },
      { formula: '1890+8', result: 1898 },
      new Date(Date.UTC(1937, 10, 5)),
      '=not a formula',
    ]);
    sheet.addRow([
      'R-2',
      { formula: 'B2' },
      { error: '#N/A' },
      { formula: 'D2+30', result: 13_888 },
      { formula: 'X1', result: { error: '#REF!' } },
    ]);
    sheet.getCell('D3').numFmt = 'dd.mm.yyyy';
    workbook.addWorksheet('Справка').addRow(['not read']);
    const file = path.join(dir, 'formulas.xlsx');
    await workbook.xlsx.writeFile(file);
    const { rows, sheet: first } = await read(file);
    expect(first).toEqual({ name: 'Реестр', sheets: 2 });
    expect(rows.map((row) => row.cells)).toEqual([
      ['id', 'surname', 'birth_year', 'arrest_date', 'fate'],
      ['R-1', 'ИВАНОВ', '1898', '1937-11-05', '=not a formula'],
      ['R-2', '', '', '1938-01-08', ''],
    ]);
    expect(rows[2]!.issues?.map((issue) => [issue.code, issue.column])).toEqual([
      ['import.formula-no-value', 1],
      ['import.cell-error', 2],
      ['import.formula-no-value', 4],
    ]);
  });

  it('gives merged cells as their first cell with the others empty, keeping row numbers across empty rows', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Лист1');
    sheet.addRow(['Список репрессированных']);
    sheet.mergeCells('A1:D1');
    sheet.addRow([]);
    sheet.addRow(['№', 'ФИО', null, null]);
    sheet.mergeCells('B3:D3');
    sheet.addRow([null, 'Фамилия', 'Имя', 'Отчество']);
    sheet.addRow(['R-1', 'Иванов', { richText: [{ text: 'Ив' }, { text: 'ан', font: { bold: true } }] }, 'Иванович\r\nмл.']);
    const file = path.join(dir, 'merged.xlsx');
    await workbook.xlsx.writeFile(file);
    const { rows } = await read(file);
    expect(rows.map((row) => [row.line, row.cells])).toEqual([
      [1, ['Список репрессированных']],
      [3, ['№', 'ФИО']],
      [4, ['', 'Фамилия', 'Имя', 'Отчество']],
      [5, ['R-1', 'Иванов', 'Иван', 'Иванович\nмл.']],
    ]);
  });

  it('reads 50 columns, numbers without float noise and booleans as yes or no', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('wide');
    sheet.addRow(Array.from({ length: 50 }, (_, index) => `column ${index + 1}`));
    sheet.addRow([0.1 + 0.2, 1898, true, false, ...Array.from({ length: 46 }, (_, index) => `v${index + 5}`)]);
    const file = path.join(dir, 'wide.xlsx');
    await workbook.xlsx.writeFile(file);
    const { rows } = await read(file);
    expect(rows[0]!.cells).toHaveLength(50);
    expect(rows[1]!.cells.slice(0, 5)).toEqual(['0.3', '1898', 'yes', 'no', 'v5']);
    expect(rows[1]!.cells[49]).toBe('v50');
  });

  it('names a file that is no workbook with what to do', async () => {
    const file = path.join(dir, 'broken.xlsx');
    await writeFile(file, Buffer.from('PK\x03\x04 not really a zip'));
    await expect(read(file)).rejects.toBeInstanceOf(WorkbookError);
  });
});
