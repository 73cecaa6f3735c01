// A row as the source file gives it, before any mapping: the CSV reader and the XLSX reader both
// yield these, and the staged copy of a source holds them, so everything after reading is the
// same for both kinds of file.

import type { ImportCode } from './import-problem.ts';

export interface SourceIssue {
  code: ImportCode;
  reason: string;
  /** The source column (from 0) the issue is in; null for the row as a whole. */
  column: number | null;
}

export interface SourceRow {
  /** Where the row starts: its line in a CSV file, its row number in a sheet. */
  line: number;
  cells: string[];
  /** What reading found: bytes the encoding cannot read, a formula without a value, a broken quote. */
  issues?: SourceIssue[];
}

/** A row whose cells are all empty: a spreadsheet's blank row, or ";;;;" in a CSV. */
export function isBlankRow(row: SourceRow): boolean {
  return row.cells.every((cell) => cell.trim() === '') && !row.issues?.length;
}
