// Streams one names/*.csv file (docs/content-folder.md): RFC 4180 through csv-parse, with the
// starting line of every row, so a register of millions of rows is never one string in memory.
// Bad rows are reported and left out; the file goes on. After a broken quote, the file is read
// again from the line after it, so rows the quote swallowed are not lost. Each published record
// goes to `onRecord`.

import { parse, type CsvError } from 'csv-parse';
import { createReadStream } from 'node:fs';
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { describeFsError } from '../cli-error.ts';
import type { Issue, Report } from '../report.ts';
import { checkRegisterRow } from './check-register-row.ts';
import { countLineBreaks, normalizeTextStream, NotUtf8Error } from './normalize-text-stream.ts';
import type { FileRef } from './content-refs.ts';
import type { ContentFile } from './list-content-files.ts';
import { mapHeader, type RegisterHeader, type RegisterRecord } from './register-columns.ts';
import type { RegisterIds } from './register-ids.ts';

/** How often a long read reports progress. */
export const PROGRESS_EVERY_ROWS = 100_000;
/** Far above any real row; an unclosed quote then fails here instead of swallowing the file. */
const MAX_ROW_CHARS = 1_000_000;

export interface RegisterReadOptions {
  /** Relative to the content folder, for messages. */
  file: string;
  absolutePath: string;
  report: Report;
  /** Shared by all register files, so a duplicate id across files is caught. */
  ids: RegisterIds;
  /** Everything under files/: a row's images must be there. Null when only names are needed (`feed search`): images are not checked. */
  files: ReadonlyMap<string, ContentFile> | null;
  onRecord?: (record: RegisterRecord) => void;
  onProgress?: (file: string, rows: number) => void;
}

export interface RegisterFileStats {
  /** Data rows, not counting the header and blank rows. */
  rows: number;
  published: number;
  /** The images of published records, at their rows, for the checks of files/ (check-references.ts). */
  images: FileRef[];
  /** Image paths of rows left out or restricted: in use, never published. */
  unpublishedImages: string[];
}

/** Each resume re-reads the file from its start; past this many broken rows, fix the file first. */
const MAX_RESUMES = 100;

const CSV_ISSUES: Partial<Record<string, Issue>> = {
  CSV_INVALID_CLOSING_QUOTE: {
    code: 'register.bad-quote',
    reason: 'a quoted cell goes on after its closing quote; inside quotes, write a quote as ""',
  },
  INVALID_OPENING_QUOTE: {
    code: 'register.bad-quote',
    reason: 'a quote " inside a cell that does not start with one; quote the cell and write the quote as ""',
  },
  CSV_QUOTE_NOT_CLOSED: { code: 'register.quote-not-closed', reason: 'a quote " opened in this row is never closed' },
  CSV_MAX_RECORD_SIZE: {
    code: 'register.quote-not-closed',
    reason: `a row longer than ${MAX_ROW_CHARS.toLocaleString('en-US')} characters: probably a quote " that is never closed`,
  },
};

/** Thrown from the row handler to stop a pass: the file is read again from `line`. */
class ResumeAt {
  constructor(readonly line: number) {}
}

export async function readRegisterCsv(options: RegisterReadOptions): Promise<RegisterFileStats> {
  const { file, report, ids } = options;
  const stats: RegisterFileStats = { rows: 0, published: 0, images: [], unpublishedImages: [] };
  let header: RegisterHeader | null = null;
  let headerRead = false;

  const leaveOut = (line: number, issues: Issue[], id: string | undefined) => {
    report.skippedRow(file, line, issues);
    if (id !== undefined) ids.leaveOut(id);
  };

  // Rows are handled synchronously as the parser finds them (on_record), so a syntax error
  // further down cannot swallow rows already parsed from the same chunk.
  const onRow = (rawCells: string[], line: number): void => {
    if (!headerRead) {
      headerRead = true;
      const mapped = mapHeader(rawCells);
      if ('issues' in mapped) {
        ids.markUnfinished(file);
        return report.add(file, line, 'error', mapped.issues);
      }
      report.add(file, line, 'warning', mapped.warnings);
      header = mapped.header;
      return;
    }
    // A spreadsheet's trailing rows of empty cells (",,,,") count as blank lines.
    if (!header || rawCells.every((cell) => cell.trim() === '')) return;
    if (++stats.rows % PROGRESS_EVERY_ROWS === 0) options.onProgress?.(file, stats.rows);

    const check = checkRegisterRow(header, rawCells, line, options.files, ids, file);
    report.add(file, line, 'warning', check.warnings);
    if ('issues' in check) {
      stats.unpublishedImages.push(...check.imageFiles);
      leaveOut(check.line, check.issues, check.id);
      if (check.resumeAt !== null) throw new ResumeAt(check.resumeAt);
      return;
    }
    stats.published++;
    // docs/design.md §3: a restricted record carries no images; their files stay with the curator.
    if (check.record.images) {
      for (const [index, path] of check.record.images.entries())
        stats.images.push({ line, label: `images[${index}]`, path, kind: 'image' });
    } else stats.unpublishedImages.push(...check.imageFiles);
    options.onRecord?.(check.record);
  };

  /** Reads the file from `firstLine` on; returns the line to read again from, or null when done. */
  const readFrom = async (firstLine: number): Promise<number | null> => {
    const linesBefore = firstLine - 1;
    // Where the last row ended, and how many blank lines the parser had skipped by then: a row
    // the parser gives up on starts at the first line after that which is not blank.
    let lastEndLine = linesBefore;
    let blankLinesThen = 0;
    const parser = parse({
      skip_empty_lines: true,
      relax_column_count: true,
      max_record_size: MAX_ROW_CHARS,
      on_record: (cells: string[], context) => {
        const endLine = linesBefore + context.lines;
        lastEndLine = endLine;
        blankLinesThen = context.empty_lines;
        // The parser counts lines up to the row's end; a row with line breaks in quoted cells starts earlier.
        onRow(cells, endLine - cells.reduce((sum, cell) => sum + countLineBreaks(cell), 0));
        return null; // handled: nothing piles up in the stream
      },
    });
    try {
      // Every row was handled in on_record; the last step only keeps the stream flowing.
      const drain = new Writable({ objectMode: true, write: (_row, _encoding, done) => done() });
      await pipeline(createReadStream(options.absolutePath), normalizeTextStream(firstLine), parser, drain);
      return null;
    } catch (error) {
      if (error instanceof ResumeAt) return error.line;
      if (!isCsvError(error)) throw error;
      const rowLine = lastEndLine + 1 + (Number(error.empty_lines) - blankLinesThen);
      const shownLine = linesBefore + Number(error.lines);
      const issue = CSV_ISSUES[error.code] ?? { code: 'register.csv-syntax', reason: error.message };
      if (!headerRead) {
        ids.markUnfinished(file);
        report.error(file, rowLine, issue.code, `header row: ${issue.reason}; the file is skipped`);
        return null;
      }
      stats.rows++;
      const shows = shownLine > rowLine ? ` (it shows on line ${shownLine})` : '';
      const reason = `${issue.reason}${shows}; the row is left out and the lines after it are read as rows`;
      leaveOut(rowLine, [{ ...issue, reason }], undefined);
      return rowLine + 1;
    }
  };

  try {
    let resumes = 0;
    for (let line: number | null = 1; line !== null; resumes++) {
      if (resumes > MAX_RESUMES) {
        ids.markUnfinished(file);
        const reason = `more than ${MAX_RESUMES} broken rows: lines ${line} to the end are not read; fix the rows above first`;
        report.error(file, line, 'register.unread-rest', reason);
        break;
      }
      line = await readFrom(line);
    }
  } catch (error) {
    ids.markUnfinished(file);
    if (error instanceof NotUtf8Error) report.error(file, error.line, 'register.not-utf8', error.message);
    else if (error && typeof error === 'object' && 'syscall' in error) {
      report.error(file, null, 'register.unreadable', `cannot read: ${describeFsError(error)}`);
    } else throw error;
    return stats;
  }
  if (!headerRead) report.warning(file, null, 'register.no-header', 'empty file: no header row, no names');
  else if (header && stats.rows === 0) report.warning(file, null, 'register.empty', 'a header row and no names');
  return stats;
}

function isCsvError(error: unknown): error is CsvError {
  return (
    error instanceof Error &&
    typeof (error as { code?: unknown }).code === 'string' &&
    /^(CSV_|INVALID_)/.test((error as CsvError).code)
  );
}
