// What the technician panel shows (docs/design.md §6): the content version, the last and next sync,
// storage use, whether it is persistent and a version that did not fit (§5.5), uptime and memory,
// usage counts, the log; and its
// tasks (sync now, re-download, reset, §6.4). Read from the store when the panel opens and after
// each sync; never polled while nobody looks.

import { keyIdOf } from '../../feed/key-id.ts';
import type { FeedTrust } from '../../feed/trust-config.ts';
import type { EskeDb, LogEntry, StorageShortage, SyncRecord } from '../storage/eske-db.ts';
import { readMeta } from '../storage/eske-db.ts';
import { storageSummary, type StorageSummary } from '../storage/storage-summary.ts';
import { readLog } from '../storage/technician-log.ts';
import { readUsage, type UsageDay } from '../storage/usage-counts.ts';
import { handleError } from '../app/handle-error.ts';
import { readJsHeap, type JsHeap } from '../app/js-heap.ts';
import { PanelTasks, type PanelTask } from './panel-tasks.svelte.ts';

/** The newest entries are the ones a technician needs; the store keeps more. */
const SHOWN_LOG_ENTRIES = 100;
/** A week: enough to see a Remembrance Day against the days around it. */
const SHOWN_USAGE_DAYS = 7;

export interface TechnicianDependencies {
  db: EskeDb;
  syncNow: () => Promise<unknown>;
  /** docs/design.md §6.4: fetch and verify every object again. */
  redownload: () => Promise<unknown>;
  /** docs/design.md §6.4: empty the store and start over (the page reloads). */
  resetContent: () => Promise<unknown>;
  nextSyncAt: () => number | null;
  /** docs/design.md §5.1: the keys this kiosk trusts and how many must sign. */
  trust: FeedTrust;
}

class TechnicianPanel {
  lastSync = $state.raw<SyncRecord | null>(null);
  summary = $state.raw<StorageSummary | null>(null);
  estimate = $state.raw<StorageEstimate | null>(null);
  /** docs/design.md §5.5: the version that did not fit, until a sync succeeds. */
  shortage = $state.raw<StorageShortage | null>(null);
  log = $state.raw<readonly LogEntry[]>([]);
  usage = $state.raw<readonly UsageDay[]>([]);
  /** The answer to the start-up persistence request; null until it came or where there is none. */
  persisted = $state<boolean | null>(null);
  nextSyncAt = $state<number | null>(null);
  /** ms the app has run since this page loaded. */
  uptimeMs = $state(0);
  memory = $state.raw<JsHeap | null>(null);
  /** ms since the epoch of the last refresh: the kiosk's clock, against which expiry is judged. */
  checkedAt = $state(0);
  /** The trusted keys' ids (distinct) and the threshold; null until the first refresh. */
  trust = $state.raw<{ keyIds: readonly string[]; threshold: number } | null>(null);
  #dependencies: TechnicianDependencies | null = null;
  readonly tasks = new PanelTasks({
    run: (task) => this.#run(task),
    settled: () => this.refresh(),
    onError: (error, task) => handleError(error, `technician ${task}`, { quiet: true }),
  });

  connect(dependencies: TechnicianDependencies): void {
    this.#dependencies = dependencies;
  }

  async refresh(): Promise<void> {
    const dependencies = this.#dependencies;
    if (!dependencies) return;
    try {
      const [lastSync, shortage, summary, log, estimate, usage] = await Promise.all([
        readMeta(dependencies.db, 'lastSync'),
        readMeta(dependencies.db, 'storageShortage'),
        storageSummary(dependencies.db),
        readLog(dependencies.db, SHOWN_LOG_ENTRIES),
        navigator.storage?.estimate?.() ?? Promise.resolve(null),
        readUsage(dependencies.db, SHOWN_USAGE_DAYS),
      ]);
      this.lastSync = lastSync ?? null;
      this.shortage = shortage ?? null;
      this.usage = usage;
      this.nextSyncAt = dependencies.nextSyncAt();
      this.uptimeMs = performance.now();
      this.checkedAt = Date.now();
      this.trust ??= await trustFacts(dependencies.trust);
      this.memory = readJsHeap();
      this.summary = summary;
      this.log = log;
      this.estimate = estimate;
    } catch (error) {
      handleError(error, 'technician panel', { quiet: true });
    }
  }

  persistenceAnswered(persisted: boolean | null): void {
    this.persisted = persisted;
  }

  #run(task: PanelTask): Promise<unknown> {
    const dependencies = this.#dependencies;
    if (!dependencies) return Promise.resolve();
    const run = { sync: dependencies.syncNow, redownload: dependencies.redownload, reset: dependencies.resetContent }[task];
    return run();
  }
}

async function trustFacts(trust: FeedTrust): Promise<{ keyIds: readonly string[]; threshold: number }> {
  const keyIds = await Promise.all(trust.keys.map((key) => keyIdOf(key.publicKey)));
  return { keyIds: [...new Set(keyIds)], threshold: trust.threshold };
}

export const technicianPanel = new TechnicianPanel();
