// Turns one register row into the record the feed carries (its images still as paths, each
// checked to be an image under files/), or into the reasons it cannot be published. Restricted
// rows are cut down here, at the earliest point, so their hidden fields and images exist nowhere
// in the build (docs/design.md §3). Also spots a cell that swallowed rows.

import { isLanguage } from '../../feed/languages.ts';
import { plural, type Issue, type ProblemCode } from '../report.ts';
import type { ContentFile } from './list-content-files.ts';
import { countLineBreaks } from './normalize-text-stream.ts';
import { isPartialDate, PARTIAL_DATE_HINT } from './partial-date.ts';
import {
  cellLabel,
  cellLimits,
  REGISTER_COLUMNS,
  removeInvisible,
  type RegisterColumn,
  type RegisterHeader,
  type RegisterRecord,
} from './register-columns.ts';
import { fileRefProblem } from './check-references.ts';
import { unescapeFormula } from './csv-formula.ts';

/** `imageFiles`: the row's image paths, whether published or not, so none is called unused. */
export type RowResult =
  { record: RegisterRecord; imageFiles: string[] } | { issues: Issue[]; id: string | undefined; imageFiles: string[] };

type CellValue = string | string[] | number | boolean;

const YEAR = /^\d{4}$/;
const FLAG_VALUES: Record<string, boolean> = { yes: true, no: false };

/** A cell its column cannot read, with the column and value in the details for tools (the import's problem table). */
function badCell(column: RegisterColumn, value: string, code: ProblemCode, what: string): Issue {
  return { code, reason: `${column.column} "${value}" ${what}`, details: { column: column.column, value } };
}

/** A cell's text as the register means it: trimmed, and without the apostrophe that keeps a formula from running. */
function cellText(cell: string | undefined): string {
  return unescapeFormula((cell ?? '').trim());
}

function readCell(column: RegisterColumn, value: string, files: ReadonlyMap<string, ContentFile> | null): CellValue | Issue {
  switch (column.kind) {
    case 'files': {
      const paths = value
        .split('|')
        .map((part) => part.trim())
        .filter((part) => part !== '');
      // docs/content-folder.md: a record's missing image is the row's problem, so the row is left out.
      for (const path of files ? paths : []) {
        const problem = fileRefProblem(files!, path, 'image');
        if (problem)
          return {
            code: 'register.bad-image',
            reason: `${column.column}: ${problem.reason}`,
            details: { column: column.column, path },
          };
      }
      return paths;
    }
    case 'language':
      return isLanguage(value) ? value : badCell(column, value, 'register.bad-language', 'must be kk, ru or en');
    case 'text':
      return value;
    case 'list':
      return value
        .split(';')
        .map((part) => part.trim())
        .filter((part) => part !== '');
    case 'year':
      return YEAR.test(value) ? Number(value) : badCell(column, value, 'register.bad-year', 'is not a year');
    case 'date':
      return isPartialDate(value) ? value : badCell(column, value, 'register.bad-date', `is not a date (${PARTIAL_DATE_HINT})`);
    case 'flag':
      // An unclear privacy flag must not publish the row: it is reported and the row left out.
      return FLAG_VALUES[value.toLowerCase()] ?? badCell(column, value, 'register.bad-flag', 'must be yes, no or empty');
  }
}

/** Builds the record in table order, so equal rows always give equal JSON bytes. */
function buildRecord(values: Map<RegisterColumn, CellValue>, extra: Record<string, string>): RegisterRecord {
  const record: Record<string, unknown> = {};
  const restricted = values.get(REGISTER_COLUMNS.find((column) => column.kind === 'flag')!) === true;
  for (const column of REGISTER_COLUMNS) {
    const value = values.get(column);
    if (value === undefined || column.kind === 'flag') continue;
    if (!restricted || column.whenRestricted === 'keep') record[column.key] = value;
    // docs/design.md §3: a restricted record shows the year of death, never the full date.
    else if (column.whenRestricted === 'year') record[column.key] = String(value).slice(0, 4);
  }
  if (restricted) record.restricted = true;
  else if (Object.keys(extra).length > 0) record.extra = extra;
  return record as RegisterRecord;
}

/** The row's image paths as written, before they are checked. */
function imageFilesOf(header: RegisterHeader, cells: readonly string[]): string[] {
  const index = header.cells.findIndex((cell) => 'known' in cell && cell.known.kind === 'files');
  return (cells[index] ?? '')
    .split('|')
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

/** `files` is everything under files/, which a row's images must be among; null to leave them unchecked. */
export function parseRegisterRow(
  header: RegisterHeader,
  cells: readonly string[],
  files: ReadonlyMap<string, ContentFile> | null,
): RowResult {
  const id = cellText(cells[header.idIndex]) || undefined;
  const imageFiles = imageFilesOf(header, cells);
  if (cells.length !== header.cells.length) {
    const reason = `row has ${cells.length} cells, the header has ${header.cells.length}`;
    return { issues: [{ code: 'register.cell-count', reason }], id, imageFiles };
  }

  const issues: Issue[] = [];
  const values = new Map<RegisterColumn, CellValue>();
  const extra: Record<string, string> = {};
  header.cells.forEach((cell, index) => {
    const value = cellText(cells[index]);
    if ('ignored' in cell) return;
    if ('extra' in cell) {
      if (value !== '') extra[cell.extra] = value;
      return;
    }
    if (value === '') {
      if (cell.known.required) {
        issues.push({
          code: 'register.required-empty',
          reason: `${cell.known.column} is empty`,
          details: { column: cell.known.column },
        });
      }
      return;
    }
    const read = readCell(cell.known, value, files);
    if (typeof read === 'object' && !Array.isArray(read)) issues.push(read);
    else if (!Array.isArray(read) || read.length > 0) values.set(cell.known, read);
  });
  return issues.length > 0 ? { issues, id, imageFiles } : { record: buildRecord(values, extra), imageFiles };
}

/** A row with a cell bigger than any real one; `resumeAt` is set when the cell took in rows below. */
export interface OversizedCell {
  /** Where the cell starts: the line its quote opened on. */
  line: number;
  issue: Issue;
  resumeAt: number | null;
}

/** Whether a line inside a cell (not its last, which the closing quote cut) has a whole row's commas. */
function holdsWholeRow(cell: string, cellsPerRow: number): boolean {
  return cell
    .split('\n')
    .slice(1, -1)
    .some((line) => line.split(',').length >= cellsPerRow);
}

/**
 * The first cell of a row (starting on `rowLine`) that holds more than its column allows, or a
 * line that reads as a whole row. A stray quote makes the parser read everything up to the next
 * quote as one cell: with a comma after a line break, the cell took in rows, and they are to be
 * read again from the line after the quote.
 */
export function findOversizedCell(header: RegisterHeader, cells: readonly string[], rowLine: number): OversizedCell | null {
  let line = rowLine;
  for (const [index, cell] of cells.entries()) {
    const headerCell = header.cells[index];
    const limits = cellLimits(headerCell && 'known' in headerCell ? headerCell.known : null);
    const lineBreaks = countLineBreaks(cell);
    const withinLimits = cell.length <= limits.maxChars && lineBreaks <= limits.maxLineBreaks;
    if (withinLimits && (lineBreaks < 2 || !holdsWholeRow(cell, header.cells.length))) {
      line += lineBreaks;
      continue;
    }
    const label = cellLabel(headerCell, index);
    const closedLine = line + lineBreaks;
    if (lineBreaks > 0 && cell.includes(',', cell.indexOf('\n'))) {
      const reason =
        `${label}: a quote " opened on line ${line} closes only on line ${closedLine}, so ${plural(lineBreaks, 'line')} below ` +
        `were read as part of this cell; the row is left out and lines ${line + 1} to ${closedLine} are read again as rows`;
      const details = { column: label, openedLine: line, closedLine };
      return { line, issue: { code: 'register.runaway-quote', reason, details }, resumeAt: line + 1 };
    }
    if (lineBreaks > limits.maxLineBreaks && limits.maxLineBreaks === 0) {
      const reason = `${label} holds a line break (up to line ${closedLine}), but a ${limits.noun} cannot; the row is left out`;
      return { line, issue: { code: 'register.line-break', reason, details: { column: label } }, resumeAt: null };
    }
    const size =
      lineBreaks > limits.maxLineBreaks
        ? `runs over ${plural(lineBreaks + 1, 'line')}, more than the ${limits.maxLineBreaks + 1} a ${limits.noun} may have`
        : `is ${plural(cell.length, 'character')} long, more than the ${limits.maxChars.toLocaleString('en-US')} a ${limits.noun} may hold`;
    const reason = `${label} ${size} (a quote " left open?); the row is left out`;
    return { line, issue: { code: 'register.cell-too-long', reason, details: { column: label } }, resumeAt: null };
  }
  return null;
}

/** The row's cells without invisible characters, and a warning for each cell that held some. */
export function removeInvisibleFromRow(header: RegisterHeader, cells: readonly string[]): { cells: string[]; warnings: Issue[] } {
  const warnings: Issue[] = [];
  const visible = cells.map((cell, index) => {
    const { text, warning } = removeInvisible(cell, cellLabel(header.cells[index], index));
    if (warning) warnings.push(warning);
    return text;
  });
  return { cells: visible, warnings };
}
