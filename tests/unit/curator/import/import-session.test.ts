import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readRegisterCsv } from '../../../../src/curator/content/read-register-csv.ts';
import type { RegisterRecord } from '../../../../src/curator/content/register-columns.ts';
import { RegisterIds } from '../../../../src/curator/content/register-ids.ts';
import { ImportSession, ImportSetupError, type OpenImportOptions } from '../../../../src/curator/import/import-session.ts';
import { Report } from '../../../../src/curator/report.ts';

let dir: string;
let content: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'eske-import-'));
  content = path.join(dir, 'content');
  await mkdir(path.join(content, 'names'), { recursive: true });
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** A Russian-locale export: Windows-1251, ";", a title row, a merged-looking header, dates as 05.11.1937. */
const EXPORT = [
  'Список лиц, подвергшихся репрессиям;;;;;',
  '',
  '№;ФИО;Год рождения;Дата ареста;Приговор;Примечание',
  'Р-1;Иванов Иван Иванович;1898;05.11.1937;ВМН;-',
  'Р-2;Петрова Мария;19З7;1937;8 лет ИТЛ;"=HYPERLINK(""http://x"";""y"")"',
  ';;;;;',
  '№;ФИО;Год рождения;Дата ареста;Приговор;Примечание',
  'Р-3;Сейфуллин Сакен;1894;1937-02-30;расстрелян;',
  'Р-1;Ермеков Алимхан;1891;1937;10 лет ИТЛ;',
].join('\r\n');

async function open(source: string | Buffer, name = 'spisok.csv', options: Partial<OpenImportOptions> = {}) {
  const sourcePath = path.join(dir, name);
  await writeFile(sourcePath, source);
  return ImportSession.open({
    contentDir: content,
    sourcePath,
    fileName: name,
    workDir: path.join(dir, `work-${name}`),
    ...options,
  });
}

async function readBack(file: string) {
  const records: RegisterRecord[] = [];
  const report = new Report();
  await readRegisterCsv({
    file,
    absolutePath: path.join(content, file),
    report,
    ids: new RegisterIds(),
    files: null,
    onRecord: (record) => records.push(record),
  });
  return { records, problems: report.problems.map((problem) => [problem.line, problem.code]) };
}

describe('ImportSession', () => {
  it('reads a Windows-1251 export, counts its rows and lists every problem before writing anything', async () => {
    const session = await open(iconv.encode(EXPORT, 'windows-1251'));
    expect(session.staged.encoding).toMatchObject({ encoding: 'windows-1251', certain: true });
    expect(session.staged.separator).toMatchObject({ separator: ';', certain: true });
    expect(session.header.lines).toEqual([3]);
    expect(session.targets).toEqual(['id', 'full_name', 'birth_year', 'arrest_date', 'sentence', 'extra']);
    expect(session.analysis!.counts).toMatchObject({
      rows: 4,
      titleRows: 1,
      blank: 1,
      repeatedHeaders: 1,
      toWrite: 4,
      withErrors: 3,
      withWarnings: 0,
      conversions: { date: 1, year: 0, flag: 0 },
    });
    const problems = [...session.analysis!.problemRows.values()].flatMap((row) => row.problems);
    expect(problems.map((problem) => [problem.line, problem.column, problem.code, problem.value])).toEqual([
      [5, 'birth_year', 'register.bad-year', '19З7'],
      [8, 'arrest_date', 'register.bad-date', '1937-02-30'],
      [9, 'id', 'register.duplicate-id', 'Р-1'],
    ]);
    expect(problems[0]).toMatchObject({ file: 'spisok.csv', severity: 'error' });
    await session.dispose();
  });

  it('writes the register with formulas escaped, which the register reader reads back as written', async () => {
    const session = await open(iconv.encode(EXPORT, 'windows-1251'));
    const written = await session.write();
    expect(written).toEqual({ file: 'names/spisok.csv', rows: 4, rememberProblem: null });
    const text = await readFile(path.join(content, 'names/spisok.csv'), 'utf8');
    expect(text.split('\n')[0]).toBe('id,surname,given_name,patronymic,birth_year,arrest_date,sentence,Примечание');
    expect(text).toContain(`,'-\n`);
    expect(text).toContain(`"'=HYPERLINK(""http://x"";""y"")"`);
    const { records, problems } = await readBack('names/spisok.csv');
    expect(records[0]).toEqual({
      id: 'Р-1',
      surname: 'Иванов',
      givenName: 'Иван',
      patronymic: 'Иванович',
      birthYear: 1898,
      arrestDate: '1937-11-05',
      sentence: 'ВМН',
      extra: { Примечание: '-' },
    });
    // The same rows feed validate leaves out as the import said: line 1 is the header here.
    expect(problems.map(([, code]) => code)).toEqual(['register.bad-year', 'register.bad-date', 'register.duplicate-id']);
    await session.dispose();
  });

  it('takes a fix in place and a skip, updates the counts, and writes the fixed row', async () => {
    const session = await open(iconv.encode(EXPORT, 'windows-1251'));
    expect(session.fixRow(5, { birth_year: '1907' })?.problems).toEqual([]);
    expect(session.skipRow(9, true)).toBe(true);
    expect(session.analysis!.counts).toMatchObject({ toWrite: 3, skipped: 1, withErrors: 1 });
    expect(session.fixRow(4, { surname: 'x' })).toBeNull(); // a row without problems is not for fixing here
    await session.write();
    const { records, problems } = await readBack('names/spisok.csv');
    expect(records.map((record) => [record.id, record.birthYear])).toEqual([
      ['Р-1', 1898],
      ['Р-2', 1907],
    ]);
    expect(problems.map(([, code]) => code)).toEqual(['register.bad-date']);
    await session.dispose();
  });

  it('remembers the mapping by file name and maps the next export of that file the same way', async () => {
    const first = await open(iconv.encode(EXPORT, 'windows-1251'));
    await first.setTargets(['id', 'full_name', 'birth_year', 'arrest_date', 'sentence', 'ignore']);
    await first.write();
    await first.dispose();
    const remembered = JSON.parse(await readFile(path.join(content, 'names/.import-mappings.json'), 'utf8'));
    expect(remembered.files['spisok.csv'].columns).toMatchObject({ Примечание: 'ignore', ФИО: 'full_name' });
    const again = await open(iconv.encode(EXPORT, 'windows-1251'));
    expect(again.targets.at(-1)).toBe('ignore');
    await again.dispose();
  });

  it('checks ids against the other register files and says how many rows the replaced file has', async () => {
    await writeFile(path.join(content, 'names/other.csv'), 'id,surname,given_name\nР-3,Другой,Человек\n');
    await writeFile(path.join(content, 'names/spisok.csv'), 'id,surname,given_name\nA,B,C\nD,E,F\n');
    const session = await open(iconv.encode(EXPORT, 'windows-1251'));
    expect(session.others.replacedRows).toBe(2);
    await session.fixRow(8, { arrest_date: '1937-02-28' });
    const row8 = session.analysis!.problemRows.get(8)!;
    expect(row8.problems.map((problem) => [problem.code, problem.message])).toEqual([
      ['register.duplicate-id', 'duplicate id "Р-3" (first at names/other.csv:2)'],
    ]);
    await session.dispose();
  });

  it('refuses a mapping without an id column before checking any row', async () => {
    const session = await open('Фамилия,Имя\nИванов,Иван\n', 'no-id.csv');
    expect(session.analysis).toBeNull();
    expect(session.plan.issues.map((issue) => issue.code)).toEqual(['register.missing-column']);
    await session.dispose();
  });

  it('reads an .xlsx with a title, a merged heading, formulas and empty rows', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Реестр');
    sheet.addRow(['Реестр жертв']);
    sheet.addRow(['№', 'ФИО', null, null, 'Дата', null]);
    sheet.mergeCells('B2:D2');
    sheet.mergeCells('E2:F2');
    sheet.addRow([null, 'Фамилия', 'Имя', 'Отчество', 'ареста', 'смерти']);
    sheet.addRow([
      'R-1',
      'Байтұрсынұлы',
      'Ахмет',
      null,
      new Date(Date.UTC(1937, 9, 8)),
      { formula: 'E4+55', result: new Date(Date.UTC(1938, 1, 1)) },
    ]);
    sheet.addRow([]);
    sheet.addRow(['R-2', { formula: 'PROPER("дулатұлы")', result: 'Дулатұлы' }, 'Міржақып', null, '1928', { formula: 'Z9' }]);
    const file = path.join(dir, 'register.xlsx');
    await workbook.xlsx.writeFile(file);
    const session = await ImportSession.open({
      contentDir: content,
      sourcePath: file,
      fileName: 'register.xlsx',
      workDir: path.join(dir, 'work-xlsx'),
    });
    expect(session.staged).toMatchObject({ kind: 'xlsx', encoding: null, sheet: { name: 'Реестр', sheets: 1 } });
    expect(session.header.lines).toEqual([2, 3]);
    expect(session.targets).toEqual(['id', 'surname', 'given_name', 'patronymic', 'arrest_date', 'death_date']);
    expect(session.analysis!.counts).toMatchObject({ rows: 2, titleRows: 1, toWrite: 2, withWarnings: 1, withErrors: 0 });
    await session.write();
    const { records } = await readBack('names/register.csv');
    expect(records).toEqual([
      { id: 'R-1', surname: 'Байтұрсынұлы', givenName: 'Ахмет', arrestDate: '1937-10-08', deathDate: '1938-02-01' },
      { id: 'R-2', surname: 'Дулатұлы', givenName: 'Міржақып', arrestDate: '1928' },
    ]);
    await session.dispose();
  });

  it('refuses to write anywhere but a .csv file in names/', async () => {
    await expect(open('id,surname,given_name\n', 'x.csv', { target: '../exhibit.csv' })).rejects.toBeInstanceOf(ImportSetupError);
    await expect(open('id,surname,given_name\n', 'y.csv', { target: 'names/.hidden.csv' })).rejects.toMatchObject({
      code: 'bad-target',
    });
  });
});
