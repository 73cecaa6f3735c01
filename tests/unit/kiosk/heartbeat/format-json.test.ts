import { describe, expect, it } from 'vitest';
import { HEARTBEAT_JSON_FORMAT, jsonRequest } from '../../../../src/kiosk/heartbeat/format-json.ts';
import type { QueuedHeartbeatEvent } from '../../../../src/kiosk/heartbeat/heartbeat-status.ts';
import { AT, statusFixture } from './status-fixture.ts';

describe('jsonRequest', () => {
  it('POSTs the whole status and the events in order as JSON, typed text/plain so it stays a simple request', () => {
    const events: QueuedHeartbeatEvent[] = [
      { seq: 7, kind: 'reload', at: AT - 10_000, reason: 'technician' },
      { seq: 8, kind: 'sync', at: AT, result: 'installed', version: 4 },
    ];
    const request = jsonRequest('http://127.0.0.1:8080/eske', statusFixture(), events);
    expect(request).toMatchObject({
      method: 'POST',
      url: 'http://127.0.0.1:8080/eske',
      contentType: 'text/plain; charset=utf-8',
    });
    expect(JSON.parse(request.body!)).toEqual({ format: HEARTBEAT_JSON_FORMAT, status: statusFixture(), events });
  });
});
