// Errors a command throws to stop with one clear line and an exit code, instead of a stack.
// `cli.ts` is the only place that catches them; anything else is a bug and says so.

/** A problem the user can fix (missing file, bad key file, unwritable folder): exit code 1. */
export class CliError extends Error {
  readonly exitCode: number = 1;
  constructor(message: string) {
    super(message);
    this.name = 'CliError';
  }
}

/** The command line itself is wrong (unknown option, missing argument): exit code 2. */
export class UsageError extends CliError {
  override readonly exitCode: number = 2;
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** A part of a path the CLI writes under is a file (`--out notes.txt/register.csv`): exit code 1. */
export class NotAFolderError extends CliError {
  constructor(readonly file: string) {
    super(`${file} is a file, not a folder`);
    this.name = 'NotAFolderError';
  }
}

/** Node's `ENOENT: no such file or directory, open '…'` without the path repeated. */
export function describeFsError(error: unknown): string {
  if (error instanceof NotAFolderError) return error.message;
  if (error && typeof error === 'object' && 'code' in error && typeof error.code === 'string') {
    const reasons: Record<string, string> = {
      ENOENT: 'no such file or directory',
      EACCES: 'permission denied',
      EPERM: 'operation not permitted',
      EISDIR: 'is a directory',
      ENOTDIR: 'a part of the path is not a directory',
      EROFS: 'read-only file system',
      ENOSPC: 'no space left on the device',
      EEXIST: 'already exists',
    };
    return reasons[error.code] ?? error.code;
  }
  return error instanceof Error ? error.message : String(error);
}
