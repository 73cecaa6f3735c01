// What `npm run bench -- <name>` can run: each benchmark names itself, says in one line what
// it measures, and takes the rest of the command line. run.ts lists them in one table.

export interface Benchmark {
  name: string;
  summary: string;
  /** Help text, as the user sees it. */
  usage: string;
  /** Runs with the arguments after the name; resolves to the exit code. */
  run(args: readonly string[]): Promise<number>;
}

/** A bad option: printed with the benchmark's usage, without a stack. */
export class BenchUsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BenchUsageError';
  }
}
