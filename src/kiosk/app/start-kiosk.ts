// Start-up, in order: read this kiosk's config, open the store, check the content it holds
// (docs/design.md §5.6) and show it (its name index loads behind the Home screen), then sync (§5.4)
// and keep the kiosk behaviour running. Every step that can fail ends on a screen: the technician's config error,
// "being prepared", or the calm error screen.

import { attractLoop } from '../attract/attract-loop.svelte.ts';
import { idleManager } from '../behaviour/idle-manager.svelte.ts';
import { installLockdown } from '../behaviour/lockdown.ts';
import type { KioskConfig } from '../../feed/kiosk-config-schema.ts';
import { language } from '../i18n/language.svelte.ts';
import { namesIndex } from '../names/names-index.svelte.ts';
import { testimonyPlayer } from '../player/testimony-player.svelte.ts';
import { createEskeDb, writeMeta, type EskeDb } from '../storage/eske-db.ts';
import { readActiveContent, type ActiveContent } from '../storage/read-active-content.ts';
import { requestPersistentStorage } from '../storage/persistent-storage.ts';
import { resetContent } from '../storage/reset-content.ts';
import { appendLog, type LogLine } from '../storage/technician-log.ts';
import { countUsage, usageCounter } from '../storage/usage-counts.ts';
import { feedTargetFromConfig, type FeedTarget } from '../sync/feed-target.ts';
import { syncOnce } from '../sync/sync-once.ts';
import { SyncScheduler } from '../sync/sync-scheduler.ts';
import { localPinLockMemory, technicianAccess } from '../technician/technician-access.svelte.ts';
import { technicianPanel } from '../technician/technician-panel.svelte.ts';
import { startAppUpdates } from '../updates/app-updates.ts';
import { appState } from './app-state.svelte.ts';
import { contentState } from './content-state.svelte.ts';
import { configureErrorHandling, handleError } from './handle-error.ts';
import { kioskIdFromSearch, loadKioskConfig, type ConfigMemory } from '../config/kiosk-config-loader.ts';
import { reloadKiosk } from './reload-kiosk.ts';
import { checkStoredContent, foundProblems, watchForEviction } from './stored-content-faults.ts';
import { resetKiosk, visitorState } from './reset-kiosk.ts';
import { router } from './router.svelte.ts';
import { hasVisitorState } from './visitor-state.ts';
import { scheduleManager } from '../schedule/schedule-manager.svelte.ts';
import { startSchedule } from '../schedule/start-schedule.ts';
import { startHeartbeat, type StartedHeartbeat } from '../heartbeat/start-heartbeat.ts';
import { startWatchdog } from '../watchdog/start-watchdog.ts';
import { addPolicy } from '../security/add-policy.ts';
import { connectPolicy } from '../security/content-security-policy.ts';
import { logPolicyViolations } from '../security/log-policy-violations.ts';

export async function startKiosk(): Promise<void> {
  installLockdown();
  const config = await readConfig();
  // docs/design.md §10: before any other request, connections narrow to what the config names.
  addPolicy(document, connectPolicy(config, document.baseURI));
  if (!config) return;
  language.configure(config.languages, config.defaultLanguage);
  appState.config = config;
  testimonyPlayer.configureVolume(config.volume);

  const db = createEskeDb();
  const log = (line: LogLine) => appendLog(db, Date.now(), line);
  configureErrorHandling({ log });
  logPolicyViolations(document, log);
  namesIndex.connect({ db });
  usageCounter.connect({
    db,
    timeZone: config.timeZone,
    onError: (error) => handleError(error, 'usage counts', { quiet: true }),
  });
  requestPersistentStorage(db, navigator.storage, Date.now()).then(
    (persisted) => technicianPanel.persistenceAnswered(persisted),
    (error: unknown) => handleError(error, 'persistent storage', { quiet: true }),
  );
  const check = await checkStoredContent(db, log);
  await showStoredContent(db, config);

  // docs/design.md §6.5: reports to the museum's monitor; its own interval, closed hours or not.
  const heartbeat = startHeartbeat(config, db, (error) => handleError(error, 'heartbeat', { quiet: true }));
  if (foundProblems(check)) heartbeat?.storageProblem('damaged', check.problems.length);
  const target = feedTargetFromConfig(config, document.baseURI);
  const scheduler = startSync(target, db, heartbeat, config, log);
  if (foundProblems(check) && check.problems.some((problem) => problem.role === 'names')) {
    // docs/design.md §5.6: a names shard the check dropped is back after the first sync that
    // succeeds; the register's index, which could not load without it, loads then.
    const stop = scheduler.onOutcome((outcome) => {
      if (outcome.kind !== 'installed' && outcome.kind !== 'up-to-date') return;
      stop();
      if (contentState.shown && namesIndex.status !== 'ready') void namesIndex.retry(contentState.shown);
    });
  }
  technicianPanel.connect({
    db,
    trust: target.trust,
    syncNow: () => scheduler.syncNow('forced'),
    redownload: () => scheduler.syncNow('redownload'),
    resetContent: async () => {
      // docs/design.md §6.4: no sync may write between the clear and the reload.
      await scheduler.stop();
      await resetContent(db, Date.now());
      reloadKiosk('technician');
    },
    nextSyncAt: () => scheduler.nextSyncAt,
  });
  technicianAccess.configure(
    { pin: config.technicianPin, pinHash: config.technicianPinHash },
    () => {
      router.open({ screen: 'technician' });
      void technicianPanel.refresh();
    },
    localPinLockMemory,
  );
  idleManager.start({
    idleSeconds: config.idleSeconds,
    hasVisitorState: () => hasVisitorState(visitorState()),
    // docs/design.md §6: between visitors, the exhibit's attract slides (none: Home stays).
    onExpire: () => {
      resetKiosk();
      attractLoop.start(() => contentState.shown?.exhibit.attract.length ?? 0);
    },
    onTick: () => switchContentWhenQuiet(db),
    isEngaged: () => testimonyPlayer.isPlaying,
    onVisit: () => void countUsage('visit'),
  });
  // docs/design.md §6.6: reloads after a stall, repeated errors or a growing heap, and once a night.
  startWatchdog(config, log);
  // docs/design.md §6.2: Remembrance, silence and closed hours; closed hours stretch sync and pause app-update checks.
  startSchedule(config, {
    log: (line) => void appendLog(db, Date.now(), line).catch((error: unknown) => console.error('[eske] log', error)),
    setSyncIntervalMs: (intervalMs) => scheduler.setIntervalMs(intervalMs),
  });
  startAppUpdates({
    isIdle: () => idleManager.isQuiet(),
    isPaused: () => scheduleManager.mode === 'closed',
    onError: (error) => handleError(error, 'app update', { quiet: true }),
  });
}

async function readConfig(): Promise<KioskConfig | null> {
  const id = kioskIdFromSearch(window.location.search);
  if (!id.ok) {
    appState.configFailure = id.failure;
    return null;
  }
  const loaded = await loadKioskConfig(id.id, (url, init) => window.fetch(url, init), document.baseURI, localConfigMemory);
  if (!loaded.ok) {
    console.error(`[eske] ${loaded.failure.file}:`, loaded.failure.problems.join('; '));
    appState.configFailure = loaded.failure;
    return null;
  }
  if (loaded.fromMemory) console.warn(`[eske] ${loaded.file}: offline, using the last good copy`);
  return loaded.config;
}

/** localStorage: small, synchronous, survives restarts; a browser that refuses it just has no memory. */
const localConfigMemory: ConfigMemory = {
  read: (id) => {
    try {
      return window.localStorage.getItem(`eske.kiosk-config.${id}`);
    } catch {
      return null;
    }
  },
  write: (id, text) => {
    try {
      window.localStorage.setItem(`eske.kiosk-config.${id}`, text);
    } catch {
      // Private mode or a full quota: the kiosk still runs, only not offline from a cold start.
    }
  },
};

/**
 * What the store holds: at start-up, content from an earlier run, shown at once, network or
 * not; after an install, the new version. Content that goes on screen now has its name index
 * loaded in the background (stored, or built if none is); content held for the next idle
 * moment first has its index built and stored, so the switch finds it ready.
 */
async function showStoredContent(db: EskeDb, config: KioskConfig): Promise<void> {
  let content: ActiveContent | null;
  try {
    content = await readActiveContent(db);
  } catch (error) {
    // A damaged store: sync repairs it; meanwhile the kiosk says it is being prepared.
    handleError(error, 'reading the stored content', { quiet: true });
    return;
  }
  if (!content) return;
  // docs/design.md §5.1: kiosk-config moved the kiosk to another exhibit. The old one is not shown
  // (it is the wrong museum's), but kept until sync has verified the new exhibit's feed.
  if (config.exhibitId !== undefined && content.manifest.exhibitId !== config.exhibitId) {
    void appendLog(db, Date.now(), {
      level: 'warn',
      code: 'exhibit-pending',
      message: `kiosk-config names exhibit "${config.exhibitId}"; the stored "${content.manifest.exhibitId}" stays hidden until it is installed`,
    }).catch((error: unknown) => handleError(error, 'technician log', { quiet: true }));
    return;
  }
  contentState.offer(content);
  if (contentState.shown === content) {
    markShown(db, content);
  } else if (contentState.pending === content) {
    await namesIndex.prepare(content);
    contentState.prepared(content.version);
  }
}

function startSync(
  target: FeedTarget,
  db: EskeDb,
  heartbeat: StartedHeartbeat | null,
  config: KioskConfig,
  log: (line: LogLine) => Promise<void>,
): SyncScheduler {
  // docs/design.md §5.6: content evicted under the running kiosk is downloaded again at once.
  const eviction = watchForEviction(db, {
    shownVersion: () => contentState.shown?.version ?? null,
    log,
    onEvicted: () => {
      contentState.forget();
      resetKiosk();
      heartbeat?.storageProblem('evicted');
      void scheduler.syncNow();
    },
  });
  const scheduler = new SyncScheduler({
    runSync: async (signal, mode) => {
      await eviction.check();
      return syncOnce(
        target,
        {
          db,
          fetch: (url, init) => window.fetch(url, init),
          now: Date.now,
          estimateStorage: () => navigator.storage?.estimate?.() ?? Promise.resolve(undefined),
        },
        signal,
        mode,
      );
    },
    intervalMs: config.syncIntervalSeconds * 1000,
  });
  scheduler.onOutcome((outcome) => {
    if (outcome.kind === 'installed' || contentState.shown === null) void showStoredContent(db, config);
    void technicianPanel.refresh();
    heartbeat?.syncEnded(outcome);
  });
  scheduler.start();
  return scheduler;
}

/** docs/design.md §5.3: a new version goes on screen only when nobody is touching or listening. */
function switchContentWhenQuiet(db: EskeDb): void {
  if (contentState.pending === null || !idleManager.isQuiet() || testimonyPlayer.isPlaying) return;
  if (!contentState.applyPending() || !contentState.shown) return;
  router.keepValid(contentState.shown);
  markShown(db, contentState.shown);
}

/** Loads the shown version's name index, and tells garbage collection to keep that version. */
function markShown(db: EskeDb, content: ActiveContent): void {
  void namesIndex.show(content);
  writeMeta(db, 'shownVersion', content.version).catch((error: unknown) =>
    handleError(error, 'recording the version on screen', { quiet: true }),
  );
}
