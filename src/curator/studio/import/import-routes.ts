// The register import's routes under /api/import/ (docs/design.md §8.2), for the studio's server
// to mount behind its request guard: upload, status, settings (encoding, separator, header row,
// mapping, register file), the problem table by page or as CSV, a row's fix or skip, confirm and
// discard. Each handler is a plain function of the request; `handle` answers with its result.

import type { IncomingMessage, ServerResponse } from 'node:http';
import { z } from 'zod';
import { parseJsonText, parseWithSchema } from '../../../feed/parse-with-schema.ts';
import { isColumnTarget } from '../../import/column-names.ts';
import { IMPORT_ENCODINGS } from '../../import/detect-encoding.ts';
import { SEPARATORS } from '../../import/detect-separator.ts';
import { ImportHttpError, ImportJobs, MAX_UPLOAD_BYTES } from './import-jobs.ts';
import { PROBLEMS_PAGE_SIZE, type ImportErrorBody, type ProblemFilter } from './import-protocol.ts';
import { filteredProblemsCsv, problemsPage, statusOf } from './import-views.ts';

/** Settings and row changes are a few kilobytes; a mapping of 50 columns is well under this. */
const MAX_JSON_BYTES = 256 * 1024;

const settingsBody = z.strictObject({
  encoding: z.enum(IMPORT_ENCODINGS).optional(),
  separator: z.enum(SEPARATORS).optional(),
  headerRow: z.number().int().positive().optional(),
  targets: z.array(z.string().refine(isColumnTarget, 'not a column the register has')).optional(),
  target: z.string().optional(),
});
const rowBody = z.strictObject({ fix: z.record(z.string(), z.string()).optional(), skip: z.boolean().optional() });

type Answer = { json: unknown } | { csv: string; fileName: string };
interface RouteContext {
  jobs: ImportJobs;
  maxUploadBytes: number;
}
type Handler = (context: RouteContext, req: IncomingMessage, params: string[], url: URL) => Promise<Answer>;

const json = (value: unknown): Answer => ({ json: value });

const ROUTES: { method: string; path: RegExp; handle: Handler }[] = [
  {
    method: 'POST',
    path: /^\/api\/import$/,
    handle: async ({ jobs, maxUploadBytes }, req, _params, url) =>
      json(statusOf(await jobs.create(url.searchParams.get('name') ?? '', req, maxUploadBytes))),
  },
  { method: 'GET', path: /^\/api\/import\/([\w-]+)$/, handle: async ({ jobs }, _req, [id]) => json(statusOf(jobs.get(id!))) },
  {
    method: 'PUT',
    path: /^\/api\/import\/([\w-]+)\/settings$/,
    handle: async ({ jobs }, req, [id]) => {
      const job = jobs.get(id!);
      const settings = await readJson(req, settingsBody);
      const session = job.ready();
      void job.run(async () => {
        if (settings.encoding !== undefined || settings.separator !== undefined) {
          await session.reread({
            ...(settings.encoding !== undefined && { encoding: settings.encoding }),
            ...(settings.separator !== undefined && { separator: settings.separator }),
          });
        }
        if (settings.headerRow !== undefined) await session.setHeaderRow(settings.headerRow);
        if (settings.targets !== undefined) await session.setTargets(settings.targets);
        if (settings.target !== undefined) await session.setTarget(settings.target);
      });
      return json(statusOf(job));
    },
  },
  {
    method: 'GET',
    path: /^\/api\/import\/([\w-]+)\/problems$/,
    handle: async ({ jobs }, _req, [id], url) => {
      const job = jobs.get(id!);
      job.ready();
      const offset = whole(url.searchParams.get('offset'), 0);
      const limit = Math.min(whole(url.searchParams.get('limit'), PROBLEMS_PAGE_SIZE), 10 * PROBLEMS_PAGE_SIZE);
      return json(problemsPage(job, filterOf(url), offset, limit));
    },
  },
  {
    method: 'GET',
    path: /^\/api\/import\/([\w-]+)\/problems\.csv$/,
    handle: async ({ jobs }, _req, [id], url) => {
      const job = jobs.get(id!);
      job.ready();
      return { csv: filteredProblemsCsv(job, filterOf(url)), fileName: `${job.fileName.replace(/\.[^.]*$/, '')}-problems.csv` };
    },
  },
  {
    method: 'PUT',
    path: /^\/api\/import\/([\w-]+)\/rows\/(\d+)$/,
    handle: async ({ jobs }, req, [id, line]) => {
      const job = jobs.get(id!);
      const change = await readJson(req, rowBody);
      const session = job.ready();
      const row = Number(line);
      const known =
        (change.skip === undefined || session.skipRow(row, change.skip)) &&
        (change.fix === undefined || session.fixRow(row, change.fix) !== null);
      if (!known) throw new ImportHttpError('not-a-problem-row', `row ${row} has no problems to fix or skip`);
      return json(statusOf(job));
    },
  },
  {
    method: 'POST',
    path: /^\/api\/import\/([\w-]+)\/confirm$/,
    handle: async ({ jobs }, _req, [id]) => {
      const job = jobs.get(id!);
      const session = job.ready();
      if (!session.analysis)
        throw new ImportHttpError(
          'not-ready',
          'the mapping cannot be written yet: ' + session.plan.issues.map((issue) => issue.reason).join('; '),
        );
      void job.run(async () => {
        job.written = await session.write();
      });
      return json(statusOf(job));
    },
  },
  {
    method: 'DELETE',
    path: /^\/api\/import\/([\w-]+)$/,
    handle: async ({ jobs }, _req, [id]) => {
      await jobs.discard(id!);
      return json({});
    },
  },
];

export interface ImportRoutes {
  /** Answers a request whose path is under /api/import; false for any other path, which is left alone. */
  handle(req: IncomingMessage, res: ServerResponse, url: URL): Promise<boolean>;
  /** Discards every import and its files: when the studio stops. */
  close(): Promise<void>;
}

export interface ImportRouteOptions {
  /** Gets the detail of a failure that is a bug, for the studio's terminal. */
  log?: (text: string) => void;
  maxUploadBytes?: number;
}

/** The import's routes for the content folder `contentDir`. */
export function createImportRoutes(contentDir: string, options: ImportRouteOptions = {}): ImportRoutes {
  const jobs = new ImportJobs(contentDir);
  const context: RouteContext = { jobs, maxUploadBytes: options.maxUploadBytes ?? MAX_UPLOAD_BYTES };
  const log = options.log ?? (() => undefined);
  return {
    async handle(req, res, url) {
      if (url.pathname !== '/api/import' && !url.pathname.startsWith('/api/import/')) return false;
      try {
        const route = ROUTES.find((each) => each.method === req.method && each.path.test(url.pathname));
        if (!route) throw new ImportHttpError('bad-request', `${req.method} ${url.pathname} is not an import route`);
        const answer = await route.handle(context, req, route.path.exec(url.pathname)!.slice(1), url);
        if ('json' in answer) send(res, 200, 'application/json; charset=utf-8', JSON.stringify(answer.json));
        else {
          res.setHeader('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(answer.fileName)}`);
          send(res, 200, 'text/csv; charset=utf-8', answer.csv);
        }
      } catch (error) {
        const failure =
          error instanceof ImportHttpError
            ? error
            : new ImportHttpError('internal', 'the import failed; see the studio’s terminal');
        if (!(error instanceof ImportHttpError))
          log(`import: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
        const body: ImportErrorBody = { error: { code: failure.code, message: failure.message } };
        // An upload refused half-way: the rest of its body is not read.
        if (res.headersSent) res.destroy();
        else send(res, failure.status, 'application/json; charset=utf-8', JSON.stringify(body));
      }
      return true;
    },
    close: () => jobs.close(),
  };
}

function send(res: ServerResponse, status: number, type: string, body: string): void {
  const bytes = Buffer.from(body);
  res.statusCode = status;
  res.setHeader('Content-Type', type);
  res.setHeader('Cache-Control', 'no-store');
  res.setHeader('Content-Length', String(bytes.length));
  res.end(bytes);
}

async function readJson<S extends z.ZodType>(req: IncomingMessage, schema: S): Promise<z.output<S>> {
  if (!(req.headers['content-type'] ?? '').startsWith('application/json'))
    throw new ImportHttpError('bad-request', 'expected a JSON body');
  const chunks: Buffer[] = [];
  let bytes = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    bytes += chunk.length;
    if (bytes > MAX_JSON_BYTES) throw new ImportHttpError('too-large', `a JSON body may be at most ${MAX_JSON_BYTES} bytes`);
    chunks.push(chunk);
  }
  const text = parseJsonText(Buffer.concat(chunks).toString('utf8'));
  const checked = text.ok ? parseWithSchema(schema, text.value) : text;
  if (!checked.ok) throw new ImportHttpError('bad-request', checked.problems.slice(0, 3).join('; '));
  return checked.value;
}

function filterOf(url: URL): ProblemFilter {
  const get = (key: string) => url.searchParams.get(key) || undefined;
  const severity = get('severity');
  return {
    code: get('code'),
    column: get('column'),
    text: get('text'),
    ...(severity === 'error' || severity === 'warning' ? { severity } : {}),
  };
}

function whole(value: string | null, fallback: number): number {
  return value !== null && /^\d+$/.test(value) ? Number(value) : fallback;
}
