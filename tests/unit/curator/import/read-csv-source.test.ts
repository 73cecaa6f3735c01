import iconv from 'iconv-lite';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportEncoding } from '../../../../src/curator/import/detect-encoding.ts';
import type { Separator } from '../../../../src/curator/import/detect-separator.ts';
import { readCsvSource } from '../../../../src/curator/import/read-csv-source.ts';
import type { SourceRow } from '../../../../src/curator/import/source-row.ts';
import { KAZAKH_REGISTER } from './texts.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'eske-csv-source-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

let count = 0;
async function read(
  content: string | Buffer,
  encoding: ImportEncoding = 'utf-8',
  separator: Separator = ';',
): Promise<SourceRow[]> {
  const file = path.join(dir, `source-${++count}.csv`);
  await writeFile(file, content);
  const rows: SourceRow[] = [];
  for await (const row of readCsvSource({ path: file, encoding, separator })) rows.push(row);
  return rows;
}

describe('readCsvSource', () => {
  it('reads UTF-16 with its byte order mark and CRLF line ends', async () => {
    const rows = await read(iconv.encode(KAZAKH_REGISTER.replaceAll('\n', '\r\n'), 'utf-16le', { addBOM: true }), 'utf-16le');
    expect(rows.map((row) => row.cells[0])).toEqual(['Тегі', 'Байтұрсынұлы', 'Дулатұлы', 'Бөкейханов']);
    expect(rows.map((row) => row.line)).toEqual([1, 2, 3, 4]);
  });

  it('gives the line each row starts on, past quoted line breaks and blank lines', async () => {
    const rows = await read('id;fate\nR-1;"shot\non arrival"\n\nR-2;x\n');
    expect(rows.map((row) => [row.line, row.cells])).toEqual([
      [1, ['id', 'fate']],
      [2, ['R-1', 'shot\non arrival']],
      [5, ['R-2', 'x']],
    ]);
  });

  it('keeps a quote inside a cell as text', async () => {
    const rows = await read('id;occupation\nR-1;колхозник колхоза "Ынтымак"\n');
    expect(rows[1]!.cells).toEqual(['R-1', 'колхозник колхоза "Ынтымак"']);
  });

  it('names Kazakh letters that Windows-1251 turned into ?', async () => {
    const rows = await read(iconv.encode(KAZAKH_REGISTER, 'windows-1251'), 'windows-1251');
    expect(rows[1]!.issues?.map((issue) => [issue.code, issue.column])).toEqual([
      ['import.lost-letters', 0],
      ['import.lost-letters', 4],
    ]);
  });

  it('names bytes the encoding cannot read, and keeps the row', async () => {
    const bytes = Buffer.concat([Buffer.from('id;surname\nR-1;'), iconv.encode('Иванов', 'windows-1251'), Buffer.from('\n')]);
    const rows = await read(bytes, 'utf-8');
    expect(rows[1]!.issues?.map((issue) => issue.code)).toEqual(['import.bad-bytes']);
    expect(rows[1]!.cells[0]).toBe('R-1');
  });

  it('gives a row whose quote took in the rows below as broken, and reads those rows again', async () => {
    const rows = await read('id;surname;fate\nR-1;"Иванов;x\nR-2;Петров;y\nR-3;Ким;"z"\nR-4;Ли;w\n');
    expect(rows.map((row) => [row.line, row.cells, row.issues?.map((issue) => issue.code)])).toEqual([
      [1, ['id', 'surname', 'fate'], undefined],
      [2, [], ['register.runaway-quote']],
      [3, ['R-2', 'Петров', 'y'], undefined],
      [4, ['R-3', 'Ким', 'z'], undefined],
      [5, ['R-4', 'Ли', 'w'], undefined],
    ]);
  });

  it('gives a row whose quote never closes as broken, and reads the lines after it', async () => {
    const rows = await read('id;surname\nR-1;Иванов\nR-2;"Петров\nR-3;Ким\n');
    expect(rows.map((row) => [row.line, row.cells, row.issues?.map((issue) => issue.code)])).toEqual([
      [1, ['id', 'surname'], undefined],
      [2, ['R-1', 'Иванов'], undefined],
      [3, [], ['register.quote-not-closed']],
      [4, ['R-3', 'Ким'], undefined],
    ]);
  });
});
