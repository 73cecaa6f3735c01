// `feed search` run as a process, as a curator checks a list of names against a register.

import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { ROOT, run } from './run-cli.ts';

const MINIMAL = path.join(ROOT, 'tests/fixtures/content/minimal');

describe('feed search', () => {
  it('answers --stdin --json with one JSON line per query, in order', async () => {
    const result = await run(
      ['search', MINIMAL, '--stdin', '--json', '--limit', '2'],
      ROOT,
      'Baitursynov Akhmet\nСейфуллин Сакен\n\nзззз\n',
    );
    expect(result.code).toBe(0);
    const lines = result.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { query: string; results: { id: string; score: number }[]; tookMs: number });
    expect(lines.map((line) => line.query)).toEqual(['Baitursynov Akhmet', 'Сейфуллин Сакен', '', 'зззз']);
    expect(lines[0]!.results[0]!.id).toBe('KZ-000001');
    expect(lines[1]!.results[0]!.id).toBe('KZ-000003');
    expect(lines[2]!.results).toEqual([]);
    expect(lines[3]!.results).toEqual([]);
    for (const line of lines) expect(line.tookMs).toBeGreaterThanOrEqual(0);
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

  it('says what a source that is no register is', async () => {
    const result = await run(['search', path.join(ROOT, 'docs'), 'x']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('neither a register CSV');
  });
});
