// The Check of the studio: `feed validate`'s reading of a content folder, every problem at once,
// each problem of a timeline, testimony or place file pointing at the entry and field to fix.

import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { readContentFolder } from '../content/read-content-folder.ts';
import { Report } from '../report.ts';
import { locateField } from './locate-field.ts';
import { ENTRY_KINDS, type CheckProblem, type CheckResult, type EntryKind } from './protocol/studio-protocol.ts';

export async function checkContent(contentDir: string): Promise<CheckResult> {
  const report = new Report();
  await readContentFolder(contentDir, report);
  return checkResultOf(report, contentDir);
}

/** The report's problems for the app, read against the folder they were found in. */
export async function checkResultOf(report: Report, contentDir: string): Promise<CheckResult> {
  const texts = new Map<string, Promise<string | null>>();
  const textOf = (file: string) => {
    if (!texts.has(file))
      texts.set(
        file,
        readFile(path.join(contentDir, file), 'utf8').catch(() => null),
      );
    return texts.get(file)!;
  };
  const problems = await Promise.all(
    report.problems.map(async (problem): Promise<CheckProblem> => {
      const { file, line, code, severity, reason } = problem;
      const [folder, name] = file.split('/');
      const kind = ENTRY_KINDS.find((each) => each === folder) as EntryKind | undefined;
      const shown: CheckProblem = { file, line, code, severity, reason };
      if (kind === undefined || name === undefined || !name.endsWith('.md')) return shown;
      const text = line === null ? null : await textOf(file);
      const field = text === null || line === null ? null : locateField(text, line);
      return { ...shown, entry: { kind, id: name.slice(0, -'.md'.length), ...(field && { field }) } };
    }),
  );
  return { problems, errors: report.errorCount, warnings: report.warningCount };
}
