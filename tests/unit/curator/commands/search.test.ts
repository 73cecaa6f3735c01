// `feed search` run as a process, as a curator checks a list of names against a register.

import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, run } from '../run-cli.ts';

const MINIMAL = path.join(ROOT, 'tests/fixtures/content/minimal');
const MEDIA = path.join(ROOT, 'media');

interface JsonAnswer {
  query: string;
  results: { id: string; score: number }[];
  tookMs: number;
}

let tmp: string;
beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'eske-search-'));
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

/** The ids of each query's answer, as the text answer lists them (`  1. 0.97  KZ-000001  …`). */
function textIds(stdout: string): string[][] {
  const answers: string[][] = [];
  for (const line of stdout.split('\n')) {
    if (line.startsWith('"')) answers.push([]);
    const hit = /^\s*\d+\. \d\.\d\d {2}(\S+) {2}/.exec(line);
    if (hit) answers.at(-1)!.push(hit[1]!);
  }
  return answers;
}

function jsonAnswers(stdout: string): JsonAnswer[] {
  return stdout
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as JsonAnswer);
}

async function sameIdsInTextAndJson(source: string, queries: string[]): Promise<void> {
  const stdin = `${queries.join('\n')}\n`;
  const [text, json] = await Promise.all([
    run(['search', source, '--stdin', '--limit', '5'], ROOT, stdin),
    run(['search', source, '--stdin', '--limit', '5', '--json'], ROOT, stdin),
  ]);
  expect(text.code).toBe(0);
  expect(json.code).toBe(0);
  const fromJson = jsonAnswers(json.stdout).map((answer) => answer.results.map((result) => result.id));
  expect(fromJson.flat().length).toBeGreaterThan(0);
  expect(textIds(text.stdout)).toEqual(fromJson);
}

// Each case starts one or two Node processes; allow for a busy machine.
describe('feed search', { timeout: 20_000 }, () => {
  it('answers --stdin --json with one JSON line per query, in order, with the documented keys', async () => {
    const result = await run(
      ['search', MINIMAL, '--stdin', '--json', '--limit', '2'],
      ROOT,
      'Baitursynov Akhmet\nСейфуллин Сакен\n\nзззз\n',
    );
    expect(result.code).toBe(0);
    const lines = jsonAnswers(result.stdout);
    expect(lines.map((line) => line.query)).toEqual(['Baitursynov Akhmet', 'Сейфуллин Сакен', '', 'зззз']);
    expect(lines[0]!.results[0]!.id).toBe('KZ-000001');
    expect(lines[1]!.results[0]!.id).toBe('KZ-000003');
    expect(lines[2]!.results).toEqual([]);
    expect(lines[3]!.results).toEqual([]);
    for (const line of lines) {
      expect(Object.keys(line).sort()).toEqual(['query', 'results', 'tookMs']);
      expect(Number.isFinite(line.tookMs)).toBe(true);
      for (const hit of line.results) expect(Object.keys(hit).sort()).toEqual(['id', 'score']);
    }
  });

  it('names the same ids as --json, in the same order, on the demo register', async () => {
    await sameIdsInTextAndJson(MEDIA, ['Байтурсынов Ахмет', 'Seifullin Saken', 'Букейханов', 'Иванов']);
  });

  it('names the same ids as --json on a register whose order differs from the index order', async () => {
    // The index numbers records by surname (Абаев, Байтұрсынұлы, Ким): Ким, the file's second
    // row, is the index's record 2, and the file's row 2 (from 0) is Байтұрсынұлы.
    const csv = path.join(tmp, 'three.csv');
    await writeFile(csv, 'id,surname,given_name\nKZ-1,Абаев,Ерлан\nKZ-2,Ким,Николай\nKZ-3,Байтұрсынұлы,Әсет\n');
    await sameIdsInTextAndJson(csv, ['kim nikolai', 'Абаев', 'Байтурсынов Асет']);
    const text = await run(['search', csv, 'kim nikolai']);
    expect(text.stdout).toContain('KZ-2  Ким Николай');
    expect(text.stdout).not.toContain('Байтұрсынұлы');
  });

  it('searches one register CSV given as the source', async () => {
    const result = await run(['search', path.join(MINIMAL, 'names/register.csv'), 'Сейфуллин']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('KZ-000003');
  });

  it('refuses a query together with --stdin', async () => {
    const result = await run(['search', MINIMAL, 'Сейфуллин', '--stdin']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('either a QUERY or --stdin');
  });

  it('refuses neither a QUERY nor --stdin with a usage error, instead of reading standard input', async () => {
    const result = await run(['search', MINIMAL], ROOT, 'Сейфуллин\n');
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('(see: npm run feed -- search --help)');
  });

  it('says what a source that is no register is', async () => {
    const result = await run(['search', path.join(ROOT, 'docs'), 'x']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('neither a register CSV');
  });
});
