// Collects what is wrong with a content folder as `file:line: reason`, the form a curator can
// act on, and prints it without stack traces. Problems are collected, never thrown: `validate`
// shows every one, and `build` decides from the counts (and `--strict`) whether to publish.

export type Severity = 'error' | 'warning';

export interface Problem {
  /** Relative to the content folder (`names/register.csv`), so messages match what the curator sees. */
  file: string;
  /** 1-based; null when the problem is about the whole file. */
  line: number | null;
  reason: string;
  severity: Severity;
  /** A register row left out of the feed; other errors stop a build even without --strict. */
  rowSkipped?: boolean;
}

export function formatProblem(problem: Problem): string {
  const where = problem.line === null ? problem.file : `${problem.file}:${problem.line}`;
  return problem.severity === 'warning' ? `${where}: warning: ${problem.reason}` : `${where}: ${problem.reason}`;
}

/** `1 error`, `2 errors`, `1,000,000 names`: counts in messages read as English. */
export function plural(count: number, word: string, pluralWord = `${word}s`): string {
  return `${count.toLocaleString('en-US')} ${count === 1 ? word : pluralWord}`;
}

export class Report {
  readonly problems: Problem[] = [];
  #skippedRows = 0;

  error(file: string, line: number | null, reason: string): void {
    this.problems.push({ file, line, reason, severity: 'error' });
  }

  warning(file: string, line: number | null, reason: string): void {
    this.problems.push({ file, line, reason, severity: 'warning' });
  }

  /** A bad register row: each reason is reported, and the row counts once as left out. */
  skippedRow(file: string, line: number, reasons: readonly string[]): void {
    for (const reason of reasons) this.problems.push({ file, line, reason, severity: 'error', rowSkipped: true });
    this.#skippedRows++;
  }

  get errorCount(): number {
    return this.problems.filter((problem) => problem.severity === 'error').length;
  }

  get warningCount(): number {
    return this.problems.filter((problem) => problem.severity === 'warning').length;
  }

  /** Errors that are not about a single register row: these stop a build even without --strict. */
  get blockingErrorCount(): number {
    return this.problems.filter((problem) => problem.severity === 'error' && !problem.rowSkipped).length;
  }

  get skippedRowCount(): number {
    return this.#skippedRows;
  }

  /** Writes every problem, one line each, in the order found (file by file, line by line). */
  print(write: (text: string) => void): void {
    for (const problem of this.problems) write(formatProblem(problem));
  }

  /** One line such as `2 errors, 1 warning (3 register rows left out)`. */
  summary(): string {
    const counts = `${plural(this.errorCount, 'error')}, ${plural(this.warningCount, 'warning')}`;
    return this.#skippedRows === 0 ? counts : `${counts} (${plural(this.#skippedRows, 'register row')} left out)`;
  }
}
