// The pass that tells a curator, before anything is written, what an import would write: every
// row of the spool mapped and checked (check-import-row.ts), counted, and kept with its problems
// when it has any, so the studio can list them and check a row again after a fix. It works a
// chunk of rows at a time and yields between chunks, so 300,000 rows never hold up the server.

import { checkImportRow, type RowContext, type RowFix } from './check-import-row.ts';
import { classifyRow, comparableCells } from './classify-row.ts';
import type { SourceHeader } from './find-header.ts';
import { MAX_PROBLEMS } from './import-limits.ts';
import type { ImportProblem } from './import-problem.ts';
import { CONVERSIONS, type Conversion } from './normalize-cell.ts';
import { readSpool } from './source-spool.ts';
import type { SourceRow } from './source-row.ts';

export interface ImportCounts {
  /** Rows of names below the header, as read: what would be written but for the curator's skips. */
  rows: number;
  /** Not rows of names, never written: rows above the header, blank rows, the header repeated. */
  titleRows: number;
  blank: number;
  repeatedHeaders: number;
  /** Lines a broken quote kept from being read as a row. */
  broken: number;
  skipped: number;
  /** Rows the register file will hold. */
  toWrite: number;
  /** Of those, rows `feed validate` will leave out of the feed until they are fixed. */
  withErrors: number;
  /** Of those, rows with warnings only: published as they are. */
  withWarnings: number;
  /** Cells rewritten by normalizeCell, by kind. */
  conversions: Record<Conversion, number>;
}

/** A row with problems, as the studio lists it and checks it again after a fix. */
export interface ProblemRow {
  row: SourceRow;
  problems: ImportProblem[];
  hasError: boolean;
}

export interface Analysis {
  counts: ImportCounts;
  /** By source line, in file order, up to MAX_PROBLEMS problems in all. */
  problemRows: Map<number, ProblemRow>;
  /** Problems past MAX_PROBLEMS: counted in `counts`, not kept. */
  problemsLeftOff: number;
  /** Per source column, how many rows of names give it a value: a mapping shows it, the writer leaves out empty extras. */
  filled: number[];
}

export interface AnalyzeOptions {
  spoolPath: string;
  header: SourceHeader;
  /** The top header row's cells, to spot it repeated further down. */
  headerRow: SourceRow;
  context: RowContext;
  fixes: ReadonlyMap<number, RowFix>;
  skips: ReadonlySet<number>;
  /** Rows looked at so far, after every chunk. */
  onProgress?: (rows: number) => void;
}

export async function analyzeImport(options: AnalyzeOptions): Promise<Analysis> {
  const counts = emptyCounts();
  const problemRows = new Map<number, ProblemRow>();
  const filled = options.header.columns.map(() => 0);
  const headerCells = comparableCells(options.headerRow.cells);
  let kept = 0;
  let problemsLeftOff = 0;
  let seen = 0;
  for await (const chunk of readSpool(options.spoolPath)) {
    for (const row of chunk) {
      const kind = classifyRow(row, options.header, headerCells);
      if (kind === 'title') counts.titleRows++;
      else if (kind === 'blank') counts.blank++;
      else if (kind === 'repeated-header') counts.repeatedHeaders++;
      else if (kind === 'broken') {
        counts.broken++;
        const problems = row.issues!.map((issue) => brokenRowProblem(options.context.fileName, row, issue.code, issue.reason));
        [kept, problemsLeftOff] = keep(problemRows, { row, problems, hasError: true }, kept, problemsLeftOff);
      } else if (kind === 'data') {
        counts.rows++;
        row.cells.forEach((cell, index) => {
          if (index < filled.length && cell.trim() !== '') filled[index]!++;
        });
        if (options.skips.has(row.line)) {
          counts.skipped++;
          continue;
        }
        const checked = checkImportRow(options.context, row, options.fixes.get(row.line));
        for (const conversion of checked.conversions) counts.conversions[conversion]++;
        tally(counts, checked, +1);
        if (checked.problems.length > 0) {
          [kept, problemsLeftOff] = keep(
            problemRows,
            { row, problems: checked.problems, hasError: checked.hasError },
            kept,
            problemsLeftOff,
          );
        }
      }
    }
    seen += chunk.length;
    options.onProgress?.(seen);
    await new Promise((resolve) => setImmediate(resolve));
  }
  counts.toWrite = counts.rows - counts.skipped;
  return { counts, problemRows, problemsLeftOff, filled };
}

/** Adds (`sign` +1) or takes back (−1) a checked row's part in the counts of rows with problems. */
export function tally(counts: ImportCounts, row: { problems: readonly ImportProblem[]; hasError: boolean }, sign: 1 | -1): void {
  if (row.hasError) counts.withErrors += sign;
  else if (row.problems.length > 0) counts.withWarnings += sign;
}

function keep(rows: Map<number, ProblemRow>, entry: ProblemRow, kept: number, leftOff: number): [number, number] {
  if (kept + entry.problems.length > MAX_PROBLEMS) return [kept, leftOff + entry.problems.length];
  rows.set(entry.row.line, entry);
  return [kept + entry.problems.length, leftOff];
}

function brokenRowProblem(file: string, row: SourceRow, code: ImportProblem['code'], message: string): ImportProblem {
  return { file, line: row.line, column: null, code, severity: 'error', message };
}

export function emptyCounts(): ImportCounts {
  return {
    rows: 0,
    titleRows: 0,
    blank: 0,
    repeatedHeaders: 0,
    broken: 0,
    skipped: 0,
    toWrite: 0,
    withErrors: 0,
    withWarnings: 0,
    conversions: Object.fromEntries(CONVERSIONS.map((conversion) => [conversion, 0])) as Record<Conversion, number>,
  };
}
