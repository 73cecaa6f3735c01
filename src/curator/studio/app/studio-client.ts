// The app's calls to the studio's API (studio-api.ts on the server), one function each, with the
// server's error codes kept: the app words them in the curator's language.

import type {
  CheckResult,
  ContentOverview,
  Draft,
  EntryDoc,
  EntryEdit,
  EntryKind,
  ErrorBody,
  PreviewResult,
  PublishPlan,
  PublishResult,
  StudioErrorCode,
  UploadResult,
} from '../protocol/studio-protocol.ts';

/** A failed call: the server's code, or `offline` when the studio could not be reached at all. */
export class StudioCallError extends Error {
  constructor(
    readonly code: StudioErrorCode | 'offline',
    message: string,
  ) {
    super(message);
    this.name = 'StudioCallError';
  }
}

async function call<T>(method: string, url: string, body?: unknown, raw?: Blob): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      headers: raw
        ? { 'Content-Type': 'application/octet-stream' }
        : body === undefined
          ? {}
          : { 'Content-Type': 'application/json' },
      body: raw ?? (body === undefined ? undefined : JSON.stringify(body)),
    });
  } catch (error) {
    throw new StudioCallError('offline', error instanceof Error ? error.message : String(error));
  }
  const json = (await response.json().catch(() => null)) as (T & Partial<ErrorBody>) | null;
  if (!response.ok || json === null) {
    const failure = json?.error;
    throw new StudioCallError(failure?.code ?? 'internal', failure?.message ?? `${response.status} ${response.statusText}`);
  }
  return json;
}

const entryUrl = (kind: EntryKind, id: string) => `/api/entries/${kind}/${encodeURIComponent(id)}`;

export const studioClient = {
  overview: () => call<ContentOverview>('GET', '/api/overview'),
  entry: (kind: EntryKind, id: string) => call<EntryDoc>('GET', entryUrl(kind, id)),
  save: (kind: EntryKind, id: string, baseHash: string, edit: EntryEdit) =>
    call<EntryDoc>('PUT', entryUrl(kind, id), { baseHash, edit }),
  create: (kind: EntryKind, id: string) => call<EntryDoc>('POST', `/api/entries/${kind}`, { id }),
  check: (drafts: Draft[]) => call<CheckResult>('POST', '/api/check', { drafts }),
  preview: (drafts: Draft[]) => call<PreviewResult>('POST', '/api/preview', { drafts }),
  publishPlan: () => call<PublishPlan>('POST', '/api/publish/plan', {}),
  publish: () => call<PublishResult>('POST', '/api/publish', {}),
  upload: (path: string, file: Blob, replace: boolean) =>
    call<UploadResult>('PUT', `/api/files?path=${encodeURIComponent(path)}${replace ? '&replace=1' : ''}`, undefined, file),
};
