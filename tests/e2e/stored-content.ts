// Reads and damages the kiosk's IndexedDB from inside its page, for the fault tests: which version
// is active, which are stored, and whether the active one is whole (every object of its manifest
// present and hashing to its entry). Raw IndexedDB, opened without a version and never creating
// the database (an evicted store stays absent until the app makes it again with its schema).

import type { Page } from '@playwright/test';

export interface StoreState {
  /** meta `activeVersion`; null before the first install. */
  active: number | null;
  versions: { version: number; state: string }[];
  /** Every stored object's SHA-256. */
  objects: string[];
  /** The active version's objects that are missing or fail their SHA-256, by name. */
  brokenObjects: string[];
}

export interface LogRow {
  code?: string;
  count: number;
  message: string;
}

type Query =
  | { kind: 'state' }
  | { kind: 'rows'; table: 'log' | 'meta' }
  /** Replaces `from` by `to` in the object's text (the whole text when `from` is null). */
  | { kind: 'edit'; sha256: string; from: string | null; to: string };

/** One function runs in the page for every query, so that the database is opened in one place. */
function query(page: Page, q: Query): Promise<unknown> {
  return page.evaluate(async (q) => {
    const db = await new Promise<IDBDatabase | null>((resolve, reject) => {
      const open = indexedDB.open('eske');
      open.onupgradeneeded = () => open.transaction?.abort();
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => (open.error?.name === 'AbortError' ? resolve(null) : reject(open.error));
    });
    // No database, or one the app has not given its tables yet: an empty store.
    if (!db || !db.objectStoreNames.contains('objects')) {
      db?.close();
      if (q.kind === 'state') return { active: null, versions: [], objects: [], brokenObjects: [] } satisfies StoreState;
      return q.kind === 'rows' ? [] : null;
    }
    const request = <T>(r: IDBRequest<T>) =>
      new Promise<T>((resolve, reject) => {
        r.onsuccess = () => resolve(r.result);
        r.onerror = () => reject(r.error);
      });
    try {
      if (q.kind === 'rows') return await request(db.transaction(q.table).objectStore(q.table).getAll());
      if (q.kind === 'edit') {
        const row = (await request(db.transaction('objects').objectStore('objects').get(q.sha256))) as { blob: Blob };
        const text = q.from === null ? q.to : (await row.blob.text()).replace(q.from, q.to);
        const tx = db.transaction('objects', 'readwrite');
        tx.objectStore('objects').put({ ...row, blob: new Blob([text], { type: row.blob.type }) });
        return await new Promise<null>((resolve, reject) => {
          tx.oncomplete = () => resolve(null);
          tx.onerror = () => reject(tx.error);
        });
      }
      type Entry = { sha256: string; name: string };
      // One read transaction: pointer, rows and blobs from the same moment.
      const tx = db.transaction(['meta', 'versions', 'objects'], 'readonly');
      const [meta, rows, objects] = await Promise.all([
        request(tx.objectStore('meta').get('activeVersion')) as Promise<{ value: number } | undefined>,
        request(tx.objectStore('versions').getAll()) as Promise<{ version: number; state: string; manifestBytes: Uint8Array }[]>,
        request(tx.objectStore('objects').getAllKeys()) as Promise<string[]>,
      ]);
      const active = meta?.value ?? null;
      const activeRow = rows.find((row) => row.version === active);
      const manifest = activeRow
        ? (JSON.parse(new TextDecoder().decode(activeRow.manifestBytes)) as { objects?: Entry[]; signed?: { objects: Entry[] } })
        : null;
      const entries = manifest?.signed?.objects ?? manifest?.objects ?? [];
      const stored = await Promise.all(
        entries.map((entry) => request(tx.objectStore('objects').get(entry.sha256)) as Promise<{ blob: Blob } | undefined>),
      );
      const brokenObjects: string[] = active !== null && !activeRow ? [`version ${active}`] : [];
      for (const [i, entry] of entries.entries()) {
        const blob = stored[i]?.blob;
        const digest = blob ? new Uint8Array(await crypto.subtle.digest('SHA-256', await blob.arrayBuffer())) : new Uint8Array();
        if ([...digest].map((byte) => byte.toString(16).padStart(2, '0')).join('') !== entry.sha256)
          brokenObjects.push(entry.name);
      }
      const versions = rows.map(({ version, state }) => ({ version, state })).sort((a, b) => a.version - b.version);
      return { active, versions, objects, brokenObjects } satisfies StoreState;
    } finally {
      db.close();
    }
  }, q);
}

export function readStoreState(page: Page): Promise<StoreState> {
  return query(page, { kind: 'state' }) as Promise<StoreState>;
}

/** The technician log, oldest first. */
export function readLogRows(page: Page): Promise<LogRow[]> {
  return query(page, { kind: 'rows', table: 'log' }) as Promise<LogRow[]>;
}

/** One meta value, e.g. `lastSync`. */
export async function readMetaValue<T>(page: Page, key: string): Promise<T | undefined> {
  const rows = (await query(page, { kind: 'rows', table: 'meta' })) as { key: string; value: T }[];
  return rows.find((row) => row.key === key)?.value;
}

/** Edits a stored object's text: a same-length edit keeps its size, so only its hash can tell. */
export async function editStoredObject(page: Page, sha256: string, from: string | null, to: string): Promise<void> {
  await query(page, { kind: 'edit', sha256, from, to });
}
