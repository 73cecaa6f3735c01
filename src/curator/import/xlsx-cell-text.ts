// One spreadsheet cell as the text a register cell holds: the value, never the formula (a formula
// gives the result the spreadsheet saved with it), dates as ISO, numbers without a spreadsheet's
// float noise, rich text as its plain text. A formula with no saved result and an error value
// (#N/A, #REF!) give an empty cell and say why.

import type { CellValue } from 'exceljs';
import type { ImportCode } from './import-problem.ts';

export type CellText = { text: string } | { text: ''; code: ImportCode; reason: string };

const MS_PER_DAY = 86_400_000;
/** Day 0 of Excel's 1900 date system, as its serial numbers count (with its leap day of 1900 folded in). */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
/** Day 0 of the 1904 date system (old Mac workbooks). */
const EXCEL_1904_EPOCH_MS = Date.UTC(1904, 0, 1);

/** `numFmt` is the cell's number format: a formula's result that is a date arrives as a serial number. */
export function xlsxCellText(value: CellValue, numFmt: string | undefined, date1904 = false): CellText {
  if (value === null || value === undefined) return { text: '' };
  if (typeof value === 'string') return { text: value.replace(/\r\n?/g, '\n') };
  if (typeof value === 'boolean') return { text: value ? 'yes' : 'no' };
  if (typeof value === 'number') {
    if (Number.isNaN(value)) return errorCell(null); // a formula's error result, which the reader hands over as NaN
    if (isDateFormat(numFmt))
      return { text: isoDate(new Date((date1904 ? EXCEL_1904_EPOCH_MS : EXCEL_EPOCH_MS) + value * MS_PER_DAY)) };
    return { text: numberText(value) };
  }
  if (value instanceof Date) return { text: isoDate(value) };
  if ('error' in value) return errorCell(value.error);
  if ('richText' in value) return { text: value.richText.map((part) => part.text).join('') };
  if ('formula' in value || 'sharedFormula' in value) {
    const { result } = value;
    if (result === undefined || result === null) {
      return {
        text: '',
        code: 'import.formula-no-value',
        // exceljs gives a formula whose saved result is an error (#REF!) no result either.
        reason:
          'holds a formula with no saved value, or one whose value is an error: open the file in Excel, correct or calculate it, save it and import again',
      };
    }
    return typeof result === 'object' && !(result instanceof Date)
      ? errorCell(result.error)
      : xlsxCellText(result, numFmt, date1904);
  }
  if ('text' in value) return { text: typeof value.text === 'string' ? value.text : '' };
  return { text: '' };
}

function errorCell(error: string | null): CellText {
  const shown = error === null ? 'an error' : `the error ${error}`;
  return { text: '', code: 'import.cell-error', reason: `shows ${shown}, not a value; it is imported empty` };
}

/** A date as ISO: the day alone when the cell holds no time of day, as register dates are. */
function isoDate(date: Date): string {
  const iso = date.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : `${iso.slice(0, 10)} ${iso.slice(11, 16)}`;
}

/** 1898 as "1898", 0.1 + 0.2 saved as 0.30000000000000004 as "0.3": Excel shows 15 significant digits. */
function numberText(value: number): string {
  return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(15)));
}

/** Whether a number format shows a date or time, ignoring quoted text and [colour] or [locale] parts, as Excel does. */
function isDateFormat(numFmt: string | undefined): boolean {
  if (!numFmt || numFmt === 'General') return false;
  return /[ymdhs]/i.test(numFmt.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));
}
