// Reading a request's body within a limit, checking JSON bodies against their schema at the
// door, and answering with JSON or an error by its code. The studio's routes use only these.

import type { IncomingMessage, ServerResponse } from 'node:http';
import type { z } from 'zod';
import { parseWithSchema } from '../../feed/parse-with-schema.ts';
import type { ErrorBody } from './protocol/studio-protocol.ts';
import { StudioError } from './studio-error.ts';

/** Drafts of every entry of a large exhibit fit many times over; anything bigger is not the app. */
export const MAX_JSON_BODY_BYTES = 16 * 1024 * 1024;

export async function readBody(req: IncomingMessage, maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let bytes = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    bytes += chunk.length;
    if (bytes > maxBytes) throw new StudioError('too-large', `the request is larger than ${maxBytes} bytes`);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

export async function readJson<S extends z.ZodType>(req: IncomingMessage, schema: S): Promise<z.output<S>> {
  if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
    throw new StudioError('bad-request', 'expected a JSON body (Content-Type: application/json)');
  }
  let json: unknown;
  try {
    json = JSON.parse((await readBody(req, MAX_JSON_BODY_BYTES)).toString('utf8'));
  } catch (error) {
    if (error instanceof StudioError) throw error;
    throw new StudioError('bad-request', 'the body is not JSON');
  }
  const checked = parseWithSchema(schema, json);
  if (!checked.ok) throw new StudioError('bad-request', `the body does not fit: ${checked.problems.slice(0, 3).join('; ')}`);
  return checked.value;
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const bytes = Buffer.from(JSON.stringify(body));
  res.statusCode = status;
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.setHeader('Cache-Control', 'no-store');
  res.setHeader('Content-Length', String(bytes.length));
  res.end(bytes);
}

/** A StudioError as its code and message; anything else as `internal`, with the detail kept for the terminal. */
export function sendError(res: ServerResponse, error: unknown, log: (text: string) => void): void {
  const known = error instanceof StudioError;
  if (!known) log(`internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  const body: ErrorBody = {
    error: known
      ? { code: error.code, message: error.message }
      : { code: 'internal', message: 'the studio failed; see its terminal' },
  };
  if (res.headersSent) {
    res.destroy();
    return;
  }
  sendJson(res, known ? error.status : 500, body);
}
