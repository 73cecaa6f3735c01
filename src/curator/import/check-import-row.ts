// One source row as the register row it becomes (mapped, with the curator's fixes) and every
// problem with it: what reading the source found, values past the header's columns, and the
// register's own checks (check-register-row.ts, the same as `feed validate`), each placed at the
// source row and named by the register column, so the curator can find and fix it.

import { checkRegisterRow } from '../content/check-register-row.ts';
import type { ContentFile } from '../content/list-content-files.ts';
import type { RegisterHeader } from '../content/register-columns.ts';
import type { Issue } from '../report.ts';
import { mapRow, type MappedRow, type OutputPlan } from './column-mapping.ts';
import type { SourceColumn } from './find-header.ts';
import type { ImportIds } from './import-ids.ts';
import type { ImportProblem } from './import-problem.ts';
import type { Conversion } from './normalize-cell.ts';
import type { SourceRow } from './source-row.ts';

/** A fix in place: register column (as in the written header) → the value the curator typed. */
export type RowFix = Readonly<Record<string, string>>;

export interface RowContext {
  /** The source file as the curator named it. */
  fileName: string;
  columns: readonly SourceColumn[];
  plan: OutputPlan;
  registerHeader: RegisterHeader;
  /** Everything under files/, for the images column. */
  files: ReadonlyMap<string, ContentFile>;
  ids: ImportIds;
}

export interface CheckedRow {
  cells: string[];
  problems: ImportProblem[];
  hasError: boolean;
  conversions: Conversion[];
}

/** The register row a source row becomes: mapped, then the curator's fixes put in. */
export function outputCells(context: Pick<RowContext, 'plan'>, row: SourceRow, fix: RowFix | undefined): MappedRow {
  const mapped = mapRow(context.plan, row.cells);
  for (const [column, value] of Object.entries(fix ?? {})) {
    const index = context.plan.header.indexOf(column);
    if (index !== -1) mapped.cells[index] = value.trim();
  }
  return mapped;
}

export function checkImportRow(context: RowContext, row: SourceRow, fix: RowFix | undefined): CheckedRow {
  const { cells, conversions } = outputCells(context, row, fix);
  const problems: ImportProblem[] = [];
  const add = (
    issue: Issue | { code: ImportProblem['code']; reason: string },
    severity: ImportProblem['severity'],
    column: string | null,
  ) => {
    const index = column === null ? -1 : context.plan.header.indexOf(column);
    problems.push({
      file: context.fileName,
      line: row.line,
      column,
      code: issue.code,
      severity,
      message: issue.reason,
      ...(index !== -1 && { value: cells[index] }),
    });
  };
  for (const issue of row.issues ?? []) {
    // Fixed by the curator: what reading found no longer holds.
    const column = issue.column === null ? null : columnName(context, issue.column);
    if (column !== null && fix?.[column] !== undefined) continue;
    const severity = issue.code.startsWith('register.') ? 'error' : 'warning';
    add({ code: issue.code, reason: column === null ? issue.reason : `${column}: ${issue.reason}` }, severity, column);
  }
  const past = row.cells.slice(context.columns.length).filter((cell) => cell.trim() !== '');
  if (past.length > 0) {
    const reason = `${past.length} value${past.length > 1 ? 's' : ''} in columns the header does not name, not imported: ${past.map((cell) => `"${cell}"`).join(', ')}`;
    add({ code: 'import.cells-past-header', reason }, 'warning', null);
  }
  const check = checkRegisterRow(context.registerHeader, cells, row.line, context.files, context.ids, context.fileName);
  for (const warning of check.warnings) add(warning, 'warning', columnOf(warning));
  const issues = 'issues' in check ? check.issues : [];
  for (const issue of issues) add(issue, 'error', columnOf(issue));
  return { cells, problems, hasError: issues.length > 0, conversions };
}

/** A source column as the problem table names it: its register column, else its own label. */
function columnName(context: RowContext, index: number): string {
  const planned = context.plan.sources.findIndex((source) => 'from' in source && source.from === index);
  if (planned !== -1) return context.plan.header[planned]!;
  const column = context.columns[index];
  return column?.label || `column ${column?.letter ?? index + 1}`;
}

function columnOf(issue: Issue): string | null {
  const column = issue.details?.column;
  return typeof column === 'string' ? column : null;
}
