// What the import screen is shown of a job: its status (what was detected, the mapping with each
// column's first values, the counts, the codes and columns that have problems) and the problem
// table a page at a time, filtered, or whole as CSV for a spreadsheet.

import { COLUMN_TARGETS } from '../../import/column-names.ts';
import { ENCODING_NAMES, IMPORT_ENCODINGS } from '../../import/detect-encoding.ts';
import { SEPARATOR_NAMES, SEPARATORS } from '../../import/detect-separator.ts';
import { HEADER_SEARCH_ROWS, PREVIEW_ROWS } from '../../import/import-limits.ts';
import { isBlankRow } from '../../import/source-row.ts';
import { problemsCsv } from '../../import/import-problem.ts';
import type { ImportJob } from './import-jobs.ts';
import type { ImportStatus, ProblemFilter, ProblemsPage, ProblemView } from './import-protocol.ts';

/** Values shown per column in the mapping, to recognise it by. */
const SAMPLES = 3;

const CHOICES: ImportStatus['choices'] = {
  encodings: IMPORT_ENCODINGS.map((id) => ({ id, name: ENCODING_NAMES[id] })),
  separators: SEPARATORS.map((id) => ({ id, name: SEPARATOR_NAMES[id] })),
  targets: [...COLUMN_TARGETS],
};

export function statusOf(job: ImportJob): ImportStatus {
  const session = job.session;
  const status: ImportStatus = {
    id: job.id,
    fileName: job.fileName,
    state: job.state,
    progress: job.progress,
    failure: job.failure && { code: job.failure.code, message: job.failure.message },
    source: null,
    choices: CHOICES,
    header: null,
    preview: [],
    mappingIssues: [],
    counts: null,
    problemCodes: [],
    problemColumns: [],
    problemsLeftOff: 0,
    target: session?.target ?? '',
    replacedRows: session?.others.replacedRows ?? null,
    written: job.written,
    rememberProblem: session?.rememberProblem ?? null,
  };
  // While a step runs the session is changing under it; the screen shows the progress meanwhile.
  if (!session || job.state === 'working') return status;
  const { staged, header, analysis } = session;
  const detected = (id: string, name: string, evidence: string, certain: boolean) => ({ id, name, evidence, certain });
  status.source = {
    kind: staged.kind,
    bytes: staged.bytes,
    rows: staged.rows,
    encoding:
      staged.encoding &&
      detected(
        staged.encoding.encoding,
        ENCODING_NAMES[staged.encoding.encoding],
        staged.encoding.evidence,
        staged.encoding.certain,
      ),
    separator:
      staged.separator &&
      detected(
        staged.separator.separator,
        SEPARATOR_NAMES[staged.separator.separator],
        staged.separator.evidence,
        staged.separator.certain,
      ),
    sheet: staged.sheet,
  };
  const below = staged.firstRows.filter((row) => row.line > header.lines.at(-1)!);
  status.header = {
    lines: header.lines,
    candidates: staged.firstRows
      .filter((row) => !isBlankRow(row))
      .slice(0, HEADER_SEARCH_ROWS)
      .map((row) => row.line),
    columns: header.columns.map((column, index) => ({
      index,
      letter: column.letter,
      label: column.label,
      target: session.targets[index]!,
      filled: analysis?.filled[index] ?? null,
      samples: below
        .map((row) => row.cells[index]?.trim() ?? '')
        .filter((cell) => cell !== '')
        .slice(0, SAMPLES),
    })),
  };
  status.preview = below.slice(0, PREVIEW_ROWS).map((row) => ({ line: row.line, cells: row.cells }));
  status.mappingIssues = session.plan.issues.map((issue) => ({ code: issue.code, message: issue.reason }));
  if (analysis) {
    status.counts = analysis.counts;
    status.problemsLeftOff = analysis.problemsLeftOff;
    const codes = new Map<string, number>();
    const columns = new Map<string, number>();
    for (const problem of allProblems(job)) {
      codes.set(problem.code, (codes.get(problem.code) ?? 0) + 1);
      if (problem.column !== null) columns.set(problem.column, (columns.get(problem.column) ?? 0) + 1);
    }
    status.problemCodes = [...codes].map(([code, count]) => ({ code, count }));
    status.problemColumns = [...columns].map(([column, count]) => ({ column, count }));
  }
  return status;
}

/** Every problem kept, in file order, each marked skipped or fixable. */
function* allProblems(job: ImportJob): Generator<ProblemView> {
  const session = job.session;
  for (const entry of session?.analysis?.problemRows.values() ?? []) {
    const skipped = session!.skips.has(entry.row.line);
    const fixable = entry.row.cells.length > 0;
    for (const problem of entry.problems) yield { ...problem, skipped, fixable };
  }
}

function* filtered(job: ImportJob, filter: ProblemFilter): Generator<ProblemView> {
  const text = filter.text?.toLowerCase();
  for (const problem of allProblems(job)) {
    if (filter.code && problem.code !== filter.code) continue;
    if (filter.column && problem.column !== filter.column) continue;
    if (filter.severity && problem.severity !== filter.severity) continue;
    if (text && !`${problem.value ?? ''} ${problem.message}`.toLowerCase().includes(text)) continue;
    yield problem;
  }
}

export function problemsPage(job: ImportJob, filter: ProblemFilter, offset: number, limit: number): ProblemsPage {
  const problems: ProblemView[] = [];
  let total = 0;
  for (const problem of filtered(job, filter)) {
    if (total >= offset && problems.length < limit) problems.push(problem);
    total++;
  }
  return { total, offset, problems };
}

/** The filtered problems as CSV, without those of rows the curator skipped: they will not be written. */
export function filteredProblemsCsv(job: ImportJob, filter: ProblemFilter): string {
  return problemsCsv([...filtered(job, filter)].filter((problem) => !problem.skipped));
}
