// One kiosk's status as the heartbeat formats see it: content v3 installed, an hour up, two errors.

import { emptyCounters, type HeartbeatStatus } from '../../../../src/kiosk/heartbeat/heartbeat-status.ts';

/** 2026-05-31T06:00:00Z, 11:00 in Almaty. */
export const AT = Date.UTC(2026, 4, 31, 6, 0, 0);

export function statusFixture(overrides: Partial<HeartbeatStatus> = {}): HeartbeatStatus {
  return {
    kioskId: 'hall-1',
    appVersion: '0.1.0',
    exhibitId: 'kz-repression-demo',
    mode: 'open',
    at: AT,
    uptimeSeconds: 3600,
    contentVersion: 3,
    feedExpiresAt: null,
    feedExpired: false,
    lastSync: { kind: 'up-to-date', at: AT - 60_000 },
    storageUsedBytes: 52_428_800,
    jsHeap: null,
    counters: {
      ...emptyCounters(),
      errors: 2,
      events: { start: 1, reload: 1, sync: 2, offline: 0, online: 0, storage: 0 },
      lastEventAt: { start: AT - 3_600_000, reload: AT - 1_800_000, sync: AT - 60_000 },
      lastSyncSuccessAt: AT - 60_000,
    },
    ...overrides,
  };
}
