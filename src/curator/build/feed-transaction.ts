// Changes a feed folder as one transaction (docs/design.md §4), so that whatever stops a build or
// a prune (an error, a full disk, Ctrl-C, a power cut) the folder holds the last good feed or the
// new one, never a mix. A journal, .eske-build.json, says what is being added before it is added:
// objects first, then every control file under a temporary name; then the journal turns to
// "commit" and the temporaries are renamed in order. Whoever opens the folder next rolls an
// unfinished transaction back (before "commit") or forward (after). The journal is also the lock.

import { randomUUID } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { CliError, describeFsError, fsErrorCode, InterruptedError } from '../cli-error.ts';
import type { StopRequest } from '../stop-on-signal.ts';
import { makeFolders, temporaryPath, temporaryWriter } from '../write-file-atomic.ts';
import { liveObjectPaths, OBJECTS_FOLDER, readPublishedManifest, VERSIONS_FOLDER } from './feed-folder.ts';
import { nodeFeedFs, type FeedFs } from './feed-fs.ts';

export const JOURNAL_FILE = '.eske-build.json';

const journalSchema = z.object({
  format: z.literal('eske-feed-journal/1'),
  pid: z.int(),
  /** Tells this process's own open transactions from a journal a crashed one of it left (tests). */
  token: z.string(),
  startedAt: z.string(),
  phase: z.enum(['objects', 'commit']),
  /** Folders the transaction made, relative to the feed folder ('.' for itself), outermost first. */
  folders: z.array(z.string()),
  /** Files it adds, relative paths; each is written under its temporaryPath and renamed. */
  objects: z.array(z.string()),
  /** Control files in the order they go live, staged under their temporaryPath until the commit. */
  control: z.array(z.string()),
});
type Journal = z.output<typeof journalSchema>;

/** The tokens of the transactions this process has open. */
const OPEN = new Set<string>();

export interface TransactionOptions {
  fs?: FeedFs | undefined;
  stop?: StopRequest | undefined;
}

export interface NewFile {
  /** Relative to the feed folder, such as `objects/<sha256>.json`. */
  file: string;
  /** Read or made only when it is written, so that one object at a time is in memory. */
  bytes: () => Promise<Uint8Array>;
}

export interface ControlFile {
  /** Relative to the feed folder, such as `manifest.json`. */
  file: string;
  bytes: Uint8Array | string;
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, as another user.
    return fsErrorCode(error) === 'EPERM';
  }
}

function isAbort(error: unknown): boolean {
  return error instanceof Error && error.name === 'AbortError';
}

async function readJournal(feedDir: string): Promise<Journal | 'unreadable' | null> {
  let text: string;
  try {
    text = await readFile(path.join(feedDir, JOURNAL_FILE), 'utf8');
  } catch (error) {
    if (fsErrorCode(error) === 'ENOENT') return null;
    throw new CliError('feed.unwritable', `${feedDir}: cannot read ${JOURNAL_FILE}: ${describeFsError(error)}`);
  }
  try {
    return journalSchema.parse(JSON.parse(text));
  } catch {
    // Only the first write of a journal is not atomic, and it comes before anything else is written.
    return 'unreadable';
  }
}

async function exists(file: string): Promise<boolean> {
  return (await stat(file).catch(() => null)) !== null;
}

/**
 * Takes back what the journal says was added, except objects the live manifest names. Each
 * removal is tried on its own: one that fails (a folder where an object goes) leaves that path as
 * it was before and does not keep the rest, or the journal, from going.
 */
async function rollBack(feedDir: string, journal: Journal, fs: FeedFs): Promise<void> {
  const live = await liveObjectPaths(feedDir);
  const at = (relative: string) => path.join(feedDir, relative);
  const remove = (file: string) => fs.remove(file).catch(() => undefined);
  for (const file of journal.objects) {
    await remove(temporaryPath(at(file), journal.pid));
    // Without a readable manifest nothing tells which objects are in use: all stay.
    if (live && !live.has(file)) await remove(at(file));
  }
  for (const file of journal.control) await remove(temporaryPath(at(file), journal.pid));
  await remove(temporaryPath(at(JOURNAL_FILE), journal.pid));
  // Last: a rollback stopped half-way by a crash is done again by the next one.
  await fs.remove(at(JOURNAL_FILE));
  for (const folder of [...journal.folders].reverse()) await fs.removeFolder(at(folder)).catch(() => undefined);
}

/** Finishes a commit: every control file still under its temporary name is renamed into place. */
async function rollForward(feedDir: string, journal: Journal, fs: FeedFs): Promise<void> {
  const at = (relative: string) => path.join(feedDir, relative);
  for (const file of journal.control) {
    const temporary = temporaryPath(at(file), journal.pid);
    if (await exists(temporary)) await fs.rename(temporary, at(file));
  }
  await fs.remove(temporaryPath(at(JOURNAL_FILE), journal.pid));
  await fs.remove(at(JOURNAL_FILE));
}

/** Temporary files of writers that are gone and that no journal names (an older CLI, a crash). */
async function sweepTemporaries(feedDir: string, fs: FeedFs): Promise<void> {
  for (const folder of ['.', OBJECTS_FOLDER, VERSIONS_FOLDER]) {
    const names = await readdir(path.join(feedDir, folder)).catch(() => []);
    for (const name of names) {
      const pid = temporaryWriter(name);
      if (pid !== null && pid !== process.pid && !isRunning(pid)) await fs.remove(path.join(feedDir, folder, name));
    }
  }
}

/**
 * Leaves the folder as the last transaction should have: rolls a crashed one back or forward and
 * removes stray temporary files. A transaction still running elsewhere is a CliError (feed.busy).
 */
export async function recoverFeedFolder(feedDir: string, fs: FeedFs = nodeFeedFs): Promise<void> {
  const journal = await readJournal(feedDir);
  if (journal === 'unreadable') await fs.remove(path.join(feedDir, JOURNAL_FILE));
  else if (journal) {
    if (OPEN.has(journal.token) || (journal.pid !== process.pid && isRunning(journal.pid))) {
      throw new CliError(
        'feed.busy',
        `${feedDir}: another build or prune (process ${journal.pid}, since ${journal.startedAt}) is writing this feed; ` +
          `wait for it to end (if none is running, delete ${path.join(feedDir, JOURNAL_FILE)})`,
      );
    }
    if (journal.phase === 'objects') await rollBack(feedDir, journal, fs);
    else {
      await rollForward(feedDir, journal, fs).catch((error: unknown) => {
        throw new CliError(
          'feed.write-failed',
          `${feedDir}: cannot finish publishing what an earlier build began: ${describeFsError(error)}`,
        );
      });
    }
  }
  await sweepTemporaries(feedDir, fs);
}

export class FeedTransaction {
  readonly #feedDir: string;
  readonly #fs: FeedFs;
  readonly #stop: StopRequest | undefined;
  #journal: Journal;

  private constructor(feedDir: string, fs: FeedFs, stop: StopRequest | undefined, journal: Journal) {
    this.#feedDir = feedDir;
    this.#fs = fs;
    this.#stop = stop;
    this.#journal = journal;
  }

  /**
   * Runs `work` in a transaction on `feedDir`: the folder is recovered and locked first, and
   * anything `work` throws (a stop request too, as InterruptedError) takes back what it wrote.
   */
  static async run<T>(
    feedDir: string,
    options: TransactionOptions,
    work: (transaction: FeedTransaction) => Promise<T>,
  ): Promise<T> {
    const fs = options.fs ?? nodeFeedFs;
    options.stop?.writing();
    const transaction = await FeedTransaction.#open(feedDir, fs, options.stop);
    try {
      const result = await work(transaction);
      await transaction.#commitJournal();
      return result;
    } catch (error) {
      await transaction.#rollBack();
      if (options.stop?.signal.aborted || isAbort(error)) {
        throw new InterruptedError(`stopped: ${feedDir} is left as it was`);
      }
      throw error;
    } finally {
      OPEN.delete(transaction.#journal.token);
    }
  }

  static async #open(feedDir: string, fs: FeedFs, stop: StopRequest | undefined, attempt = 1): Promise<FeedTransaction> {
    const writeFailed = (error: unknown) =>
      new CliError('feed.write-failed', `${feedDir}: cannot write the feed there: ${describeFsError(error)}`);
    const made = await makeFolders(feedDir, (folder) => fs.mkdir(folder)).catch((error: unknown) => {
      throw writeFailed(error);
    });
    const journal: Journal = {
      format: 'eske-feed-journal/1',
      pid: process.pid,
      token: randomUUID(),
      startedAt: new Date().toISOString(),
      phase: 'objects',
      folders: made.map((folder) => path.relative(feedDir, folder) || '.'),
      objects: [],
      control: [],
    };
    try {
      await recoverFeedFolder(feedDir, fs);
      await fs
        .writeFile(path.join(feedDir, JOURNAL_FILE), JSON.stringify(journal), { exclusive: true })
        .catch(async (error: unknown) => {
          // Half a journal of ours (a full disk) goes; one that was there already is another process's.
          if (fsErrorCode(error) !== 'EEXIST') await fs.remove(path.join(feedDir, JOURNAL_FILE)).catch(() => undefined);
          throw error;
        });
    } catch (error) {
      for (const folder of [...made].reverse()) await fs.removeFolder(folder).catch(() => undefined);
      // Another process took the lock between the recovery and the journal: recover (or find it busy) once more.
      if (fsErrorCode(error) === 'EEXIST' && attempt === 1) return FeedTransaction.#open(feedDir, fs, stop, attempt + 1);
      throw error instanceof CliError ? error : writeFailed(error);
    }
    OPEN.add(journal.token);
    return new FeedTransaction(feedDir, fs, stop, journal);
  }

  get feedDir(): string {
    return this.#feedDir;
  }

  /** Throws (and so takes everything back) if the user asked to stop. */
  checkStop(): void {
    this.#stop?.signal.throwIfAborted();
  }

  /** Stops when another build published since this one read the feed: both would claim one version. */
  async expectVersion(version: number | null): Promise<void> {
    const live = (await readPublishedManifest(this.#feedDir))?.manifest.version ?? null;
    if (live !== version) {
      throw new CliError(
        'feed.changed',
        `${this.#feedDir}: version ${live} was published while this build ran (it started from ${version ?? 'an empty folder'}); build again`,
      );
    }
  }

  /**
   * Adds files that go live at once because nothing names them yet (objects): all journaled
   * first, then each written and renamed in turn, a stop request honoured between two.
   */
  async add(files: readonly NewFile[]): Promise<void> {
    for (const folder of new Set(files.map(({ file }) => path.posix.dirname(file)))) await this.#ensureFolder(folder);
    await this.#record({ objects: [...this.#journal.objects, ...files.map(({ file }) => file)] });
    for (const { file, bytes } of files) {
      this.checkStop();
      await this.#writeTemporary(file, await bytes());
      await this.#goLive(file);
    }
  }

  /** Stages the control files, then puts them in place in order: the moment the new feed goes live. */
  async commit(control: readonly ControlFile[]): Promise<void> {
    for (const { file } of control) await this.#ensureFolder(path.posix.dirname(file));
    await this.#record({ control: control.map(({ file }) => file) });
    for (const { file, bytes } of control) await this.#writeTemporary(file, bytes);
    this.checkStop();
    await this.#record({ phase: 'commit' });
    // No stop from here on: the renames take a moment, and a half-done commit would be the mix
    // this module exists to prevent.
    for (const { file } of control) await this.#goLive(file);
  }

  /** Removes a file for good (prune): the caller has made sure nothing kept names it. */
  async remove(relative: string): Promise<void> {
    try {
      await this.#fs.remove(path.join(this.#feedDir, relative));
    } catch (error) {
      throw new CliError(
        'prune.remove-failed',
        `${path.join(this.#feedDir, relative)}: cannot remove: ${describeFsError(error)}`,
      );
    }
  }

  async #ensureFolder(relative: string): Promise<void> {
    if (relative === '.' || (await exists(path.join(this.#feedDir, relative)))) return;
    await this.#record({ folders: [...this.#journal.folders, relative] });
    await this.#fs.mkdir(path.join(this.#feedDir, relative)).catch((error: unknown) => {
      throw this.#writeFailed(relative, error);
    });
  }

  async #writeTemporary(relative: string, bytes: Uint8Array | string): Promise<void> {
    const signal = this.#journal.phase === 'objects' ? this.#stop?.signal : undefined;
    try {
      await this.#fs.writeFile(temporaryPath(path.join(this.#feedDir, relative)), bytes, signal && { signal });
    } catch (error) {
      if (isAbort(error)) throw error;
      throw this.#writeFailed(relative, error);
    }
  }

  async #goLive(relative: string): Promise<void> {
    const file = path.join(this.#feedDir, relative);
    await this.#fs.rename(temporaryPath(file), file).catch((error: unknown) => {
      throw this.#writeFailed(relative, error);
    });
  }

  #writeFailed(relative: string, error: unknown): CliError {
    return new CliError('feed.write-failed', `${path.join(this.#feedDir, relative)}: cannot write: ${describeFsError(error)}`);
  }

  /** The journal is rewritten whole under a temporary name and renamed: never read half-written. */
  async #record(changes: Partial<Journal>): Promise<void> {
    const next = { ...this.#journal, ...changes };
    const file = path.join(this.#feedDir, JOURNAL_FILE);
    try {
      await this.#fs.writeFile(temporaryPath(file), JSON.stringify(next));
      await this.#fs.rename(temporaryPath(file), file);
    } catch (error) {
      throw this.#writeFailed(JOURNAL_FILE, error);
    }
    this.#journal = next;
  }

  async #commitJournal(): Promise<void> {
    await this.#fs.remove(path.join(this.#feedDir, JOURNAL_FILE));
  }

  async #rollBack(): Promise<void> {
    // A failure while taking back is not the one to report; the next transaction finishes the job.
    if (this.#journal.phase === 'commit') await rollForward(this.#feedDir, this.#journal, this.#fs).catch(() => undefined);
    else await rollBack(this.#feedDir, this.#journal, this.#fs).catch(() => undefined);
  }
}
