// Finds the header among a source's first rows: archive exports often start with a title and a
// blank row, so the header is the row that names the most register columns (or, naming none, the
// first of several cells). A heading merged over several columns ("ФИО" over "Фамилия", "Имя",
// "Отчество"; "Дата" over "ареста", "смерти") leaves the cells beside it empty; when the row below
// names exactly those, the two rows are one header, read as "Дата ареста", "Дата смерти".

import { targetOfHeaderName } from './column-names.ts';
import { HEADER_SEARCH_ROWS } from './import-limits.ts';
import { isBlankRow, type SourceRow } from './source-row.ts';

export interface SourceColumn {
  /** From 0. */
  index: number;
  /** "B" for the second column, as a spreadsheet names it. */
  letter: string;
  /** The header's name for it: "Дата ареста" for a sub-heading under a merged one; "" for none. */
  label: string;
  /** The names a mapping is looked up by, most particular first: the whole label, the sub-heading, the heading. */
  names: string[];
}

export interface SourceHeader {
  /** The source rows the header takes: one, or two under a merged heading. */
  lines: number[];
  columns: SourceColumn[];
}

/** The header among `rows` (the source's first rows); `line` picks it by hand when the finder chose wrong. */
export function findHeader(rows: readonly SourceRow[], line?: number): SourceHeader | null {
  const candidates = rows.filter((row) => !isBlankRow(row) && row.cells.length > 0).slice(0, HEADER_SEARCH_ROWS);
  const chosen = line === undefined ? likeliestHeader(candidates) : candidates.find((row) => row.line === line);
  if (!chosen) return null;
  const width = Math.max(...candidates.map((row) => row.cells.length));
  // A merged heading over the last columns leaves the row shorter than the sub-headings under it.
  const spansOf = (row: SourceRow) => headingSpans(Array.from({ length: width }, (_, index) => row.cells[index] ?? ''));
  // The sub-headings may name more register columns than the headings over them, and be the row chosen.
  const above = candidates[candidates.indexOf(chosen) - 1];
  const top = line === undefined && above && isSubHeading(chosen.cells, spansOf(above)) ? above : chosen;
  const below = candidates[candidates.indexOf(top) + 1];
  const spans = spansOf(top);
  if (below && isSubHeading(below.cells, spans)) {
    const columns = Array.from({ length: width }, (_, index) => {
      const heading = spans[index]?.name ?? '';
      const sub = below.cells[index]?.trim() ?? '';
      // Only a heading over several columns is shared by the sub-headings under it.
      const shared = spans[index] !== undefined && spans[index]!.width > 1;
      const label = shared && sub !== '' ? `${heading} ${sub}` : heading || sub;
      return column(index, label, shared ? [label, sub, heading] : [label]);
    });
    return { lines: [top.line, below.line], columns };
  }
  return {
    lines: [top.line],
    columns: Array.from({ length: width }, (_, index) => {
      const label = top.cells[index]?.trim() ?? '';
      return column(index, label, [label]);
    }),
  };
}

function likeliestHeader(candidates: readonly SourceRow[]): SourceRow | undefined {
  let best: SourceRow | undefined;
  let bestKnown = 0;
  for (const row of candidates) {
    const known = row.cells.filter((cell) => targetOfHeaderName(cell) !== null).length;
    if (known > bestKnown) [best, bestKnown] = [row, known];
  }
  return best ?? candidates.find((row) => row.cells.filter((cell) => cell.trim() !== '').length > 1) ?? candidates[0];
}

interface Span {
  name: string;
  /** How many columns the heading stands over: itself and the empty cells after it. */
  width: number;
}

/** For each column, the heading it stands under: a named cell and the empty cells to its right. */
function headingSpans(cells: readonly string[]): (Span | undefined)[] {
  const spans: (Span | undefined)[] = [];
  let current: Span | undefined;
  for (const cell of cells) {
    if (cell.trim() !== '') current = { name: cell.trim(), width: 0 };
    if (current) current.width++;
    spans.push(current);
  }
  return spans;
}

/**
 * A row naming columns only under headings that span several, never under a single column's:
 * sub-headings, not data. A title over the whole sheet is one heading, not a header's.
 */
function isSubHeading(cells: readonly string[], spans: readonly (Span | undefined)[]): boolean {
  if (new Set(spans.filter((span) => span !== undefined)).size < 2) return false;
  let named = 0;
  for (const [index, cell] of cells.entries()) {
    if (cell.trim() === '') continue;
    const span = spans[index];
    if (!span || span.width < 2) return false;
    named++;
  }
  return named > 0;
}

function column(index: number, label: string, names: string[]): SourceColumn {
  return { index, letter: columnLetter(index), label, names: [...new Set(names.filter((name) => name !== ''))] };
}

/** 0 → "A", 25 → "Z", 26 → "AA". */
export function columnLetter(index: number): string {
  let letter = '';
  for (let rest = index + 1; rest > 0; rest = Math.floor((rest - 1) / 26))
    letter = String.fromCharCode(65 + ((rest - 1) % 26)) + letter;
  return letter;
}
