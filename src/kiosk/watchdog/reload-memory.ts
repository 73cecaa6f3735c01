// Where the watchdog's last reload outlives the page (docs/design.md §6.6): localStorage, small
// and synchronous, so it is written before location.reload() and read at the next start, for the
// least time between reloads and for the technician panel.

import { reloadRecordSchema, type ReloadRecord } from './reload-reason.ts';

const KEY = 'eske.watchdog.last-reload';

export interface ReloadMemory {
  read(): ReloadRecord | null;
  /** False when the browser refuses to keep it: then no reload may happen, or a cause that returns at start would loop. */
  write(record: ReloadRecord): boolean;
}

export const localReloadMemory: ReloadMemory = {
  read: () => {
    try {
      const checked = reloadRecordSchema.safeParse(JSON.parse(window.localStorage.getItem(KEY) ?? 'null'));
      return checked.success ? checked.data : null;
    } catch {
      return null;
    }
  },
  write: (record) => {
    try {
      window.localStorage.setItem(KEY, JSON.stringify(record));
      return true;
    } catch {
      return false;
    }
  },
};
