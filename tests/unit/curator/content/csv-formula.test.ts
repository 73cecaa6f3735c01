import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { escapeFormula, unescapeFormula } from '../../../../src/curator/content/csv-formula.ts';
import { readRegisterCsv } from '../../../../src/curator/content/read-register-csv.ts';
import type { RegisterRecord } from '../../../../src/curator/content/register-columns.ts';
import { RegisterIds } from '../../../../src/curator/content/register-ids.ts';
import { Report } from '../../../../src/curator/report.ts';
import { csvRow } from '../../../../src/synthetic-register/write-register-csv.ts';

const FORMULAS = ['=1+1', '+7 701 555 0101', '-Ахмет', '@SUM(A1)', '=HYPERLINK("http://x","y")', '-', '\tx', "'=1+1", "''-x"];
const LEFT_ALONE = ['Ахмет', "'Ахмет", "O'Brien", '1937', '-5', '+7', '-12,5', '0.5', '1937-11-05', '', ' =a'];

describe('escapeFormula', () => {
  it('puts an apostrophe before every cell a spreadsheet would run', () => {
    for (const cell of FORMULAS) expect(escapeFormula(cell)).toBe(`'${cell}`);
  });

  it('leaves plain text, numbers and dates as they are', () => {
    for (const cell of LEFT_ALONE) expect(escapeFormula(cell)).toBe(cell);
  });
});

describe('unescapeFormula', () => {
  it('gives back exactly the text that was escaped, whatever it was', () => {
    for (const cell of [...FORMULAS, ...LEFT_ALONE]) expect(unescapeFormula(escapeFormula(cell))).toBe(cell);
  });

  it('leaves an apostrophe that is not before a formula start', () => {
    expect(unescapeFormula("'Ахмет")).toBe("'Ахмет");
  });
});

describe('the register reader and an escaped file', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'eske-formula-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('reads every escaped cell, and an escaped extra column name, back as the text meant', async () => {
    const header = ['id', 'surname', 'given_name', 'birth_year', 'fate', '=note'];
    const rows = [
      ['-1', '-Ахмет', '=Бек', '1900', '+shot', '@x'],
      ['KZ-2', "'=quoted", 'Али', '', '-', '-5'],
    ];
    const csv = [header, ...rows].map((cells) => csvRow(cells.map(escapeFormula))).join('');
    expect(csv).toContain(`'-Ахмет`);
    const absolutePath = path.join(dir, 'register.csv');
    await writeFile(absolutePath, csv);
    const records: RegisterRecord[] = [];
    const report = new Report();
    await readRegisterCsv({
      file: 'names/register.csv',
      absolutePath,
      report,
      ids: new RegisterIds(),
      files: new Map(),
      onRecord: (record) => records.push(record),
    });
    expect(report.problems).toEqual([]);
    expect(records).toEqual([
      { id: '-1', surname: '-Ахмет', givenName: '=Бек', birthYear: 1900, fate: '+shot', extra: { '=note': '@x' } },
      { id: 'KZ-2', surname: "'=quoted", givenName: 'Али', fate: '-', extra: { '=note': '-5' } },
    ]);
  });
});
