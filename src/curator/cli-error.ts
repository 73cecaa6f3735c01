// Errors a command throws to stop with one clear line and an exit code, instead of a stack.
// `cli.ts` is the only place that catches them; anything else is a bug and says so. Each carries
// a stable code, so tests and tools match on it while the wording stays free to improve.

/**
 * What stopped the command, as `area.what`. Areas: `usage` (the command line), `content` (the
 * content folder as a whole), `feed` (the feed folder), `build`, `prune`, `key` (a signing or
 * public key), `fs` (a path), and one per command for its own output (`keygen`, `serve`, …).
 */
export type CliErrorCode =
  | 'usage.unknown-option'
  | 'usage.missing-value' // an option given without its value
  | 'usage.unexpected-argument'
  | 'usage.required' // a required argument or option is missing
  | 'usage.bad-number'
  | 'usage.conflict' // two options that cannot go together
  | 'usage.bad-pin'
  | 'usage.query-or-stdin'
  | 'usage.bad-choice' // a value outside an option's list (import --encoding, --separator)
  | 'usage.other' // what node:util's parser says, for a case the table above lacks
  | 'content.not-a-folder'
  | 'feed.unreadable-manifest'
  | 'feed.invalid-manifest'
  | 'feed.unwritable'
  | 'feed.write-failed'
  | 'feed.busy' // another build or prune is writing the feed folder
  | 'feed.changed' // another build published while this one ran
  | 'feed.interrupted' // Ctrl-C or SIGTERM while writing: what was written is taken back
  | 'build.source-changed' // a media file edited while the build ran
  | 'build.media-unreadable'
  | 'build.manifest-too-large'
  | 'build.too-many-shards'
  | 'build.document-invalid' // a document --force would publish fails the kiosk's own schema
  | 'prune.not-a-feed'
  | 'prune.history-missing' // a version prune must keep is not in versions/
  | 'prune.remove-failed'
  | 'sign.legacy-format' // an eske-feed/1 manifest has room for one signature only
  | 'verify.unreadable'
  | 'import.unreadable' // the register file cannot be read as a spreadsheet
  | 'import.unwritable'
  | 'studio.not-built'
  | 'studio.cannot-listen'
  | 'key.unreadable'
  | 'key.not-json'
  | 'key.invalid'
  | 'key.bad-private-key'
  | 'key.mismatch'
  | 'key.not-a-public-key'
  | 'fs.not-a-folder'
  | 'search.unreadable'
  | 'search.unknown-source'
  | 'search.feed-invalid'
  | 'generate.unwritable'
  | 'keygen.exists'
  | 'keygen.unwritable'
  | 'serve.not-a-feed'
  | 'serve.cannot-listen'
  | 'config-schema.unwritable';

/** A problem the user can fix (missing file, bad key file, unwritable folder): exit code 1. */
export class CliError extends Error {
  readonly exitCode: number = 1;
  constructor(
    readonly code: CliErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

/** The command line itself is wrong (unknown option, missing argument): exit code 2. */
export class UsageError extends CliError {
  override readonly exitCode: number = 2;
  constructor(code: CliErrorCode & `usage.${string}`, message: string) {
    super(code, message);
    this.name = 'UsageError';
  }
}

/** A part of a path the CLI writes under is a file (`--out notes.txt/register.csv`): exit code 1. */
export class NotAFolderError extends CliError {
  constructor(readonly file: string) {
    super('fs.not-a-folder', `${file} is a file, not a folder`);
    this.name = 'NotAFolderError';
  }
}

/** Ctrl-C or SIGTERM stopped a command while it wrote; it took back what it wrote: exit code 130. */
export class InterruptedError extends CliError {
  override readonly exitCode: number = 130;
  constructor(message: string) {
    super('feed.interrupted', message);
    this.name = 'InterruptedError';
  }
}

const FS_REASONS: Record<string, string> = {
  ENOENT: 'no such file or directory',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EISDIR: 'is a folder, not a file',
  ENOTDIR: 'a part of the path is not a folder',
  EROFS: 'read-only file system',
  ENOSPC: 'no space left on the device',
  EDQUOT: 'over the disk quota',
  EEXIST: 'already exists',
  ELOOP: 'a symbolic link that leads round in a loop',
  ENAMETOOLONG: 'the name is too long',
  EIO: 'input/output error (is the disk failing?)',
  ENXIO: 'a socket or device, not a file',
  EMFILE: 'too many open files',
  EBUSY: 'busy',
  // Node reads a file into one buffer of at most 2 GiB.
  ERR_FS_FILE_TOO_LARGE: 'larger than 2 GiB, more than can be read at once',
};

/** Node's `ENOENT: no such file or directory, open '…'` without the path repeated. */
export function describeFsError(error: unknown): string {
  if (error instanceof NotAFolderError) return error.message;
  if (error && typeof error === 'object' && 'code' in error && typeof error.code === 'string') {
    return FS_REASONS[error.code] ?? error.code;
  }
  return error instanceof Error ? error.message : String(error);
}

/** The `code` of a Node fs error (`ENOENT`), or undefined for anything else. */
export function fsErrorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}
