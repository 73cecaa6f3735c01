// The register import in the Curator Studio (docs/design.md §8.2) against the real studio on a
// copy of the demo exhibit: a Windows-1251 export and an .xlsx made here, their problems listed
// at their source rows, a fix in place and a skip, the register written and read back by
// `feed validate`, and the problem list as CSV.

import { spawnSync, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { PROJECT_ROOT } from './e2e-paths.ts';
import { startStudio, stopStudio } from './studio-process.ts';

/** One above studio.spec.ts's port, so the two specs never meet. */
const PORT = Number(process.env.ESKE_STUDIO_E2E_PORT ?? 4560) + 1;
const CONTENT_DIR = path.join(PROJECT_ROOT, 'tests/.tmp/studio-import-content');
const FEED_DIR = path.join(PROJECT_ROOT, 'tests/.tmp/studio-import-feed');

/** A Russian-locale export of demo rows (synthetic names): line 3 a bad date, 4 no surname, 5 a repeated id, 6 a formula. */
const CSV_NAME = 'demo-spisok-1251.csv';
const CSV_TEXT = [
  '№;Фамилия;Имя;Отчество;Год рождения;Дата ареста;Примечание',
  'DEMO-I1;Ахметов;Серик;Касымович;1901;05.11.1937;демо',
  'DEMO-I2;Омарова;Айгуль;Сабитовна;1905;1937-02-30;демо',
  'DEMO-I3;;Иван;Петрович;1899;1938;демо',
  'DEMO-I1;Петров;Пётр;Ильич;1890;1937;демо',
  'DEMO-I4;Сидоров;Олег;Маратович;1902;1937;=СУММ(A1:A2)',
].join('\r\n');

let studio: ChildProcess;

test.describe.configure({ mode: 'serial' });
test.use({ viewport: { width: 1600, height: 1000 }, baseURL: `http://localhost:${PORT}/`, acceptDownloads: true });

test.beforeAll(async () => {
  studio = await startStudio({ contentDir: CONTENT_DIR, feedDir: FEED_DIR, port: PORT });
});

test.afterAll(() => stopStudio(studio));

async function chooseFile(page: Page, name: string, buffer: Buffer): Promise<void> {
  await page.goto('/');
  await page.locator('[data-nav="import"]').click();
  await page.locator('[data-testid="import-file"]').setInputFiles({ name, mimeType: 'application/octet-stream', buffer });
  await expect(page.locator('[data-testid="import-count"]')).toBeVisible({ timeout: 60_000 });
}

function problem(page: Page, line: number) {
  return page.locator(`[data-testid="import-problem"][data-line="${line}"]`);
}

/** Each listed problem as "line code", in the table's order. */
async function listedProblems(page: Page): Promise<string[]> {
  return page
    .locator('[data-testid="import-problem"]')
    .evaluateAll((rows) => rows.map((row) => `${row.getAttribute('data-line')} ${row.getAttribute('data-code')}`));
}

test('a Windows-1251 export: its problems at their rows, a fix and a skip, the register written and validated', async ({
  page,
}) => {
  await chooseFile(page, CSV_NAME, iconv.encode(CSV_TEXT, 'windows-1251'));
  await expect(page.locator('[data-testid="import-encoding"]')).toHaveAttribute('data-value', 'windows-1251');
  await expect(page.locator('[data-testid="import-separator"]')).toHaveAttribute('data-value', ';');
  await expect(page.locator('[data-testid="import-preview"]')).toContainText('Омарова');
  await expect(problem(page, 3)).toHaveAttribute('data-code', 'register.bad-date');
  await expect(problem(page, 3)).toHaveAttribute('data-column', 'arrest_date');
  await expect(problem(page, 4)).toHaveAttribute('data-code', 'register.required-empty');
  await expect(problem(page, 4)).toHaveAttribute('data-column', 'surname');
  await expect(problem(page, 5)).toHaveAttribute('data-code', 'register.duplicate-id');
  expect(await listedProblems(page)).toEqual(['3 register.bad-date', '4 register.required-empty', '5 register.duplicate-id']);
  const count = page.locator('[data-testid="import-count"]');
  await expect(count).toHaveAttribute('data-count', '5');
  await expect(count).toContainText('5');

  await problem(page, 3).locator('[data-testid="import-fix-value"]').fill('1937-02-28');
  await problem(page, 3).locator('[data-testid="import-fix"]').click();
  await expect(problem(page, 3)).toHaveCount(0);
  await expect(count).toHaveAttribute('data-count', '5');
  await problem(page, 5).locator('[data-testid="import-skip"]').click();
  await expect(problem(page, 5).locator('[data-testid="import-skip"]')).toHaveAttribute('aria-pressed', 'true');
  await expect(count).toHaveAttribute('data-count', '4');
  await expect(count).toContainText('4');

  await page.locator('[data-testid="import-confirm"]').click();
  await expect(page.locator('[data-testid="import-written"]')).toHaveAttribute('data-rows', '4', { timeout: 60_000 });
  const written = readFileSync(path.join(CONTENT_DIR, 'names/demo-spisok-1251.csv'), 'utf8');
  const lines = written.trimEnd().split('\n');
  expect(lines).toHaveLength(5);
  expect(lines[0]).toBe('id,surname,given_name,patronymic,birth_year,arrest_date,Примечание');
  expect(lines[1]).toBe('DEMO-I1,Ахметов,Серик,Касымович,1901,1937-11-05,демо');
  expect(lines[2]).toBe('DEMO-I2,Омарова,Айгуль,Сабитовна,1905,1937-02-28,демо');
  expect(lines[4]).toBe(`DEMO-I4,Сидоров,Олег,Маратович,1902,1937,'=СУММ(A1:A2)`);
  expect(lines[3]).toBe('DEMO-I3,,Иван,Петрович,1899,1938,демо');
  expect(written).not.toContain('Пётр');

  // feed validate reads it back beside the demo's two files: the one problem left is the empty surname, at its line there.
  const validated = spawnSync(process.execPath, ['--import', 'tsx', 'src/curator/cli.ts', 'validate', CONTENT_DIR], {
    cwd: PROJECT_ROOT,
    encoding: 'utf8',
  });
  expect(validated.status).toBe(1);
  expect(validated.stdout).toMatch(/ from 3 register files, .*; 1 error, 0 warnings \(1 register row left out\)/);
  const located = validated.stderr.split('\n').filter((line) => line.startsWith('names/'));
  expect(located.map((line) => line.slice(0, line.indexOf(': ')))).toEqual(['names/demo-spisok-1251.csv:4']);
});

test('an .xlsx: a merged heading, an empty row, a formula’s saved value, an error row; values written, never formulas', async ({
  page,
}) => {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Демо тізім');
  sheet.addRow(['№', 'ФИО', null, null, 'Год рождения', 'Дата ареста']);
  sheet.mergeCells('B1:D1');
  sheet.addRow([null, 'Фамилия', 'Имя', 'Отчество', null, null]);
  sheet.addRow([
    'DEMO-X1',
    'Тұрсынов',
    'Асқар',
    null,
    1901,
    { formula: 'DATE(1937,11,5)', result: new Date(Date.UTC(1937, 10, 5)) },
  ]);
  sheet.addRow([]);
  sheet.addRow(['DEMO-X2', { formula: 'PROPER("жұмабаев")', result: 'Жұмабаев' }, 'Нұрлан', null, '19О5', { error: '#N/A' }]);
  sheet.addRow(['DEMO-X3', 'Сәрсенова', 'Гүлнар', null, 1910, '1938']);
  const buffer = Buffer.from(await workbook.xlsx.writeBuffer());

  await chooseFile(page, 'demo-tizim.xlsx', buffer);
  await expect(page.locator('[data-testid="import-preview"]')).toContainText('Тұрсынов');
  // What reading found comes before the row's checks.
  expect(await listedProblems(page)).toEqual(['5 import.cell-error', '5 register.bad-year']);
  await expect(problem(page, 5).and(page.locator('[data-code="register.bad-year"]'))).toHaveAttribute(
    'data-column',
    'birth_year',
  );
  await expect(page.locator('[data-testid="import-count"]')).toHaveAttribute('data-count', '3');

  await page.locator('[data-testid="import-confirm"]').click();
  await expect(page.locator('[data-testid="import-written"]')).toHaveAttribute('data-rows', '3', { timeout: 60_000 });
  const written = readFileSync(path.join(CONTENT_DIR, 'names/demo-tizim.csv'), 'utf8');
  expect(written.trimEnd().split('\n')).toEqual([
    'id,surname,given_name,patronymic,birth_year,arrest_date',
    'DEMO-X1,Тұрсынов,Асқар,,1901,1937-11-05',
    'DEMO-X2,Жұмабаев,Нұрлан,,19О5,',
    'DEMO-X3,Сәрсенова,Гүлнар,,1910,1938',
  ]);
  expect(written).not.toMatch(/DATE\(|PROPER\(|#N\/A/);
});

test('the problem list downloads as CSV with every problem', async ({ page }) => {
  // Other ids than the first test's, which its register file now holds.
  const text = CSV_TEXT.replaceAll('DEMO-I', 'DEMO-E');
  await chooseFile(page, 'demo-export-1251.csv', iconv.encode(text, 'windows-1251'));
  await expect(problem(page, 5)).toBeVisible();
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-testid="import-export"]').click()]);
  const csv = readFileSync(await download.path(), 'utf8').replace(/^\uFEFF/, '');
  const rows = csv.trimEnd().split(/\r?\n/);
  expect(rows[0]).toBe('file,row,column,code,severity,message,value');
  expect(rows.slice(1).map((row) => row.split(',').slice(0, 5).join(','))).toEqual([
    'demo-export-1251.csv,3,arrest_date,register.bad-date,error',
    'demo-export-1251.csv,4,surname,register.required-empty,error',
    'demo-export-1251.csv,5,id,register.duplicate-id,error',
  ]);
});
