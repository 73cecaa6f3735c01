// One register row through every check `feed validate` makes of it, in its order: invisible
// characters, a cell too big for its column or one that swallowed the rows below, the cells
// themselves, and the id against those published before. read-register-csv.ts runs it on each
// row of a names/*.csv file, the register import (src/curator/import) on each row it would write,
// so the two can never disagree about a row.

import type { Issue } from '../report.ts';
import type { ContentFile } from './list-content-files.ts';
import { findOversizedCell, parseRegisterRow, removeInvisibleFromRow } from './parse-register-row.ts';
import type { RegisterHeader, RegisterRecord } from './register-columns.ts';
import type { RegisterIds } from './register-ids.ts';

export type RowCheck = PublishedRow | LeftOutRow;

export interface PublishedRow {
  record: RegisterRecord;
  /** Invisible characters removed: the row is published without them. */
  warnings: Issue[];
  imageFiles: string[];
}

export interface LeftOutRow {
  issues: Issue[];
  warnings: Issue[];
  /** Where the row is reported: where its quote opened, for a cell that swallowed rows. */
  line: number;
  /** The row's id, to be marked as left out; undefined when it has none, or when it was published elsewhere. */
  id: string | undefined;
  /** The row's image paths: in use, never published. */
  imageFiles: string[];
  /** The line to read the file again from, when a cell took in the rows below it. */
  resumeAt: number | null;
}

/** Checks one row starting on `line` of `file`; `ids.publish` is called only for a row that passes. */
export function checkRegisterRow(
  header: RegisterHeader,
  rawCells: readonly string[],
  line: number,
  files: ReadonlyMap<string, ContentFile> | null,
  ids: Pick<RegisterIds, 'publish'>,
  file: string,
): RowCheck {
  const { cells, warnings } = removeInvisibleFromRow(header, rawCells);
  const oversized = findOversizedCell(header, cells, line);
  if (oversized) {
    const id = cells[header.idIndex]?.trim().split('\n')[0] || undefined;
    return { issues: [oversized.issue], warnings, line: oversized.line, id, imageFiles: [], resumeAt: oversized.resumeAt };
  }
  const result = parseRegisterRow(header, cells, files);
  if ('issues' in result)
    return { issues: result.issues, warnings, line, id: result.id, imageFiles: result.imageFiles, resumeAt: null };
  const earlier = ids.publish(result.record.id, file, line);
  if (earlier) {
    const firstAt = `${earlier.file}:${earlier.line}`;
    const reason = `duplicate id "${result.record.id}" (first at ${firstAt})`;
    const issue: Issue = { code: 'register.duplicate-id', reason, details: { column: 'id', firstAt } };
    return { issues: [issue], warnings, line, id: undefined, imageFiles: result.imageFiles, resumeAt: null };
  }
  return { record: result.record, warnings, imageFiles: result.imageFiles };
}
