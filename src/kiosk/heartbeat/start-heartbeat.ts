// The heartbeat's browser side (docs/design.md §6.5): the status read from the page and the store,
// the network's losses and returns, and each request sent as a CORS simple request in `no-cors`
// mode, so a monitor that sends no CORS headers still receives it.

import type { KioskConfig } from '../../feed/kiosk-config-schema.ts';
import { isExpired } from '../../feed/verify-manifest.ts';
import { APP_VERSION } from '../app/app-version.ts';
import { contentState } from '../app/content-state.svelte.ts';
import { readJsHeap } from '../app/js-heap.ts';
import { takeStartEvent } from '../app/reload-kiosk.ts';
import { scheduleManager } from '../schedule/schedule-manager.svelte.ts';
import { readMeta, type EskeDb } from '../storage/eske-db.ts';
import type { SyncOutcome } from '../sync/sync-outcome.ts';
import { heartbeat } from './heartbeat.svelte.ts';
import { syncEvent } from './heartbeat-events.ts';
import type { HeartbeatRequest } from './heartbeat-request.ts';
import type { HeartbeatEvent, HeartbeatStatus, StorageProblem } from './heartbeat-status.ts';

/** A monitor that has not answered by then is out of reach for this beat. */
const SEND_TIMEOUT_MS = 15_000;

export interface StartedHeartbeat {
  /** Reports a sync's outcome, when it differs from the one before. */
  syncEnded(outcome: SyncOutcome): void;
  /** Reports stored content found damaged or gone (docs/design.md §5.6), bringing the next beat forward. */
  storageProblem(problem: StorageProblem, objects?: number): void;
}

export function startHeartbeat(config: KioskConfig, db: EskeDb, onError: (error: unknown) => void): StartedHeartbeat | null {
  if (!config.heartbeat) return null;
  const startedAt = Date.now();
  let offlineSince: number | null = navigator.onLine ? null : startedAt;
  const firstEvents: HeartbeatEvent[] = [takeStartEvent(startedAt)];
  if (offlineSince !== null) firstEvents.push({ kind: 'offline', at: offlineSince });
  void heartbeat.start(
    { config: config.heartbeat, db, send: sendHeartbeat, readStatus: () => readStatus(config, db), onError },
    firstEvents,
  );

  window.addEventListener('offline', () => {
    offlineSince = Date.now();
    void heartbeat.record({ kind: 'offline', at: offlineSince });
  });
  window.addEventListener('online', () => {
    const at = Date.now();
    const offlineSeconds = offlineSince === null ? null : Math.round((at - offlineSince) / 1000);
    offlineSince = null;
    void heartbeat.record({ kind: 'online', at, offlineSeconds }, { early: true });
  });

  let previousSync: Extract<HeartbeatEvent, { kind: 'sync' }> | null = null;
  return {
    syncEnded(outcome) {
      const at = Date.now();
      if (outcome.kind === 'installed' || outcome.kind === 'up-to-date') void heartbeat.syncSucceeded(at);
      const event = syncEvent(outcome, at, previousSync);
      if (!event) return;
      previousSync = event;
      void heartbeat.record(event, { early: true });
    },
    storageProblem(problem, objects) {
      void heartbeat.record(
        { kind: 'storage', at: Date.now(), problem, ...(objects === undefined ? {} : { objects }) },
        { early: true },
      );
    },
  };
}

/** Resolves once the monitor answered, with a response the page may not read; rejects when none came. */
async function sendHeartbeat(request: HeartbeatRequest): Promise<void> {
  await window.fetch(request.url, {
    method: request.method,
    body: request.body,
    headers: request.contentType ? { 'Content-Type': request.contentType } : undefined,
    mode: 'no-cors',
    credentials: 'omit',
    cache: 'no-store',
    referrerPolicy: 'no-referrer',
    // A beat sent as the page unloads (a reload) still leaves.
    keepalive: true,
    signal: AbortSignal.timeout(SEND_TIMEOUT_MS),
  });
}

async function readStatus(config: KioskConfig, db: EskeDb): Promise<Omit<HeartbeatStatus, 'counters'>> {
  const [lastSync, estimate] = await Promise.all([
    readMeta(db, 'lastSync'),
    navigator.storage?.estimate?.().catch(() => null) ?? Promise.resolve(null),
  ]);
  const shown = contentState.shown;
  const at = Date.now();
  return {
    kioskId: config.kioskId,
    appVersion: APP_VERSION,
    exhibitId: shown?.manifest.exhibitId ?? config.exhibitId ?? null,
    mode: scheduleManager.mode,
    at,
    uptimeSeconds: Math.floor(performance.now() / 1000),
    contentVersion: shown?.version ?? null,
    feedExpiresAt: shown?.manifest.expiresAt === undefined ? null : Date.parse(shown.manifest.expiresAt),
    feedExpired: shown ? isExpired(shown.manifest, at) : false,
    lastSync: lastSync
      ? { kind: lastSync.kind, at: lastSync.finishedAt, ...(lastSync.code ? { code: lastSync.code } : {}) }
      : null,
    storageUsedBytes: estimate?.usage ?? null,
    jsHeap: readJsHeap(),
  };
}
