// Copies of the minimal content folder with edits, and a read of one as problem lines, for the
// tests of readContentFolder and of what the build makes of it.

import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { readContentFolder } from '../../../../src/curator/content/read-content-folder.ts';
import type { RegisterRecord } from '../../../../src/curator/content/register-columns.ts';
import { Report } from '../../../../src/curator/report.ts';

export const MINIMAL = path.resolve('tests/fixtures/content/minimal');

/** File → new text, or a function of the old text, or null to delete it. */
export type Edits = Record<string, string | ((text: string) => string) | null>;

const copies: string[] = [];

/** A copy of the minimal folder with `edits` applied; new files get their folders. */
export async function editedCopy(edits: Edits, base = MINIMAL): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'eske-content-'));
  copies.push(dir);
  await cp(base, dir, { recursive: true });
  for (const [file, edit] of Object.entries(edits)) {
    const target = path.join(dir, file);
    if (edit === null) await rm(target);
    else {
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(target, typeof edit === 'string' ? edit : edit(await readFile(target, 'utf8')));
    }
  }
  return dir;
}

/** For afterAll. */
export async function removeCopies(): Promise<void> {
  await Promise.all(copies.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
}

export async function read(dir: string) {
  const report = new Report();
  const records: RegisterRecord[] = [];
  const content = await readContentFolder(dir, report, { onNameRecord: (record) => records.push(record) });
  const problems = report.problems.map(
    (problem) => `${problem.file}:${problem.line ?? '-'}: ${problem.severity}: ${problem.code}`,
  );
  return { content, report, problems, records };
}
