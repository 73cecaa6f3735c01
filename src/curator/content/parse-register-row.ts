// Turns one register row into the NameRecord the feed carries, or into the reasons it cannot
// be published. Restricted rows are cut down here, at the earliest point, so their hidden
// fields exist nowhere in the build (DESIGN §3).

import type { NameRecord } from '../../feed/content-schema.ts';
import type { Issue } from '../report.ts';
import { isPartialDate, PARTIAL_DATE_HINT } from './partial-date.ts';
import { REGISTER_COLUMNS, type RegisterColumn, type RegisterHeader } from './register-columns.ts';

export type RowResult = { record: NameRecord } | { issues: Issue[]; id: string | undefined };

type CellValue = string | string[] | number | boolean;

const YEAR = /^\d{4}$/;
const FLAG_VALUES: Record<string, boolean> = { yes: true, no: false };

function readCell(column: RegisterColumn, value: string): CellValue | Issue {
  switch (column.kind) {
    case 'text':
      return value;
    case 'list':
      return value
        .split(';')
        .map((part) => part.trim())
        .filter((part) => part !== '');
    case 'year':
      return YEAR.test(value)
        ? Number(value)
        : { code: 'register.bad-year', reason: `${column.column} "${value}" is not a year` };
    case 'date':
      return isPartialDate(value)
        ? value
        : { code: 'register.bad-date', reason: `${column.column} "${value}" is not a date (${PARTIAL_DATE_HINT})` };
    case 'flag':
      // An unclear privacy flag must not publish the row: it is reported and the row left out.
      return (
        FLAG_VALUES[value.toLowerCase()] ?? {
          code: 'register.bad-flag',
          reason: `${column.column} "${value}" must be yes, no or empty`,
        }
      );
  }
}

/** Builds the record in table order, so equal rows always give equal JSON bytes. */
function buildRecord(values: Map<RegisterColumn, CellValue>, extra: Record<string, string>): NameRecord {
  const record: Record<string, unknown> = {};
  const restricted = values.get(REGISTER_COLUMNS.find((column) => column.kind === 'flag')!) === true;
  for (const column of REGISTER_COLUMNS) {
    const value = values.get(column);
    if (value === undefined || column.kind === 'flag') continue;
    if (!restricted || column.whenRestricted === 'keep') record[column.key] = value;
    // DESIGN §3: a restricted record shows the year of death, never the full date.
    else if (column.whenRestricted === 'year') record[column.key] = String(value).slice(0, 4);
  }
  if (restricted) record.restricted = true;
  else if (Object.keys(extra).length > 0) record.extra = extra;
  return record as NameRecord;
}

export function parseRegisterRow(header: RegisterHeader, cells: readonly string[]): RowResult {
  const id = cells[header.idIndex]?.trim() || undefined;
  if (cells.length !== header.cells.length) {
    const reason = `row has ${cells.length} cells, the header has ${header.cells.length}`;
    return { issues: [{ code: 'register.cell-count', reason }], id };
  }

  const issues: Issue[] = [];
  const values = new Map<RegisterColumn, CellValue>();
  const extra: Record<string, string> = {};
  header.cells.forEach((cell, index) => {
    const value = cells[index]!.trim();
    if ('ignored' in cell) return;
    if ('extra' in cell) {
      if (value !== '') extra[cell.extra] = value;
      return;
    }
    if (value === '') {
      if (cell.known.required) issues.push({ code: 'register.required-empty', reason: `${cell.known.column} is empty` });
      return;
    }
    const read = readCell(cell.known, value);
    if (typeof read === 'object' && !Array.isArray(read)) issues.push(read);
    else if (!Array.isArray(read) || read.length > 0) values.set(cell.known, read);
  });
  return issues.length > 0 ? { issues, id } : { record: buildRecord(values, extra) };
}
