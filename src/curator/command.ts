// The shape every curator CLI command has. `cli.ts` keeps one table of these that drives both
// dispatch and `--help`, so a command is added in exactly one place.

export interface CliIo {
  /** Normal output (results, JSON lines). */
  out: (text: string) => void;
  /** Progress and problems, for a person watching the terminal. */
  err: (text: string) => void;
  /** The working directory that relative paths are resolved against. */
  cwd: string;
}

export interface CliCommand {
  name: string;
  /** One line for the command list. */
  summary: string;
  /** The full `--help` text, as the user sees it. */
  help: string;
  /** Runs the command on the arguments after its name; resolves to the process exit code. */
  run: (args: string[], io: CliIo) => Promise<number>;
}
