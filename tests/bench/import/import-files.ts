// The files the import bench reads: the synthetic register (src/synthetic-register) as archives
// hand it over, with Russian headings and dates as 05.11.1937, saved three ways: "CSV UTF-8" from
// Excel (BOM, commas), "CSV" from a Russian-locale Excel (Windows-1251, semicolons; Kazakh letters
// become "?", as they do), and an .xlsx workbook. Written once per size and seed, then reused.

import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { mkdir, rename, stat } from 'node:fs/promises';
import path from 'node:path';
import { generatePeople } from '../../../src/synthetic-register/generate-register.ts';
import { REGISTER_COLUMNS, type RegisterRecord } from '../../../src/synthetic-register/register-record.ts';

export type BenchFileKind = 'utf-8-csv' | 'windows-1251-csv' | 'xlsx';
export const BENCH_FILE_KINDS: readonly BenchFileKind[] = ['utf-8-csv', 'windows-1251-csv', 'xlsx'];

const HEADINGS: Record<(typeof REGISTER_COLUMNS)[number], string> = {
  id: '№',
  surname: 'Фамилия',
  given_name: 'Имя',
  patronymic: 'Отчество',
  name_variants: 'Варианты написания',
  birth_year: 'Год рождения',
  birth_place: 'Место рождения',
  nationality: 'Национальность',
  occupation: 'Род занятий',
  arrest_date: 'Дата ареста',
  charge: 'Обвинение',
  sentence: 'Приговор',
  fate: 'Судьба',
  death_date: 'Дата смерти',
  rehabilitation_date: 'Дата реабилитации',
  source: 'Архивный шифр',
  restricted: 'Ограничен',
  case_number: 'Номер дела',
};

/** The register's cells as a Russian-locale spreadsheet shows them: 1937-11-05 as 05.11.1937. */
function exportedCells(record: RegisterRecord): string[] {
  return REGISTER_COLUMNS.map((column) => record[column].replace(/^(\d{4})-(\d{2})-(\d{2})$/, '$3.$2.$1'));
}

function csvLine(cells: readonly string[], separator: string): string {
  const needsQuotes = new RegExp(`["\\r\\n${separator}]`);
  return cells.map((cell) => (needsQuotes.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell)).join(separator) + '\r\n';
}

async function writeCsv(
  file: string,
  rows: number,
  seed: number,
  separator: string,
  encoding: 'utf-8' | 'windows-1251',
): Promise<void> {
  const out = createWriteStream(file);
  let text = (encoding === 'utf-8' ? '\uFEFF' : '') + csvLine(Object.values(HEADINGS), separator);
  let count = 0;
  for (const person of generatePeople(rows, seed)) {
    text += csvLine(exportedCells(person.record), separator);
    if (++count % 5_000 === 0) {
      if (!out.write(iconv.encode(text, encoding))) await once(out, 'drain');
      text = '';
    }
  }
  out.end(iconv.encode(text, encoding));
  await once(out, 'finish');
}

async function writeXlsx(file: string, rows: number, seed: number): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true });
  const sheet = workbook.addWorksheet('Реестр');
  sheet.addRow(Object.values(HEADINGS)).commit();
  for (const person of generatePeople(rows, seed)) sheet.addRow(exportedCells(person.record)).commit();
  sheet.commit();
  await workbook.commit();
}

/** The file of `kind` for `rows` rows, made now unless an earlier run left it. */
export async function benchFile(dir: string, kind: BenchFileKind, rows: number, seed: number): Promise<string> {
  const file = path.join(dir, `register-${rows}-${seed}-${kind}.${kind === 'xlsx' ? 'xlsx' : 'csv'}`);
  if (await stat(file).catch(() => null)) return file;
  await mkdir(dir, { recursive: true });
  const partial = `${file}.partial`;
  if (kind === 'xlsx') await writeXlsx(partial, rows, seed);
  else if (kind === 'utf-8-csv') await writeCsv(partial, rows, seed, ',', 'utf-8');
  else await writeCsv(partial, rows, seed, ';', 'windows-1251');
  await rename(partial, file);
  return file;
}
