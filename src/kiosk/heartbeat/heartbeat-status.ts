// What a heartbeat reports (docs/design.md §6.5): a snapshot of the kiosk's status and the events
// queued since the last delivery. The formatters turn these into each monitor's request; nothing
// here reads the browser, so the formats are tested on plain values.

import type { ScheduledMode } from '../schedule/evaluate-schedule.ts';
import type { SyncResultKind } from '../storage/eske-db.ts';

export const HEARTBEAT_EVENT_KINDS = ['start', 'reload', 'sync', 'offline', 'online', 'storage'] as const;
export type HeartbeatEventKind = (typeof HEARTBEAT_EVENT_KINDS)[number];

/** Why the page was loaded again: the technician's button, a new app version, the watchdog, or the browser (F5, a crash). */
export type ReloadReason = 'technician' | 'app-update' | 'watchdog' | 'unknown';

/**
 * docs/design.md §5.6: what went wrong with the stored content: objects that failed the start-up
 * check (`damaged`, with how many), or the whole store gone under the running app (`evicted`).
 */
export type StorageProblem = 'damaged' | 'evicted';

/** Something that happened, kept (in IndexedDB) until a heartbeat delivered it. `at`: ms since the epoch. */
export type HeartbeatEvent =
  | { kind: 'start'; at: number }
  | { kind: 'reload'; at: number; reason: ReloadReason }
  | { kind: 'sync'; at: number; result: SyncResultKind; version: number | null; code?: string }
  | { kind: 'offline'; at: number }
  | { kind: 'online'; at: number; offlineSeconds: number | null }
  | { kind: 'storage'; at: number; problem: StorageProblem; objects?: number };

/** A queued event with its place in the queue (ascending: the order things happened). */
export type QueuedHeartbeatEvent = HeartbeatEvent & { seq: number };

/** Totals kept across restarts, so Prometheus counters only reset when the store is wiped. */
export interface HeartbeatCounters {
  /** Error lines written to the technician log (a repeated line counts each time). */
  errors: number;
  /** Events recorded, delivered or not. */
  events: Record<HeartbeatEventKind, number>;
  /** When each kind last happened, ms since the epoch. */
  lastEventAt: Partial<Record<HeartbeatEventKind, number>>;
  /** Events dropped, oldest first, from a queue that reached its cap while the monitor was out of reach. */
  droppedEvents: number;
  /** When a sync last ended installed or up to date, ms since the epoch. */
  lastSyncSuccessAt: number | null;
}

export interface HeartbeatStatus {
  kioskId: string;
  appVersion: string;
  /** The exhibit on screen, or the configured one before the first install. */
  exhibitId: string | null;
  mode: ScheduledMode;
  /** ms since the epoch when the snapshot was taken. */
  at: number;
  uptimeSeconds: number;
  /** The feed version on screen; null before the first install. */
  contentVersion: number | null;
  /** docs/design.md §5.1: when the manifest on screen expires, ms since the epoch; null if it never does. */
  feedExpiresAt: number | null;
  /** That time has passed on the kiosk's clock: the content is frozen, or the clock is wrong. */
  feedExpired: boolean;
  lastSync: { kind: SyncResultKind; at: number; code?: string } | null;
  /** What the origin uses in IndexedDB and caches (StorageManager.estimate); null where not told. */
  storageUsedBytes: number | null;
  /** Chromium's JS heap figures; null elsewhere. */
  jsHeap: { usedBytes: number; limitBytes: number } | null;
  counters: HeartbeatCounters;
}

/**
 * What a monitor should flag: a failed or refused last sync, or expired content on screen. The
 * kiosk runs, but its content is stuck (or its clock is wrong).
 */
export function needsAttention(status: Pick<HeartbeatStatus, 'lastSync' | 'feedExpired'>): boolean {
  return status.lastSync?.kind === 'failed' || status.lastSync?.kind === 'rejected' || status.feedExpired;
}

export function emptyCounters(): HeartbeatCounters {
  return {
    errors: 0,
    events: { start: 0, reload: 0, sync: 0, offline: 0, online: 0, storage: 0 },
    lastEventAt: {},
    droppedEvents: 0,
    lastSyncSuccessAt: null,
  };
}

/** ISO 8601 in UTC to the second: what a monitor's message log shows, the same on every kiosk. */
export function isoSeconds(at: number): string {
  return `${new Date(at).toISOString().slice(0, 19)}Z`;
}

/** One event as a short line: `2026-05-31T06:00:00Z sync failed (network)`. */
export function describeEvent(event: HeartbeatEvent): string {
  const when = isoSeconds(event.at);
  switch (event.kind) {
    case 'start':
      return `${when} start`;
    case 'reload':
      return `${when} reload (${event.reason})`;
    case 'sync':
      return `${when} sync ${event.result}${event.version === null ? '' : ` v${event.version}`}${event.code ? ` (${event.code})` : ''}`;
    case 'offline':
      return `${when} network lost`;
    case 'online':
      return `${when} network back${event.offlineSeconds === null ? '' : ` after ${event.offlineSeconds} s`}`;
    case 'storage':
      return `${when} storage ${event.problem}${event.objects === undefined ? '' : ` (${event.objects} objects)`}`;
  }
}
