// A register of 300,000 rows in Windows-1251, as a Russian-locale Excel saves it, through the whole
// import: the counts must come out exact, the work must come in chunks with the event loop free
// between them, and memory must stay far below what holding every row would take. Not timed:
// `npm run bench -- import` measures how long it takes.

import iconv from 'iconv-lite';
import { once } from 'node:events';
import v8 from 'node:v8';
import vm from 'node:vm';
import { createWriteStream } from 'node:fs';
import { mkdir, mkdtemp, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHUNK_ROWS } from '../../../../src/curator/import/import-limits.ts';
import { ImportSession, type ImportProgress } from '../../../../src/curator/import/import-session.ts';

const ROWS = 300_000;
/** Every this many rows has a birth year that is no year. */
const BAD_EVERY = 1_000;
const SURNAMES = ['Иванов', 'Петров', 'Сейфуллин', 'Ермеков', 'Жандосов', 'Рыскулов', 'Ким', 'Шварц'];
const GIVEN = ['Иван', 'Пётр', 'Сакен', 'Алимхан', 'Ураз', 'Турар', 'Анна', 'Мария'];
/** Retained memory is read after a full collection; Vitest runs without --expose-gc, so the flag is set here. */
v8.setFlagsFromString('--expose-gc');
const collectGarbage = vm.runInNewContext('gc') as () => void;
const retainedMB = () => {
  collectGarbage();
  return process.memoryUsage().heapUsed / 2 ** 20;
};

let dir: string;
let file: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'eske-import-300k-'));
  await mkdir(path.join(dir, 'content/names'), { recursive: true });
  file = path.join(dir, 'реестр.csv');
  const out = createWriteStream(file);
  let text = '№;Фамилия;Имя;Отчество;Год рождения;Место рождения;Дата ареста;Приговор;Источник\r\n';
  for (let row = 1; row <= ROWS; row++) {
    const year = row % BAD_EVERY === 0 ? '19З7' : String(1880 + (row % 40));
    const place = `"Акмолинская обл., ${SURNAMES[(row >> 6) % 8]}ский р-н, с. ${GIVEN[row % 8]}овка"`;
    const source = `"Архив Президента РК; ф. 708, оп. ${row % 90}, д. ${row}, л. ${row % 300}"`;
    text += `Р-${row};${SURNAMES[row % 8]};${GIVEN[(row >> 3) % 8]};${GIVEN[(row >> 5) % 8]}ович;${year};${place};`;
    text += `${(row % 28) + 1}.${(row % 12) + 1}.1937;10 лет ИТЛ;${source}\r\n`;
    if (row % 10_000 === 0) {
      if (!out.write(iconv.encode(text, 'windows-1251'))) await once(out, 'drain');
      text = '';
    }
  }
  out.end(iconv.encode(text, 'windows-1251'));
  await once(out, 'finish');
}, 300_000);
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('ImportSession with 300,000 rows', () => {
  it('counts every row exactly, in chunks, leaving the event loop free and memory low', async () => {
    const progress: ImportProgress[] = [];
    const heapAtStart = retainedMB();
    let heapPeak = heapAtStart;
    // Runs whenever the import lets the event loop turn: a server would answer requests then.
    let turns = 0;
    let ticking = true;
    const tick = () => {
      turns++;
      if (ticking) setImmediate(tick);
    };
    setImmediate(tick);
    const session = await ImportSession.open({
      contentDir: path.join(dir, 'content'),
      sourcePath: file,
      fileName: 'реестр.csv',
      workDir: path.join(dir, 'work'),
      onProgress: (step) => {
        // A collection every 20 chunks: often enough to see memory grow, seldom enough to stay quick.
        if (progress.push(step) % 20 === 0) heapPeak = Math.max(heapPeak, retainedMB());
      },
    });
    ticking = false;
    try {
      expect(session.staged).toMatchObject({
        rows: ROWS + 1,
        encoding: { encoding: 'windows-1251', certain: true },
        separator: { separator: ';' },
      });
      expect(session.analysis!.counts).toMatchObject({
        rows: ROWS,
        toWrite: ROWS,
        withErrors: ROWS / BAD_EVERY,
        withWarnings: 0,
        conversions: { date: ROWS, year: 0, flag: 0 },
      });
      const checking = progress.filter((step) => step.phase === 'checking').map((step) => step.rows);
      expect(checking.length).toBeGreaterThanOrEqual(ROWS / CHUNK_ROWS);
      expect(checking.every((rows, index) => rows - (checking[index - 1] ?? 0) <= CHUNK_ROWS)).toBe(true);
      expect(checking.at(-1)).toBe(ROWS + 1);
      expect(progress.filter((step) => step.phase === 'reading').length).toBeGreaterThanOrEqual(ROWS / CHUNK_ROWS);
      expect(turns).toBeGreaterThanOrEqual((2 * ROWS) / CHUNK_ROWS);
      // What stays is the ids (one string each, as `feed validate` keeps them) and rows with problems;
      // every row held at once would be 300,000 arrays of nine strings, about 150 MB.
      expect(heapPeak - heapAtStart).toBeLessThan(60);

      const written = await session.write();
      expect(written.rows).toBe(ROWS);
      expect((await stat(path.join(dir, 'content', written.file))).size).toBeGreaterThan(ROWS * 40);
    } finally {
      await session.dispose();
    }
  }, 600_000);
});
