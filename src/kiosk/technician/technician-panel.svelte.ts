// What the technician panel shows (docs/design.md §6): the content version, the last sync and its
// result, storage use and the log, and the force-sync button. Read from the store when the panel
// opens and after each sync; never polled while nobody looks.

import type { EskeDb, LogEntry, SyncRecord } from '../storage/eske-db.ts';
import { readMeta } from '../storage/eske-db.ts';
import { storageSummary, type StorageSummary } from '../storage/storage-summary.ts';
import { readLog } from '../storage/technician-log.ts';
import { handleError } from '../app/handle-error.ts';

/** The newest entries are the ones a technician needs; the store keeps more. */
const SHOWN_LOG_ENTRIES = 100;

export interface TechnicianDependencies {
  db: EskeDb;
  syncNow: () => Promise<unknown>;
}

class TechnicianPanel {
  lastSync = $state.raw<SyncRecord | null>(null);
  summary = $state.raw<StorageSummary | null>(null);
  estimate = $state.raw<StorageEstimate | null>(null);
  log = $state.raw<readonly LogEntry[]>([]);
  syncing = $state(false);
  #dependencies: TechnicianDependencies | null = null;

  connect(dependencies: TechnicianDependencies): void {
    this.#dependencies = dependencies;
  }

  async refresh(): Promise<void> {
    const dependencies = this.#dependencies;
    if (!dependencies) return;
    try {
      const [lastSync, summary, log, estimate] = await Promise.all([
        readMeta(dependencies.db, 'lastSync'),
        storageSummary(dependencies.db),
        readLog(dependencies.db, SHOWN_LOG_ENTRIES),
        navigator.storage?.estimate?.() ?? Promise.resolve(null),
      ]);
      this.lastSync = lastSync ?? null;
      this.summary = summary;
      this.log = log;
      this.estimate = estimate;
    } catch (error) {
      handleError(error, 'technician panel', { quiet: true });
    }
  }

  async syncNow(): Promise<void> {
    const dependencies = this.#dependencies;
    if (!dependencies || this.syncing) return;
    this.syncing = true;
    try {
      await dependencies.syncNow();
    } finally {
      this.syncing = false;
      await this.refresh();
    }
  }
}

export const technicianPanel = new TechnicianPanel();
