// From a source's columns to the register's: the suggested mapping (remembered for this file name,
// else read from the header names), the header of the register file the mapping writes, and each
// source row as that file's row. The header is checked by the register's own mapHeader, so a
// mapping `feed validate` would refuse (no id, surname twice) is refused before any row is read.

import { REGISTER_COLUMNS, mapHeader, type ColumnKind } from '../content/register-columns.ts';
import { EXTRA, FULL_NAME, IGNORE, isColumnTarget, targetOfHeaderName, type ColumnTarget } from './column-names.ts';
import type { SourceColumn } from './find-header.ts';
import type { ImportCode } from './import-problem.ts';
import { normalizeCell, type Conversion } from './normalize-cell.ts';

/** Remembered targets by source column label, as `names/.import-mappings.json` keeps them. */
export type RememberedTargets = Readonly<Record<string, string>>;

/** The three register columns a full name ("ФИО") is split into, in the order it is written. */
const NAME_PARTS = ['surname', 'given_name', 'patronymic'] as const;

/** One target per source column: remembered by label, else recognized by name; other named columns are kept as extras. */
export function suggestTargets(columns: readonly SourceColumn[], remembered: RememberedTargets = {}): ColumnTarget[] {
  const taken = new Set<ColumnTarget>();
  const targets = columns.map((column): ColumnTarget | null => {
    const kept = remembered[column.label];
    if (kept !== undefined && isColumnTarget(kept)) return kept;
    for (const name of column.names) {
      const target = targetOfHeaderName(name);
      if (target !== null) return target;
    }
    return null;
  });
  // A register column comes from one source column: the first that names it; later ones stay extras.
  const suggested = targets.map((target, index) => {
    if (target === null) return columns[index]!.label === '' ? IGNORE : EXTRA;
    if (target === EXTRA || target === IGNORE) return target;
    if (taken.has(target)) return EXTRA;
    taken.add(target);
    return target;
  });
  // Separate name columns beside an "ФИО" column: the separate ones are the archive's own reading of it.
  const separateNames = NAME_PARTS.some((part) => taken.has(part));
  return suggested.map((target) => (target === FULL_NAME && separateNames ? EXTRA : target));
}

export interface MappingIssue {
  code: ImportCode;
  reason: string;
}

/** Where an output cell comes from: a source column, or one word group of a full name. */
type CellSource = { from: number; kind: ColumnKind | null } | { fullName: number; part: number };

export interface OutputPlan {
  /** The register file's header: register columns in the register's order, then extras in the source's. */
  header: string[];
  sources: CellSource[];
  /** What keeps the header from being written: no id or name column, a column twice, an extra named like a register column. */
  issues: MappingIssue[];
}

export function planOutput(columns: readonly SourceColumn[], targets: readonly ColumnTarget[]): OutputPlan {
  const header: string[] = [];
  const sources: CellSource[] = [];
  for (const column of REGISTER_COLUMNS) {
    targets.forEach((target, index) => {
      if (target === column.column) {
        header.push(column.column);
        sources.push({ from: index, kind: column.kind });
      }
      const part = NAME_PARTS.indexOf(column.column as (typeof NAME_PARTS)[number]);
      if (target === FULL_NAME && part !== -1) {
        header.push(column.column);
        sources.push({ fullName: index, part });
      }
    });
  }
  const extraNames = new Set<string>();
  const issues: MappingIssue[] = [];
  targets.forEach((target, index) => {
    if (target !== EXTRA) return;
    const label = columns[index]?.label || `column ${columns[index]?.letter ?? index + 1}`;
    // Two columns named alike ("Примечание" twice in a 50-column export) are both kept, the second as "Примечание (2)".
    let name = label;
    for (let copy = 2; extraNames.has(name.toLowerCase()); copy++) name = `${label} (${copy})`;
    extraNames.add(name.toLowerCase());
    header.push(name);
    sources.push({ from: index, kind: null });
  });
  const checked = mapHeader(header);
  if ('issues' in checked) issues.push(...checked.issues);
  else {
    checked.header.cells.forEach((cell, index) => {
      if ('known' in cell && 'from' in sources[index]! && sources[index]!.kind === null) {
        const reason = `the column "${header[index]}" is kept as an extra field, but the register reads that name as its own ${cell.known.column} column: map it to ${cell.known.column}, or leave it out`;
        issues.push({ code: 'import.extra-is-column', reason });
      }
    });
  }
  return { header, sources, issues };
}

export interface MappedRow {
  cells: string[];
  /** The rewrites normalizeCell made, one per cell it changed. */
  conversions: Conversion[];
}

/** A source row as the register file's row: cells trimmed, full names split, dates and flags rewritten. */
export function mapRow(plan: OutputPlan, sourceCells: readonly string[]): MappedRow {
  const conversions: Conversion[] = [];
  const cells = plan.sources.map((source) => {
    if ('fullName' in source) return nameParts(sourceCells[source.fullName] ?? '')[source.part]!;
    const value = (sourceCells[source.from] ?? '').trim();
    if (source.kind === null || value === '') return value;
    const normalized = normalizeCell(source.kind, value);
    if (normalized.conversion) conversions.push(normalized.conversion);
    return normalized.value;
  });
  return { cells, conversions };
}

/** "Иванов Иван Иванович" → surname, given name, patronymic; whatever follows the second word ("Ахмет ұлы") is the patronymic. */
function nameParts(fullName: string): [string, string, string] {
  const words = fullName
    .replace(/,/g, ' ')
    .trim()
    .split(/\s+/)
    .filter((word) => word !== '');
  return [words[0] ?? '', words[1] ?? '', words.slice(2).join(' ')];
}
