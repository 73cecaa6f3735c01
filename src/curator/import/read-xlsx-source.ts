// Reads the first sheet of an .xlsx workbook row by row with exceljs's streaming reader, so a
// sheet of 300,000 rows is never one object in memory, and gives each row as a SourceRow of
// texts (xlsx-cell-text.ts): values, never formulas. Merged cells arrive as their first cell
// with the others empty, which the header finder reads as a heading over several columns.

import ExcelJS from 'exceljs';
import { createReadStream } from 'node:fs';
import type { SourceIssue, SourceRow } from './source-row.ts';
import { xlsxCellText } from './xlsx-cell-text.ts';

/** The workbook could not be read as an .xlsx; the message says what to do. */
export class WorkbookError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WorkbookError';
  }
}

export interface XlsxSheet {
  /** The sheet's name as its tab shows it. */
  name: string;
  /** How many sheets the workbook has; only the first is read. */
  sheets: number;
}

/** Yields the first sheet's rows; `onSheet` hears which sheet it is before the first row; `meter` counts the bytes read. */
export async function* readXlsxSource(
  path: string,
  onSheet: (sheet: XlsxSheet) => void,
  meter?: { bytes: number },
): AsyncGenerator<SourceRow> {
  const input = createReadStream(path);
  const workbook = new ExcelJS.stream.xlsx.WorkbookReader(input, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    // Number formats tell a date from a number.
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  try {
    for await (const sheet of workbook) {
      const model = (workbook as unknown as { model?: { sheets?: unknown[]; properties?: { date1904?: boolean } } }).model;
      onSheet({ name: (sheet as unknown as { name: string }).name, sheets: model?.sheets?.length ?? 1 });
      const date1904 = model?.properties?.date1904 === true;
      for await (const row of sheet) {
        if (meter) meter.bytes = input.bytesRead;
        yield rowOf(row, date1904);
      }
      return;
    }
  } catch (error) {
    // unzipper and the XML parser throw their own words; a curator needs to know what to do.
    throw new WorkbookError(
      `cannot be read as an Excel workbook (${error instanceof Error ? error.message : String(error)}): ` +
        'open it in Excel or LibreOffice and save it again as .xlsx, or as "CSV UTF-8"',
    );
  } finally {
    input.destroy();
  }
  throw new WorkbookError('the workbook has no sheet: open it in Excel or LibreOffice and save it again as .xlsx');
}

function rowOf(row: ExcelJS.Row, date1904: boolean): SourceRow {
  const cells: string[] = [];
  const issues: SourceIssue[] = [];
  row.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
    const read = xlsxCellText(cell.value, cell.numFmt, date1904);
    while (cells.length < columnNumber - 1) cells.push('');
    cells.push(read.text);
    if ('code' in read) issues.push({ code: read.code, reason: read.reason, column: columnNumber - 1 });
  });
  return { line: row.number, cells, ...(issues.length > 0 && { issues }) };
}
