import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RegisterRecord } from '../../../../src/curator/content/register-columns.ts';
import { readRegisterCsv } from '../../../../src/curator/content/read-register-csv.ts';
import type { ContentFile } from '../../../../src/curator/content/list-content-files.ts';
import { RegisterIds } from '../../../../src/curator/content/register-ids.ts';
import { Report } from '../../../../src/curator/report.ts';

const HEADER = 'id,surname,given_name,birth_year,death_date';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'eske-csv-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

let fileCount = 0;
/** Reads `content` (text or bytes) as names/<name>; shares `ids` across calls when given. */
async function read(
  content: string | Uint8Array,
  ids = new RegisterIds(),
  name = `register-${++fileCount}.csv`,
  files: ReadonlyMap<string, ContentFile> = new Map(),
) {
  const absolutePath = path.join(dir, name);
  await writeFile(absolutePath, content);
  const report = new Report();
  const records: RegisterRecord[] = [];
  const stats = await readRegisterCsv({
    file: `names/${name}`,
    absolutePath,
    report,
    ids,
    files,
    onRecord: (record) => records.push(record),
  });
  const problems = report.problems.map((problem) => ({ line: problem.line, code: problem.code, severity: problem.severity }));
  return { records, stats, report, problems };
}

describe('readRegisterCsv', () => {
  it('reads a file with a BOM and CRLF line ends', async () => {
    const { records, problems } = await read(`\uFEFF${HEADER}\r\nKZ-1,Иванов,Иван,1898,1938\r\nKZ-2,Бек,Али,,\r\n`);
    expect(problems).toEqual([]);
    expect(records).toEqual([
      { id: 'KZ-1', surname: 'Иванов', givenName: 'Иван', birthYear: 1898, deathDate: '1938' },
      { id: 'KZ-2', surname: 'Бек', givenName: 'Али' },
    ]);
  });

  it('keeps commas, doubled quotes and line breaks inside quoted cells', async () => {
    const { records } = await read(`${HEADER},fate\nKZ-1,"Ivanov, Jr","Ivan ""Vanya""",,,"shot\r\non arrival"\n`);
    expect(records[0]).toMatchObject({ surname: 'Ivanov, Jr', givenName: 'Ivan "Vanya"', fate: 'shot\non arrival' });
  });

  it('reports the starting line of rows after a multi-line record and blank lines', async () => {
    const csv = [
      `${HEADER},fate`,
      'KZ-1,A,B,,,"two',
      'lines"',
      '',
      'KZ-2,B,C,19З7,,',
      '',
      '',
      'KZ-3,D,E,1900,1938-02-30,"x',
      'y',
      'z"',
    ].join('\r\n');
    const { problems, stats } = await read(csv);
    expect(problems).toEqual([
      { line: 5, code: 'register.bad-year', severity: 'error' },
      { line: 8, code: 'register.bad-date', severity: 'error' },
    ]);
    expect(stats).toMatchObject({ rows: 3, published: 1 });
  });

  it('skips blank lines and rows of empty cells without a problem', async () => {
    const { records, problems } = await read(`${HEADER}\n\n\nKZ-1,A,B,,\n,,,,\n   \n`);
    expect(problems).toEqual([]);
    expect(records.map((record) => record.id)).toEqual(['KZ-1']);
  });

  it('accepts partial dates and rejects dates and years that are not', async () => {
    const header = 'id,surname,given_name,birth_year,arrest_date,death_date,rehabilitation_date';
    const { records, problems } = await read(
      `${header}\nKZ-1,A,B,1900,1937,1937-11,1989-05-31\nKZ-2,A,B,98,1937-13,,\nKZ-3,A,B,,37-11-05,,\n`,
    );
    expect(records).toEqual([
      {
        id: 'KZ-1',
        surname: 'A',
        givenName: 'B',
        birthYear: 1900,
        arrestDate: '1937',
        deathDate: '1937-11',
        rehabilitationDate: '1989-05-31',
      },
    ]);
    expect(problems.map((problem) => [problem.line, problem.code])).toEqual([
      [3, 'register.bad-year'],
      [3, 'register.bad-date'],
      [4, 'register.bad-date'],
    ]);
  });

  it('reports a duplicate id with the line of its first use, also across files', async () => {
    const ids = new RegisterIds();
    const first = await read(`${HEADER}\nKZ-1,A,B,,\nKZ-1,C,D,,\n`, ids, 'a.csv');
    const second = await read(`${HEADER}\nKZ-2,E,F,,\nKZ-1,G,H,,\n`, ids, 'b.csv');
    for (const { report } of [first, second]) {
      expect(report.problems).toMatchObject([{ line: 3, code: 'register.duplicate-id', details: { firstAt: 'names/a.csv:2' } }]);
    }
    expect([...first.records, ...second.records].map((record) => record.surname)).toEqual(['A', 'E']);
  });

  it('reports missing required columns once for the file and reads no rows', async () => {
    const { records, problems } = await read('id,surname,birth_year\nKZ-1,A,1900\nKZ-2,B,1901\n');
    expect(records).toEqual([]);
    expect(problems).toEqual([{ line: 1, code: 'register.missing-column', severity: 'error' }]);
  });

  it('reports a required cell left empty', async () => {
    const { problems } = await read(`${HEADER}\n,A,B,,\nKZ-2,,B,,\n`);
    expect(problems.map((problem) => [problem.line, problem.code])).toEqual([
      [2, 'register.required-empty'],
      [3, 'register.required-empty'],
    ]);
  });

  it('keeps unknown columns as extra fields under their header label', async () => {
    const { records } = await read('id,surname,given_name,Case number,camp\nKZ-1,A,B,12/34,\n');
    expect(records[0]).toEqual({ id: 'KZ-1', surname: 'A', givenName: 'B', extra: { 'Case number': '12/34' } });
  });

  it('reports and skips rows with too many or too few cells', async () => {
    const { records, problems } = await read(`${HEADER}\nKZ-1,A,B,,,extra\nKZ-2,A\nKZ-3,A,B,,\n`);
    expect(records.map((record) => record.id)).toEqual(['KZ-3']);
    expect(problems.map((problem) => [problem.line, problem.code])).toEqual([
      [2, 'register.cell-count'],
      [3, 'register.cell-count'],
    ]);
  });

  it('splits name_variants on ; and drops empty parts', async () => {
    const { records } = await read('id,surname,given_name,name_variants\nKZ-1,A,B, Bokeikhanov ;Бөкейханов;;\nKZ-2,A,B, ; \n');
    expect(records[0]!.nameVariants).toEqual(['Bokeikhanov', 'Бөкейханов']);
    expect(records[1]).not.toHaveProperty('nameVariants');
  });

  it('publishes only the name, variants and years of a restricted record', async () => {
    const header =
      'id,surname,given_name,patronymic,name_variants,birth_year,birth_place,occupation,arrest_date,charge,sentence,fate,death_date,source,restricted,note';
    const row = 'KZ-1,A,B,C,D;E,1900,Place,Job,1937-10,58-10,VMN,shot,1938-02-25,Archive,yes,private';
    const { records, problems } = await read(`${header}\n${row}\n`);
    expect(problems).toEqual([]);
    expect(records).toEqual([
      {
        id: 'KZ-1',
        surname: 'A',
        givenName: 'B',
        patronymic: 'C',
        nameVariants: ['D', 'E'],
        birthYear: 1900,
        deathDate: '1938',
        restricted: true,
      },
    ]);
  });

  it('reads headers written with capitals or spaces, so Restricted still restricts', async () => {
    const { records, problems } = await read('ID,Surname,Given Name,Birth_Place,Restricted\nKZ-1,A,B,Place,Yes\n');
    expect(problems).toEqual([]);
    expect(records).toEqual([{ id: 'KZ-1', surname: 'A', givenName: 'B', restricted: true }]);
  });

  it('refuses to guess an unclear restricted flag and leaves the row out', async () => {
    const { records, problems } = await read('id,surname,given_name,restricted\nKZ-1,A,B,Yes\nKZ-2,A,B,no\nKZ-3,A,B,да\n');
    expect(records.map((record) => [record.id, record.restricted])).toEqual([
      ['KZ-1', true],
      ['KZ-2', undefined],
    ]);
    expect(problems).toEqual([{ line: 4, code: 'register.bad-flag', severity: 'error' }]);
  });

  it('leaves out a row whose quote never closes, and reads the rows after it', async () => {
    const { records, problems, report } = await read(`${HEADER}\nKZ-1,A,B,,\n\nKZ-2,"A,B,,\nKZ-3,A,B,,\n`);
    expect(records.map((record) => record.id)).toEqual(['KZ-1', 'KZ-3']);
    expect(problems).toEqual([{ line: 4, code: 'register.quote-not-closed', severity: 'error' }]);
    expect(report.skippedRowCount).toBe(1);
  });

  it('leaves out a row whose quote swallows the rows below it, and reads those rows again', async () => {
    const swallowed = Array.from({ length: 2000 }, (_, i) => `KZ-${i + 10},Surname${i},Given${i},1900,`);
    const csv = [HEADER, 'KZ-1,A,B,,', 'R-BAD,"Иванов,Иван,,1900', ...swallowed, 'KZ-9,Петров",Пётр,1901,', 'KZ-2,C,D,,'].join(
      '\n',
    );
    const { records, report, stats } = await read(csv);
    expect(report.problems).toMatchObject([
      { line: 3, code: 'register.runaway-quote', details: { openedLine: 3, closedLine: 2004 } },
      { line: 2004, code: 'register.bad-quote' },
    ]);
    expect(records).toHaveLength(2002);
    expect(records.at(-1)!.id).toBe('KZ-2');
    expect(records.some((record) => record.surname.includes('\n'))).toBe(false);
    expect(stats).toMatchObject({ rows: 2004, published: 2002 });
  });

  it('reads again the rows a short note swallowed when its lines read as whole rows', async () => {
    const csv = [
      `${HEADER},fate`,
      'KZ-1,A,B,,,"shot',
      'KZ-2,C,D,,,',
      'KZ-3,E,F,,,',
      'KZ-4,G,H,,,done"',
      'KZ-5,I,J,,,"two',
      'lines"',
    ];
    const { records, report } = await read(csv.join('\n'));
    expect(report.problems).toMatchObject([
      { line: 2, code: 'register.runaway-quote', details: { openedLine: 2, closedLine: 5 } },
      { line: 5, code: 'register.bad-quote' },
    ]);
    expect(records.map((record) => record.id)).toEqual(['KZ-2', 'KZ-3', 'KZ-5']);
  });

  it('leaves out a row with a line break in a name, without reading its lines as rows', async () => {
    const { records, problems } = await read(`${HEADER}\nKZ-1,"Ivan\nov",B,,\nKZ-2,C,D,,\n`);
    expect(problems).toEqual([{ line: 2, code: 'register.line-break', severity: 'error' }]);
    expect(records.map((record) => record.id)).toEqual(['KZ-2']);
  });

  it('leaves out a row with a cell far longer than any real one', async () => {
    const note = Array.from({ length: 30 }, (_, i) => `line ${i}`).join('\n');
    const { records, problems } = await read(`${HEADER},fate\nKZ-1,${'Ж'.repeat(500)},B,,,\nKZ-2,C,D,,,"${note}"\nKZ-3,E,F,,,\n`);
    expect(problems).toEqual([
      { line: 2, code: 'register.cell-too-long', severity: 'error' },
      { line: 3, code: 'register.cell-too-long', severity: 'error' },
    ]);
    expect(records.map((record) => record.id)).toEqual(['KZ-3']);
  });

  it('reads on after a quote in the middle of a cell', async () => {
    const { records, problems } = await read(`${HEADER}\nKZ-1,A,B,,\nKZ-2,A"A,B,,\nKZ-3,A,B,,\n`);
    expect(records.map((record) => record.id)).toEqual(['KZ-1', 'KZ-3']);
    expect(problems).toEqual([{ line: 3, code: 'register.bad-quote', severity: 'error' }]);
  });

  it('warns about invisible and direction characters, naming column and character, and removes them', async () => {
    const { records, report } = await read(`${HEADER},note\nKZ-1,Ива\u202eвон,Иван\u200b,,,a\u0000b\nKZ-2\uFEFF,Бек,Али,,,\n`);
    expect(report.problems).toMatchObject([
      { line: 2, severity: 'warning', code: 'register.invisible-char', details: { column: 'surname', characters: 'U+202E' } },
      { line: 2, severity: 'warning', code: 'register.invisible-char', details: { column: 'given_name', characters: 'U+200B' } },
      { line: 2, severity: 'warning', code: 'register.invisible-char', details: { column: 'note', characters: 'U+0000' } },
      { line: 3, severity: 'warning', code: 'register.invisible-char', details: { column: 'id', characters: 'U+FEFF' } },
    ]);
    expect(records).toEqual([
      { id: 'KZ-1', surname: 'Ивавон', givenName: 'Иван', extra: { note: 'ab' } },
      { id: 'KZ-2', surname: 'Бек', givenName: 'Али' },
    ]);
  });

  it('warns about a file with a header row and no names', async () => {
    for (const csv of [`${HEADER}\n`, `${HEADER}\n\n,,,,\n`]) {
      expect((await read(csv)).problems).toEqual([{ line: null, code: 'register.empty', severity: 'warning' }]);
    }
  });

  it('reports a file that is not UTF-8 at the line where it shows', async () => {
    const bytes = Buffer.concat([
      Buffer.from(`${HEADER}\nKZ-1,A,B,,\nKZ-2,`),
      Buffer.from([0xc8, 0xe2, 0xe0, 0xed]),
      Buffer.from(',B,,\n'),
    ]);
    const { problems } = await read(bytes);
    expect(problems).toEqual([{ line: 3, code: 'register.not-utf8', severity: 'error' }]);
  });

  it('counts left-out rows in the report summary', async () => {
    const { report } = await read(`${HEADER}\nKZ-1,A,B,x,y\nKZ-2,A,B,,\n`);
    expect(report.skippedRowCount).toBe(1);
    expect(report.blockingErrorCount).toBe(0);
    expect(report.summary()).toBe('2 errors, 0 warnings (1 register row left out)');
  });

  describe('images and lang', () => {
    const files = new Map<string, ContentFile>([
      ['files/kz-1.jpg', { absolutePath: '/nowhere/kz-1.jpg', bytes: 10 }],
      ['files/kz-1-p2.png', { absolutePath: '/nowhere/kz-1-p2.png', bytes: 10 }],
      ['files/t01.ogg', { absolutePath: '/nowhere/t01.ogg', bytes: 10 }],
    ]);
    const header = 'id,surname,given_name,images,lang,restricted';

    it('reads |-separated image paths and the language of the values', async () => {
      const { records, problems, stats } = await read(
        `${header}\nKZ-1,Иванов,Иван,files/kz-1.jpg | files/kz-1-p2.png,ru,\nKZ-2,Бек,Али,,kk,\n`,
        undefined,
        undefined,
        files,
      );
      expect(problems).toEqual([]);
      expect(records).toEqual([
        { id: 'KZ-1', surname: 'Иванов', givenName: 'Иван', images: ['files/kz-1.jpg', 'files/kz-1-p2.png'], lang: 'ru' },
        { id: 'KZ-2', surname: 'Бек', givenName: 'Али', lang: 'kk' },
      ]);
      expect(stats.images.map((ref) => [ref.line, ref.label, ref.path])).toEqual([
        [2, 'images[0]', 'files/kz-1.jpg'],
        [2, 'images[1]', 'files/kz-1-p2.png'],
      ]);
    });

    it('leaves out a row whose image is missing or not an image, or whose lang is not an exhibit language', async () => {
      const { records, report, stats } = await read(
        `${header}\nKZ-1,А,Б,files/gone.jpg,,\nKZ-2,В,Г,files/t01.ogg,,\nKZ-3,Д,Е,,de,\nKZ-4,Ж,З,files/KZ-1.JPG,,\n`,
        undefined,
        undefined,
        files,
      );
      expect(records).toEqual([]);
      expect(report.problems.map((problem) => [problem.line, problem.code, problem.details?.path])).toEqual([
        [2, 'register.bad-image', 'files/gone.jpg'],
        [3, 'register.bad-image', 'files/t01.ogg'],
        [4, 'register.bad-language', undefined],
        [5, 'register.bad-image', 'files/KZ-1.JPG'],
      ]);
      expect(stats.unpublishedImages).toEqual(['files/gone.jpg', 'files/t01.ogg', 'files/KZ-1.JPG']);
    });

    it('publishes no images of a restricted record, and keeps its files in use', async () => {
      const { records, stats } = await read(`${header}\nKZ-1,Иванов,Иван,files/kz-1.jpg,ru,yes\n`, undefined, undefined, files);
      expect(records).toEqual([{ id: 'KZ-1', surname: 'Иванов', givenName: 'Иван', lang: 'ru', restricted: true }]);
      expect(stats.images).toEqual([]);
      expect(stats.unpublishedImages).toEqual(['files/kz-1.jpg']);
    });
  });
});
