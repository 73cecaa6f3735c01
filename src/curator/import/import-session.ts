// One import of a register file from start to confirm, for `feed import` and the studio alike:
// read the source once into its spool, find the header, map the columns (as remembered for this
// file name, else as suggested), check every row, take the curator's fixes and skips, and write
// names/<name>.csv only when asked. Each step that reads the rows reports progress and yields.

import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { listContentFiles, type ContentFile } from '../content/list-content-files.ts';
import { NAMES_FOLDER } from '../content/read-content-folder.ts';
import { mapHeader } from '../content/register-columns.ts';
import { Report } from '../report.ts';
import { analyzeImport, tally, type Analysis, type ProblemRow } from './analyze-import.ts';
import { checkImportRow, type RowContext, type RowFix } from './check-import-row.ts';
import { planOutput, suggestTargets, type OutputPlan } from './column-mapping.ts';
import type { ColumnTarget } from './column-names.ts';
import type { ImportEncoding } from './detect-encoding.ts';
import type { Separator } from './detect-separator.ts';
import { findHeader, type SourceHeader } from './find-header.ts';
import { ImportIds } from './import-ids.ts';
import { readOtherRegisters, type OtherRegisters } from './other-registers.ts';
import { readRemembered, remember, rememberedFor, type RememberedImport } from './remembered-imports.ts';
import { stageSource, type StagedSource } from './stage-source.ts';
import { writeRegister } from './write-register.ts';

export type ImportPhase = 'reading' | 'checking' | 'writing';

export interface ImportProgress {
  phase: ImportPhase;
  /** Rows done in this phase. */
  rows: number;
  /** Rows in all, once the source has been read; bytes done and in all while it is read. */
  total: number | null;
  bytes?: { done: number; total: number };
}

export interface OpenImportOptions {
  contentDir: string;
  sourcePath: string;
  /** The source file's name as the curator has it: the key mappings are remembered by. */
  fileName: string;
  /** A folder of the session's own for its spool; removed by dispose(). */
  workDir: string;
  encoding?: ImportEncoding;
  separator?: Separator;
  headerRow?: number;
  /** Targets by source header name, over the remembered and suggested ones. */
  columns?: Readonly<Record<string, ColumnTarget>>;
  /** The register file to write, relative to the content folder; by default names/<file name>.csv. */
  target?: string;
  skips?: Iterable<number>;
  onProgress?: (progress: ImportProgress) => void;
}

/** The setup that went wrong before any row could be checked; the message says what to do. */
export class ImportSetupError extends Error {
  constructor(
    readonly code: 'no-header' | 'bad-target',
    message: string,
  ) {
    super(message);
    this.name = 'ImportSetupError';
  }
}

export class ImportSession {
  readonly fixes = new Map<number, RowFix>();
  readonly skips = new Set<number>();
  /** Why mappings are not remembered (a broken names/.import-mappings.json); null when they are. */
  rememberProblem: string | null = null;
  staged!: StagedSource;
  header!: SourceHeader;
  targets: ColumnTarget[] = [];
  plan!: OutputPlan;
  /** Null while the mapping has issues (plan.issues): rows are checked only under a mapping that can be written. */
  analysis: Analysis | null = null;
  others!: OtherRegisters;
  target: string;
  #context: RowContext | null = null;
  #files!: ReadonlyMap<string, ContentFile>;
  #remembered: RememberedImport | null = null;
  /** The header row the curator set (or the last import did): remembered; one the finder found is found again next time. */
  #headerChosen: number | undefined;

  private constructor(readonly options: OpenImportOptions) {
    this.target = options.target ?? defaultTarget(options.fileName);
  }

  static async open(options: OpenImportOptions): Promise<ImportSession> {
    const session = new ImportSession(options);
    const read = await readRemembered(options.contentDir);
    session.rememberProblem = read.ok ? null : read.problem;
    session.#remembered = rememberedFor(read, options.fileName);
    if (options.target === undefined && session.#remembered?.target) session.target = session.#remembered.target;
    checkTarget(session.target);
    for (const line of options.skips ?? []) session.skips.add(line);
    session.#files = await listContentFiles(options.contentDir, new Report());
    session.others = await readOtherRegisters(options.contentDir, session.target);
    await session.reread({
      encoding: options.encoding ?? session.#remembered?.encoding,
      separator: options.separator ?? session.#remembered?.separator,
    });
    return session;
  }

  /** Reads the source again in the encoding or with the separator given; what is not given stays as chosen before, or is detected. */
  async reread(choice: { encoding?: ImportEncoding; separator?: Separator }): Promise<void> {
    await mkdir(this.options.workDir, { recursive: true });
    const spoolPath = path.join(this.options.workDir, 'rows.jsonl');
    const before = this.staged as StagedSource | undefined;
    const encoding = choice.encoding ?? (before?.encoding?.evidence === 'chosen' ? before.encoding.encoding : undefined);
    const separator = choice.separator ?? (before?.separator?.evidence === 'chosen' ? before.separator.separator : undefined);
    const onProgress = (rows: number, done: number, total: number) =>
      this.options.onProgress?.({ phase: 'reading', rows, total: null, bytes: { done, total } });
    this.staged = await stageSource(this.options.sourcePath, spoolPath, {
      ...(encoding && { encoding }),
      ...(separator && { separator }),
      onProgress,
    });
    await this.setHeaderRow(this.#headerChosen ?? this.options.headerRow ?? this.#remembered?.headerRow);
  }

  /** Takes the header from row `line`, or finds it again (undefined). */
  async setHeaderRow(line: number | undefined): Promise<void> {
    const header = findHeader(this.staged.firstRows, line);
    if (!header)
      throw new ImportSetupError(
        'no-header',
        line === undefined ? 'the file has no rows' : `row ${line} is not among the first rows`,
      );
    this.header = header;
    this.#headerChosen = line;
    const remembered = { ...this.#remembered?.columns, ...this.options.columns };
    await this.setTargets(suggestTargets(header.columns, remembered));
  }

  async setTargets(targets: readonly ColumnTarget[]): Promise<void> {
    this.targets = this.header.columns.map((_, index) => targets[index] ?? 'ignore');
    this.plan = planOutput(this.header.columns, this.targets);
    await this.#analyze();
  }

  async setTarget(target: string): Promise<void> {
    checkTarget(target);
    this.target = target;
    this.others = await readOtherRegisters(this.options.contentDir, target);
    await this.#analyze();
  }

  /** Puts the curator's values into a row with problems and checks it again; null for a row that has none. */
  fixRow(line: number, fix: RowFix): ProblemRow | null {
    const entry = this.analysis?.problemRows.get(line);
    if (!entry || !this.#context || entry.row.cells.length === 0) return null;
    this.fixes.set(line, { ...this.fixes.get(line), ...fix });
    return this.#recheck(entry);
  }

  /** Marks a row with problems to be left out of the file, or takes the mark back; false for a row that has none. */
  skipRow(line: number, skip: boolean): boolean {
    const entry = this.analysis?.problemRows.get(line);
    if (!entry || !this.analysis || entry.row.cells.length === 0 || this.skips.has(line) === skip) return entry !== undefined;
    const { counts } = this.analysis;
    if (skip) {
      this.skips.add(line);
      tally(counts, entry, -1);
    } else {
      this.skips.delete(line);
      // A row skipped from the start (`--skip`) was never checked: it is checked now.
      const checked = this.#recheck(entry, false);
      tally(counts, checked, +1);
    }
    counts.skipped += skip ? 1 : -1;
    counts.toWrite += skip ? -1 : 1;
    return true;
  }

  /** Writes the register file; resolves to it (relative to the content folder) and the rows written. */
  async write(): Promise<{ file: string; rows: number; rememberProblem: string | null }> {
    if (!this.analysis) throw new Error('the mapping has issues; nothing can be written');
    const rows = await writeRegister({
      spoolPath: this.staged.spoolPath,
      header: this.header,
      headerRow: this.#headerRow(),
      plan: this.plan,
      filled: this.analysis.filled,
      fixes: this.fixes,
      skips: this.skips,
      target: path.join(this.options.contentDir, this.target),
      onProgress: (done) => this.options.onProgress?.({ phase: 'writing', rows: done, total: this.staged.rows }),
    });
    const problem = await remember(this.options.contentDir, this.options.fileName, this.#rememberedNow());
    return { file: this.target, rows, rememberProblem: problem };
  }

  async dispose(): Promise<void> {
    await rm(this.options.workDir, { recursive: true, force: true });
  }

  async #analyze(): Promise<void> {
    this.analysis = null;
    this.#context = null;
    if (this.plan.issues.length > 0) return;
    const checked = mapHeader(this.plan.header);
    if ('issues' in checked) return;
    this.#context = {
      fileName: this.options.fileName,
      columns: this.header.columns,
      plan: this.plan,
      registerHeader: checked.header,
      files: this.#files,
      ids: new ImportIds(this.others.ids),
    };
    this.analysis = await analyzeImport({
      spoolPath: this.staged.spoolPath,
      header: this.header,
      headerRow: this.#headerRow(),
      context: this.#context,
      fixes: this.fixes,
      skips: this.skips,
      onProgress: (rows) => this.options.onProgress?.({ phase: 'checking', rows, total: this.staged.rows }),
    });
  }

  /** Checks a row again under its fixes; `count` keeps the counts of rows with problems up to date. */
  #recheck(entry: ProblemRow, count = true): ProblemRow {
    const checked = checkImportRow(this.#context!, entry.row, this.fixes.get(entry.row.line));
    const next: ProblemRow = { row: entry.row, problems: checked.problems, hasError: checked.hasError };
    if (count && !this.skips.has(entry.row.line)) {
      tally(this.analysis!.counts, entry, -1);
      tally(this.analysis!.counts, next, +1);
    }
    this.analysis!.problemRows.set(entry.row.line, next);
    return next;
  }

  #headerRow() {
    return this.staged.firstRows.find((row) => row.line === this.header.lines[0])!;
  }

  #rememberedNow(): RememberedImport {
    const columns: Record<string, string> = {};
    this.header.columns.forEach((column, index) => {
      if (column.label !== '') columns[column.label] = this.targets[index]!;
    });
    const chosen = this.staged.encoding?.evidence === 'chosen' ? { encoding: this.staged.encoding.encoding } : {};
    const separator = this.staged.separator?.evidence === 'chosen' ? { separator: this.staged.separator.separator } : {};
    const headerRow = this.#headerChosen === undefined ? {} : { headerRow: this.#headerChosen };
    const kept = { ...this.#remembered };
    delete kept.encoding;
    delete kept.separator;
    delete kept.headerRow;
    return { ...kept, columns, ...chosen, ...separator, ...headerRow, target: this.target, savedAt: new Date().toISOString() };
  }
}

/** names/<the file's name without its extension>.csv: "Карлаг 1937.xlsx" → names/Карлаг-1937.csv. */
export function defaultTarget(fileName: string): string {
  const base = path.basename(fileName).replace(/\.[^.]*$/, '');
  const tidy = base.replace(/[^\p{L}\p{N}_-]+/gu, '-').replace(/^-+|-+$/g, '');
  return `${NAMES_FOLDER}/${tidy || 'register'}.csv`;
}

/** A register file is a .csv directly in names/, not hidden: anything else validate would never read. */
function checkTarget(target: string): void {
  const name = target.slice(NAMES_FOLDER.length + 1);
  if (
    !target.startsWith(`${NAMES_FOLDER}/`) ||
    name.includes('/') ||
    name.includes('\\') ||
    name.startsWith('.') ||
    !/\.csv$/i.test(name)
  ) {
    throw new ImportSetupError(
      'bad-target',
      `${target}: the register file must be a .csv file in ${NAMES_FOLDER}/, such as ${NAMES_FOLDER}/register.csv`,
    );
  }
}
