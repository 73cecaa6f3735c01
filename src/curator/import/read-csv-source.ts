// Reads a source CSV in the encoding and with the separator it was saved in, row by row, as
// SourceRows, with the line each row starts on. A stray quote in a hand-edited file would make a
// reader take the rows below it into one cell: such a row is given as broken, and the file is
// read again from the line after it, so no other row is lost (as `feed validate` does with
// names/*.csv). Bytes the encoding cannot read are kept as � and named on their row.

import { parse, type CsvError } from 'csv-parse';
import iconv from 'iconv-lite';
import { createReadStream } from 'node:fs';
import { countLineBreaks, normalizeTextStream } from '../content/normalize-text-stream.ts';
import { plural } from '../report.ts';
import { ENCODING_NAMES, type ImportEncoding } from './detect-encoding.ts';
import type { Separator } from './detect-separator.ts';
import { MAX_RESUMES, MAX_ROW_CHARS } from './import-limits.ts';
import type { SourceIssue, SourceRow } from './source-row.ts';

export interface CsvSource {
  path: string;
  encoding: ImportEncoding;
  separator: Separator;
  /** Kept up to date with the bytes read so far, for progress. */
  meter?: { bytes: number };
}

/** What a code page without Kazakh letters writes for one: a "?" between two Cyrillic letters. */
const LOST_LETTER = /[\u0400-\u04ff]\?[\u0400-\u04ff]/;
const EIGHT_BIT_WITHOUT_KAZAKH: readonly ImportEncoding[] = ['windows-1251', 'koi8-r', 'cp866'];

/** Thrown out of a pass to read the file again from `line`. */
class ReadAgainFrom {
  constructor(readonly line: number) {}
}

export async function* readCsvSource(source: CsvSource): AsyncGenerator<SourceRow> {
  let from: number | null = 1;
  for (let resumes = 0; from !== null; resumes++) {
    if (resumes > MAX_RESUMES) {
      const reason = `more than ${MAX_RESUMES} broken quotes: lines ${from} to the end are not read; correct the quotes above and import again`;
      yield { line: from, cells: [], issues: [{ code: 'register.unread-rest', reason, column: null }] };
      return;
    }
    from = yield* readFrom(source, from);
  }
}

/** One pass from `firstLine`; returns the line to read again from, or null at the end of the file. */
async function* readFrom(source: CsvSource, firstLine: number): AsyncGenerator<SourceRow, number | null> {
  const linesBefore = firstLine - 1;
  let lastEndLine = linesBefore;
  let widest = 0;
  const parser = parse({
    delimiter: source.separator,
    relax_column_count: true,
    // A quote inside a cell ("колхоз "Ынтымак"") is text in a hand-typed file, not a syntax error.
    relax_quotes: true,
    skip_empty_lines: true,
    max_record_size: MAX_ROW_CHARS,
    info: true,
  });
  const decoder = iconv.getDecoder(source.encoding);
  const input = createReadStream(source.path);
  const stream = input.pipe(normalizeTextStream(firstLine, decoder)).pipe(parser);
  stream.on('error', () => undefined); // handled where the iteration throws
  try {
    for await (const { record, info } of stream as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      const endLine = linesBefore + info.lines;
      const line = endLine - record.reduce((sum, cell) => sum + countLineBreaks(cell), 0);
      lastEndLine = endLine;
      const runaway = swallowedRows(record, source.separator, widest);
      if (runaway !== null) {
        const reason =
          `a quote " opened on line ${line + runaway.lineInCell} closes only on line ${endLine}, so ${plural(endLine - line, 'line')} ` +
          `below were read as one cell; correct the quote and import again (the rows below are read as rows)`;
        yield { line, cells: [], issues: [{ code: 'register.runaway-quote', reason, column: runaway.column }] };
        throw new ReadAgainFrom(line + runaway.lineInCell + 1);
      }
      widest = Math.max(widest, record.length);
      if (source.meter) source.meter.bytes = input.bytesRead;
      yield { line, cells: record, ...issuesOf(record, source.encoding) };
    }
    return null;
  } catch (error) {
    if (error instanceof ReadAgainFrom) return error.line;
    if (!isCsvError(error)) throw error;
    const line = lastEndLine + 1;
    const reason =
      error.code === 'CSV_MAX_RECORD_SIZE'
        ? `a row longer than ${MAX_ROW_CHARS.toLocaleString('en-US')} characters from line ${line}: probably a quote " that is never closed; correct it and import again`
        : `a quote " opened on line ${line} or just after is never closed; correct it and import again (the rows below are read as rows)`;
    yield { line, cells: [], issues: [{ code: 'register.quote-not-closed', reason, column: null }] };
    return line + 1;
  } finally {
    input.destroy();
    stream.destroy();
  }
}

/** A cell holding lines that each split into a whole row: a quote that took in the rows below. */
function swallowedRows(
  record: readonly string[],
  separator: Separator,
  widest: number,
): { column: number; lineInCell: number } | null {
  if (widest < 2) return null;
  for (const [column, cell] of record.entries()) {
    // Nearly every cell is one line: it is passed by without splitting it.
    if (cell.indexOf('\n') === cell.lastIndexOf('\n')) continue;
    const lines = cell.split('\n');
    if (lines.length < 3) continue;
    // The cell's first line is the rest of its own row; a line below it with a row's separators is a row.
    if (lines.slice(1, -1).some((line) => line.split(separator).length >= widest)) {
      return { column, lineInCell: record.slice(0, column).reduce((sum, each) => sum + countLineBreaks(each), 0) };
    }
  }
  return null;
}

function issuesOf(cells: readonly string[], encoding: ImportEncoding): { issues?: SourceIssue[] } {
  const issues: SourceIssue[] = [];
  for (const [column, cell] of cells.entries()) {
    if (cell.includes('\uFFFD')) {
      const reason = `holds bytes that ${ENCODING_NAMES[encoding]} cannot read (shown as �): is the file in another encoding, or joined from two?`;
      issues.push({ code: 'import.bad-bytes', reason, column });
    } else if (EIGHT_BIT_WITHOUT_KAZAKH.includes(encoding) && LOST_LETTER.test(cell)) {
      const reason = `"${cell}" has a ? inside a word: a Kazakh letter ${ENCODING_NAMES[encoding]} cannot hold, lost when the file was saved; save it as "CSV UTF-8" and import again`;
      issues.push({ code: 'import.lost-letters', reason, column });
    }
  }
  return issues.length > 0 ? { issues } : {};
}

function isCsvError(error: unknown): error is CsvError {
  return (
    error instanceof Error &&
    typeof (error as { code?: unknown }).code === 'string' &&
    /^(CSV_|INVALID_)/.test((error as CsvError).code)
  );
}
