// The import's routes on a real HTTP server on loopback, driven as the import screen drives them.

import iconv from 'iconv-lite';
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createImportRoutes, type ImportRoutes } from '../../../../../src/curator/studio/import/import-routes.ts';
import type { ImportStatus, ProblemsPage } from '../../../../../src/curator/studio/import/import-protocol.ts';

/** From the range this branch's tests may use. */
const PORT = 4571;
const BASE = `http://127.0.0.1:${PORT}`;
const EXPORT = [
  '№;Фамилия;Имя;Год рождения;Примечание',
  'Р-1;Иванов;Иван;1898;=1+1',
  'Р-2;Петрова;Мария;19З7;',
  'Р-3;Ким;;1900;',
  'Р-4;Ли;Анна;около 1900;',
].join('\r\n');

let dir: string;
let content: string;
let routes: ImportRoutes;
let server: Server;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'eske-import-routes-'));
  content = path.join(dir, 'content');
  await mkdir(path.join(content, 'names'), { recursive: true });
  routes = createImportRoutes(content, { maxUploadBytes: 64 * 1024 });
  server = createServer((req, res) => {
    void routes.handle(req, res, new URL(req.url ?? '/', BASE)).then((handled) => {
      if (!handled) res.writeHead(404).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(PORT, '127.0.0.1', resolve));
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await routes.close();
  await rm(dir, { recursive: true, force: true });
});

async function call<T>(method: string, url: string, body?: unknown): Promise<{ status: number; body: T }> {
  const response = await fetch(`${BASE}${url}`, {
    method,
    ...(body instanceof Uint8Array
      ? { body: new Blob([body as Uint8Array<ArrayBuffer>]) }
      : body === undefined
        ? {}
        : { body: JSON.stringify(body), headers: { 'Content-Type': 'application/json' } }),
  });
  return { status: response.status, body: (await response.json()) as T };
}

/** Polls as the screen does until the job waits for the curator. */
async function settled(id: string): Promise<ImportStatus> {
  for (;;) {
    const { body } = await call<ImportStatus>('GET', `/api/import/${id}`);
    if (body.state !== 'working') return body;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

async function upload(bytes: Uint8Array<ArrayBuffer>, name = 'spisok.csv'): Promise<ImportStatus> {
  const { status, body } = await call<ImportStatus>('POST', `/api/import?name=${encodeURIComponent(name)}`, bytes);
  expect(status).toBe(200);
  return settled(body.id);
}

describe('createImportRoutes', () => {
  it('takes an upload, reads it on the server and shows what it found, with every problem by page and filter', async () => {
    const status = await upload(new Uint8Array(iconv.encode(EXPORT, 'windows-1251')));
    expect(status).toMatchObject({
      state: 'ready',
      fileName: 'spisok.csv',
      source: { kind: 'csv', encoding: { id: 'windows-1251', certain: true }, separator: { id: ';', name: 'semicolon' } },
      target: 'names/spisok.csv',
      counts: { rows: 4, toWrite: 4, withErrors: 3 },
    });
    expect(status.header!.columns.map((column) => [column.label, column.target, column.samples[0]])).toEqual([
      ['№', 'id', 'Р-1'],
      ['Фамилия', 'surname', 'Иванов'],
      ['Имя', 'given_name', 'Иван'],
      ['Год рождения', 'birth_year', '1898'],
      ['Примечание', 'extra', '=1+1'],
    ]);
    expect(status.problemCodes).toEqual([
      { code: 'register.bad-year', count: 2 },
      { code: 'register.required-empty', count: 1 },
    ]);
    const years = await call<ProblemsPage>('GET', `/api/import/${status.id}/problems?code=register.bad-year`);
    expect(years.body.total).toBe(2);
    expect(years.body.problems.map((problem) => [problem.line, problem.value, problem.fixable])).toEqual([
      [3, '19З7', true],
      [5, 'около 1900', true],
    ]);
    const page = await call<ProblemsPage>('GET', `/api/import/${status.id}/problems?offset=1&limit=1`);
    expect(page.body).toMatchObject({ total: 3, offset: 1, problems: [{ line: 4, column: 'given_name' }] });
  });

  it('fixes a row in place, skips another, exports the rest and writes the register on confirm', async () => {
    const { id } = await upload(new Uint8Array(iconv.encode(EXPORT, 'windows-1251')), 'fix.csv');
    const fixed = await call<ImportStatus>('PUT', `/api/import/${id}/rows/3`, { fix: { birth_year: '1907' } });
    expect(fixed.body.counts).toMatchObject({ withErrors: 2 });
    const skipped = await call<ImportStatus>('PUT', `/api/import/${id}/rows/5`, { skip: true });
    expect(skipped.body.counts).toMatchObject({ withErrors: 1, skipped: 1, toWrite: 3 });
    expect((await call('PUT', `/api/import/${id}/rows/2`, { skip: true })).status).toBe(409);

    const exported = await fetch(`${BASE}/api/import/${id}/problems.csv`);
    expect(exported.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    // Skipped rows are not written, so their problems are not exported; the BOM tells Excel it is UTF-8.
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(await exported.arrayBuffer())).toBe(
      '\uFEFFfile,row,column,code,severity,message,value\nfix.csv,4,given_name,register.required-empty,error,given_name is empty,\n',
    );

    await call('POST', `/api/import/${id}/confirm`);
    const done = await settled(id);
    expect(done).toMatchObject({ state: 'written', written: { file: 'names/fix.csv', rows: 3 } });
    expect(await readFile(path.join(content, 'names/fix.csv'), 'utf8')).toBe(
      "id,surname,given_name,birth_year,Примечание\nР-1,Иванов,Иван,1898,'=1+1\nР-2,Петрова,Мария,1907,\nР-3,Ким,,1900,\n",
    );
  });

  it('changes the mapping and the encoding on request, and refuses to confirm a mapping without an id', async () => {
    const { id } = await upload(new Uint8Array(iconv.encode(EXPORT, 'windows-1251')), 'settings.csv');
    await call('PUT', `/api/import/${id}/settings`, { targets: ['extra', 'surname', 'given_name', 'birth_year', 'ignore'] });
    const unmapped = await settled(id);
    expect(unmapped.mappingIssues.map((issue) => issue.code)).toEqual(['register.missing-column']);
    expect(unmapped.counts).toBeNull();
    expect((await call('POST', `/api/import/${id}/confirm`)).body).toMatchObject({ error: { code: 'not-ready' } });
    await call('PUT', `/api/import/${id}/settings`, { encoding: 'koi8-r' });
    const koi = await settled(id);
    expect(koi.source?.encoding).toMatchObject({ id: 'koi8-r', evidence: 'chosen' });
    // Only what the curator chose counts as chosen; the separator is still found by the rows.
    expect(koi.source?.separator).toMatchObject({ id: ';', evidence: 'rows' });
    expect(koi.preview[0]!.cells[1]).not.toBe('Иванов');
  });

  it('answers what the screen cannot recover from with a code it words', async () => {
    expect((await call('GET', '/api/import/no-such-import')).body).toMatchObject({ error: { code: 'not-found' } });
    const big = await call('POST', '/api/import?name=big.csv', new Uint8Array(65 * 1024));
    expect(big).toMatchObject({ status: 413, body: { error: { code: 'too-large' } } });
    const { id } = await upload(new Uint8Array(iconv.encode(EXPORT, 'windows-1251')), 'bad.csv');
    const wrong = await call('PUT', `/api/import/${id}/settings`, { targets: ['first_name'] });
    expect(wrong).toMatchObject({ status: 400, body: { error: { code: 'bad-request' } } });
    const xls = await upload(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), 'old.xls');
    expect(xls).toMatchObject({ state: 'failed', failure: { code: 'unreadable-file' } });
  });
});
