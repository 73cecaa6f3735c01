// The studio's imports in progress: each upload becomes a job with a folder of its own (the
// uploaded file and its spool) and one ImportSession, whose steps run one after the other while
// the screen polls the job's progress. Runs on the studio's server, in Node, not in the page: the
// readers (exceljs, iconv-lite, csv-parse) and the checks of `feed validate` are Node code, the
// rows never cross into the browser, and the page asks for one page of problems at a time.

import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { describeFsError } from '../../cli-error.ts';
import { ImportSession, ImportSetupError, type ImportProgress } from '../../import/import-session.ts';
import { WorkbookError } from '../../import/read-xlsx-source.ts';
import type { ImportFailure } from './import-protocol.ts';

/** A register of a few million rows as a spreadsheet export is a few hundred MB; more is not a register. */
export const MAX_UPLOAD_BYTES = 1024 ** 3;
/** Imports kept at once; opening one more discards the oldest, with its files. */
export const MAX_JOBS = 4;

/** A failure the screen words for the curator; `status` is the HTTP status it is answered with. */
export class ImportHttpError extends Error {
  constructor(
    readonly code: ImportFailure,
    message: string,
  ) {
    super(message);
    this.name = 'ImportHttpError';
  }

  get status(): number {
    const statuses: Partial<Record<ImportFailure, number>> = {
      'not-found': 404,
      busy: 409,
      'not-ready': 409,
      'not-a-problem-row': 409,
      'too-large': 413,
      'bad-request': 400,
      'bad-target': 400,
      'unreadable-file': 422,
      'no-header': 422,
    };
    return statuses[this.code] ?? 500;
  }
}

export class ImportJob {
  readonly id = randomUUID();
  session: ImportSession | null = null;
  state: 'working' | 'ready' | 'written' | 'failed' = 'working';
  progress: ImportProgress | null = null;
  failure: ImportHttpError | null = null;
  written: { file: string; rows: number } | null = null;
  #queue: Promise<void> = Promise.resolve();

  constructor(
    readonly fileName: string,
    readonly dir: string,
  ) {}

  /** Runs a step after the ones before it; the job is `working` meanwhile, and a failure is kept for the screen. */
  run(step: () => Promise<void>): Promise<void> {
    if (this.state === 'working' && this.session)
      throw new ImportHttpError('busy', 'the import is still working on the last change');
    this.state = 'working';
    this.#queue = this.#queue.then(async () => {
      try {
        await step();
        this.state = this.written ? 'written' : 'ready';
        this.failure = null;
      } catch (error) {
        this.failure = asImportError(error);
        // A failed change leaves the session as it was; a failed start leaves nothing to work on.
        this.state = this.session ? 'ready' : 'failed';
      } finally {
        this.progress = null;
      }
    });
    return this.#queue;
  }

  /** Resolves when the steps asked for so far are done. */
  whenIdle(): Promise<void> {
    return this.#queue;
  }

  /** The session, once the file has been read and the job waits for the curator. */
  ready(): ImportSession {
    if (this.state === 'working') throw new ImportHttpError('busy', 'the import is still working');
    if (!this.session) throw new ImportHttpError('not-found', 'this import could not read its file');
    return this.session;
  }
}

export class ImportJobs {
  readonly #jobs = new Map<string, ImportJob>();
  #root: string | null = null;

  constructor(readonly contentDir: string) {}

  /** Saves the uploaded file and starts reading it; resolves once it is saved, with the job to poll. */
  async create(fileName: string, body: AsyncIterable<Uint8Array>, maxBytes = MAX_UPLOAD_BYTES): Promise<ImportJob> {
    const name = path.basename(fileName.replaceAll('\\', '/'));
    if (name === '' || name === '.' || name === '..')
      throw new ImportHttpError('bad-request', 'the upload needs the file name (?name=)');
    this.#root ??= await mkdtemp(path.join(os.tmpdir(), 'eske-studio-import-'));
    const job = new ImportJob(name, path.join(this.#root, randomUUID()));
    await mkdir(job.dir);
    const sourcePath = path.join(job.dir, `source${path.extname(name).toLowerCase()}`);
    try {
      await pipeline(body, limitTo(maxBytes), createWriteStream(sourcePath));
    } catch (error) {
      await rm(job.dir, { recursive: true, force: true });
      throw asImportError(error);
    }
    await this.#keep(job);
    void job.run(async () => {
      job.session = await ImportSession.open({
        contentDir: this.contentDir,
        sourcePath,
        fileName: name,
        workDir: path.join(job.dir, 'work'),
        onProgress: (progress) => (job.progress = progress),
      });
    });
    return job;
  }

  get(id: string): ImportJob {
    const job = this.#jobs.get(id);
    if (!job) throw new ImportHttpError('not-found', `no import ${id}: it was discarded, or the studio was restarted`);
    return job;
  }

  async discard(id: string): Promise<void> {
    const job = this.get(id);
    this.#jobs.delete(id);
    await job.whenIdle();
    await job.session?.dispose();
    await rm(job.dir, { recursive: true, force: true });
  }

  async close(): Promise<void> {
    for (const id of [...this.#jobs.keys()]) await this.discard(id);
    if (this.#root) await rm(this.#root, { recursive: true, force: true });
  }

  async #keep(job: ImportJob): Promise<void> {
    this.#jobs.set(job.id, job);
    while (this.#jobs.size > MAX_JOBS) await this.discard(this.#jobs.keys().next().value!);
  }
}

function limitTo(maxBytes: number): Transform {
  let bytes = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      bytes += chunk.length;
      done(
        bytes > maxBytes ? new ImportHttpError('too-large', `the studio takes files of up to ${maxBytes} bytes`) : null,
        chunk,
      );
    },
  });
}

/** Any failure as the code the screen words; a bug stays `internal`, its detail for the terminal. */
export function asImportError(error: unknown): ImportHttpError {
  if (error instanceof ImportHttpError) return error;
  if (error instanceof WorkbookError) return new ImportHttpError('unreadable-file', error.message);
  if (error instanceof ImportSetupError) return new ImportHttpError(error.code, error.message);
  if (error && typeof error === 'object' && 'syscall' in error)
    return new ImportHttpError('write-failed', describeFsError(error));
  return new ImportHttpError('internal', error instanceof Error ? error.message : String(error));
}
