// What the import says about a row: the register's own problem codes (the same checks as
// `feed validate`) and the import's, each with the source file, row and column, so a curator can
// find it in the spreadsheet they have open. Also the problem table as CSV, for the curator to
// filter in a spreadsheet: its cells are escaped like the register's, so it never runs a formula.

import { escapeFormula } from '../content/csv-formula.ts';
import type { ProblemCode, Severity } from '../report.ts';
import { csvRow } from '../../synthetic-register/write-register-csv.ts';

export type ImportCode =
  | ProblemCode
  | 'import.bad-bytes' // bytes the file's encoding cannot read, shown as �: another encoding, or a file joined from two
  | 'import.lost-letters' // "?" inside a Cyrillic word: a code page without Kazakh letters replaced them when it was saved
  | 'import.formula-no-value' // a formula the spreadsheet never calculated: there is no value to take
  | 'import.cell-error' // a cell showing #N/A, #REF! or another spreadsheet error
  | 'import.cells-past-header' // values in columns the header gives no name: they are not imported
  | 'import.extra-is-column'; // the mapping keeps a column under a name the register reads as one of its own

export interface ImportProblem {
  /** The source file as the curator named it. */
  file: string;
  /** The row in the source: its CSV line or sheet row. */
  line: number;
  /** The register column the problem is in, or the source column's name for one that is not mapped; null for the row. */
  column: string | null;
  code: ImportCode;
  severity: Severity;
  /** In English, as `feed validate` words it; the studio words it by code in each language. */
  message: string;
  /** The cell as it would be written, for the fix in place. */
  value?: string;
}

const PROBLEM_COLUMNS = ['file', 'row', 'column', 'code', 'severity', 'message', 'value'] as const;

/** The problems as a CSV file (UTF-8 with a BOM, which Excel needs to read it as UTF-8). */
export function problemsCsv(problems: Iterable<ImportProblem>): string {
  let text = '\uFEFF' + csvRow([...PROBLEM_COLUMNS]);
  for (const problem of problems) {
    const cells = [problem.file, String(problem.line), problem.column ?? '', problem.code, problem.severity, problem.message];
    text += csvRow([...cells, problem.value ?? ''].map(escapeFormula));
  }
  return text;
}
