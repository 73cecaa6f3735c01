// What a source row is to the import: above the header (a title), part of the header, blank, the
// header once more (a printout's page heading), broken (a quote that could not be read), or a row
// of names. The check and the writer both go by this, so they count the same rows.

import type { SourceHeader } from './find-header.ts';
import { isBlankRow, type SourceRow } from './source-row.ts';

export type RowKind = 'title' | 'header' | 'blank' | 'repeated-header' | 'broken' | 'data';

/** A row's cells trimmed, without the empty ones at its end: how a repeated header is compared. */
export function comparableCells(cells: readonly string[]): string[] {
  const trimmed = cells.map((cell) => cell.trim());
  while (trimmed.length > 0 && trimmed.at(-1) === '') trimmed.pop();
  return trimmed;
}

/** `headerCells`: the top header row's comparableCells, to spot it again further down. */
export function classifyRow(row: SourceRow, header: SourceHeader, headerCells: readonly string[]): RowKind {
  if (row.line < header.lines[0]!) return 'title';
  if (header.lines.includes(row.line)) return 'header';
  if (row.cells.length === 0 && row.issues?.length) return 'broken';
  if (isBlankRow(row)) return 'blank';
  const cells = comparableCells(row.cells);
  const same = cells.length === headerCells.length && cells.every((cell, index) => cell === headerCells[index]);
  return same ? 'repeated-header' : 'data';
}
