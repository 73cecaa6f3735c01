// The shapes the studio's register import exchanges between its routes (import-routes.ts) and its
// screen (app/): types and constants only, so the browser side needs nothing of the server's.
// Paths are under /api/import/ (docs/design.md §8.2).

import type { ImportCounts } from '../../import/analyze-import.ts';
import type { ImportProblem } from '../../import/import-problem.ts';
import type { ImportProgress } from '../../import/import-session.ts';

export type { ImportCounts, ImportProblem, ImportProgress };

/** Why an import could not go on; the screen words each in the curator's language. */
export const IMPORT_FAILURES = [
  'unreadable-file', // neither a CSV nor an .xlsx that can be read, or an old .xls
  'no-header', // no row of the file can be its header
  'bad-target', // the register file named is not a .csv in names/
  'not-found', // no such import (the studio was restarted, or it was discarded)
  'busy', // the import is still working on the last change
  'not-ready', // the mapping cannot be written yet, so there is nothing to confirm
  'not-a-problem-row', // a fix or skip for a row that has no problems
  'too-large', // the upload is larger than the studio takes
  'bad-request', // a request the screen never sends
  'write-failed', // the register file could not be written
  'internal',
] as const;
export type ImportFailure = (typeof IMPORT_FAILURES)[number];

export interface ImportErrorBody {
  error: { code: ImportFailure; message: string };
}

export interface SourceColumnView {
  index: number;
  letter: string;
  label: string;
  target: string;
  /** Rows of names that fill it, once checked. */
  filled: number | null;
  /** The first values, for the curator to recognise it. */
  samples: string[];
}

export interface ImportStatus {
  id: string;
  fileName: string;
  /** `working`: reading, checking or writing (see progress); `ready`: waiting for the curator. */
  state: 'working' | 'ready' | 'written' | 'failed';
  progress: ImportProgress | null;
  failure: { code: ImportFailure; message: string } | null;
  source: {
    kind: 'csv' | 'xlsx';
    bytes: number;
    rows: number;
    encoding: { id: string; name: string; evidence: string; certain: boolean } | null;
    separator: { id: string; name: string; evidence: string; certain: boolean } | null;
    sheet: { name: string; sheets: number } | null;
  } | null;
  /** The encodings and separators a curator may choose instead. */
  choices: { encodings: { id: string; name: string }[]; separators: { id: string; name: string }[]; targets: string[] };
  /** `candidates`: the first rows' lines, any of which the curator may make the heading row. */
  header: { lines: number[]; candidates: number[]; columns: SourceColumnView[] } | null;
  /** The first rows below the header as the file gives them, to see that the letters read right. */
  preview: { line: number; cells: string[] }[];
  /** What keeps the mapping from being written (no id column, a column twice). */
  mappingIssues: { code: string; message: string }[];
  counts: ImportCounts | null;
  /** For the problem table's filters: each code and each column with problems, with how many. */
  problemCodes: { code: string; count: number }[];
  problemColumns: { column: string; count: number }[];
  problemsLeftOff: number;
  /** The register file to be written, and how many rows it holds now (null: it is new). */
  target: string;
  replacedRows: number | null;
  written: { file: string; rows: number } | null;
  /** Why mappings are not remembered this time, when names/.import-mappings.json cannot be read. */
  rememberProblem: string | null;
}

export interface ProblemView extends ImportProblem {
  /** The curator marked the row to be left out of the file. */
  skipped: boolean;
  /** The row can be fixed here (a row a broken quote kept from being read cannot). */
  fixable: boolean;
}

export interface ProblemFilter {
  code?: string;
  column?: string;
  severity?: 'error' | 'warning';
  /** Text to find in the value or the message. */
  text?: string;
}

export interface ProblemsPage {
  total: number;
  offset: number;
  problems: ProblemView[];
}

export interface ImportSettings {
  encoding?: string;
  separator?: string;
  headerRow?: number;
  /** A target per source column, by index. */
  targets?: string[];
  target?: string;
}

export interface RowChange {
  /** Register column → value. */
  fix?: Record<string, string>;
  skip?: boolean;
}

/** Problems per page of the table. */
export const PROBLEMS_PAGE_SIZE = 100;
