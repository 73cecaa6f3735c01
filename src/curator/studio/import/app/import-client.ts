// The import screen's calls to the studio's /api/import routes (import-routes.ts), one function
// each, with the server's failure codes kept for the screen to word. No Svelte.

import type {
  ImportErrorBody,
  ImportFailure,
  ImportSettings,
  ImportStatus,
  ProblemFilter,
  ProblemsPage,
  RowChange,
} from '../import-protocol.ts';

/** A failed call: the server's code, or `offline` when the studio could not be reached at all. */
export class ImportCallError extends Error {
  constructor(
    readonly code: ImportFailure | 'offline',
    message: string,
  ) {
    super(message);
    this.name = 'ImportCallError';
  }
}

async function call<T>(method: string, url: string, body?: unknown, file?: Blob): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      headers: file
        ? { 'Content-Type': 'application/octet-stream' }
        : body === undefined
          ? {}
          : { 'Content-Type': 'application/json' },
      body: file ?? (body === undefined ? undefined : JSON.stringify(body)),
    });
  } catch (error) {
    throw new ImportCallError('offline', error instanceof Error ? error.message : String(error));
  }
  const json = (await response.json().catch(() => null)) as (T & Partial<ImportErrorBody>) | null;
  if (!response.ok || json === null) {
    throw new ImportCallError(
      json?.error?.code ?? 'internal',
      json?.error?.message ?? `${response.status} ${response.statusText}`,
    );
  }
  return json;
}

/** The filter as query parameters, for the page and for the CSV link alike. */
export function filterQuery(filter: ProblemFilter): URLSearchParams {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(filter)) if (value) query.set(key, String(value));
  return query;
}

const base = (id: string) => `/api/import/${encodeURIComponent(id)}`;

export const importClient = {
  upload: (file: File) => call<ImportStatus>('POST', `/api/import?name=${encodeURIComponent(file.name)}`, undefined, file),
  status: (id: string) => call<ImportStatus>('GET', base(id)),
  settings: (id: string, settings: ImportSettings) => call<ImportStatus>('PUT', `${base(id)}/settings`, settings),
  problems: (id: string, filter: ProblemFilter, offset: number) => {
    const query = filterQuery(filter);
    query.set('offset', String(offset));
    return call<ProblemsPage>('GET', `${base(id)}/problems?${query}`);
  },
  problemsCsvUrl: (id: string, filter: ProblemFilter) => `${base(id)}/problems.csv?${filterQuery(filter)}`,
  changeRow: (id: string, line: number, change: RowChange) => call<ImportStatus>('PUT', `${base(id)}/rows/${line}`, change),
  confirm: (id: string) => call<ImportStatus>('POST', `${base(id)}/confirm`),
  discard: (id: string) => call<object>('DELETE', base(id)),
};
