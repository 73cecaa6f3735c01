// Runs `feed import` as a curator would: a Windows-1251 export with problems into a copy of the
// minimal content folder, then `feed validate` on the result.

import iconv from 'iconv-lite';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, run } from '../run-cli.ts';

const MINIMAL = path.join(ROOT, 'tests/fixtures/content/minimal');
const EXPORT = [
  '№;Фамилия;Имя;Год рождения;Дата ареста;Примечание',
  'Р-1;Иванов;Иван;1898;05.11.1937;-',
  'Р-2;Петрова;Мария;19З7;1937;=1+1',
  'Р-3;Сейфуллин;Сакен;1894;1938;',
].join('\r\n');

let tmp: string;
let source: string;
beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'eske-import-cli-'));
  source = path.join(tmp, 'spisok.csv');
  await writeFile(source, iconv.encode(EXPORT, 'windows-1251'));
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

async function content(name: string): Promise<string> {
  const dir = path.join(tmp, name);
  await cp(MINIMAL, dir, { recursive: true });
  return dir;
}

describe('feed import', { timeout: 60_000 }, () => {
  it('shows what it detected, the mapping, each problem and the counts, and writes nothing with --dry-run', async () => {
    const dir = await content('dry');
    const problems = path.join(tmp, 'problems.csv');
    const result = await run(['import', source, '--content', dir, '--dry-run', '--problems', problems]);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('spisok.csv: CSV in Windows-1251 (by its letters), cells separated by semicolon');
    expect(result.stderr).toMatch(/D {2}Год рождения +→ birth_year/);
    expect(result.stderr).toContain('spisok.csv:3: birth_year "19З7" is not a year');
    expect(result.stdout).toBe('spisok.csv: 3 rows would be written to names/spisok.csv (--dry-run: nothing written)\n');
    expect(await readFile(problems, 'utf8')).toContain('spisok.csv,3,birth_year,register.bad-year,error');
    await expect(readFile(path.join(dir, 'names/spisok.csv'))).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('writes a register that feed validate reads, with the rows it reported and nothing else', async () => {
    const dir = await content('write');
    const imported = await run(['import', source, '--content', dir, '--mapping', 'Примечание=ignore']);
    expect(imported.code).toBe(0);
    expect(imported.stdout).toContain('wrote 3 rows to names/spisok.csv');
    expect(await readFile(path.join(dir, 'names/spisok.csv'), 'utf8')).toBe(
      'id,surname,given_name,birth_year,arrest_date\nР-1,Иванов,Иван,1898,1937-11-05\nР-2,Петрова,Мария,19З7,1937\nР-3,Сейфуллин,Сакен,1894,1938\n',
    );
    const validated = await run(['validate', dir]);
    expect(validated.stderr).toContain('names/spisok.csv:3: birth_year "19З7" is not a year');
  });

  it('refuses a mapping without an id column, saying how to change it', async () => {
    const dir = await content('no-id');
    const result = await run(['import', source, '--content', dir, '--mapping', '№=extra']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('the mapping cannot be written: the header has no id column (required)');
    expect(result.stderr).toContain('--mapping "NAME=COLUMN"');
  });

  it('refuses an unknown target and an old .xls file with what to do', async () => {
    const dir = await content('bad');
    const xls = path.join(tmp, 'old.xls');
    await writeFile(xls, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]));
    const [target, old] = await Promise.all([
      run(['import', source, '--content', dir, '--mapping', 'Имя=first_name']),
      run(['import', xls, '--content', dir]),
    ]);
    expect(target.code).toBe(2);
    expect(target.stderr).toContain('--mapping "Имя=first_name" must be NAME=COLUMN');
    expect(old.code).toBe(1);
    expect(old.stderr).toContain('old.xls: is an Excel 97–2003 workbook (.xls): open it in Excel and save it as .xlsx');
  });
});
