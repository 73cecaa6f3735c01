import { describe, expect, it } from 'vitest';
import { healthchecksRequest, MAX_KUMA_MESSAGE_CHARS, uptimeKumaRequest } from '../../../../src/kiosk/heartbeat/format-text.ts';
import type { HeartbeatEvent } from '../../../../src/kiosk/heartbeat/heartbeat-status.ts';
import { AT, statusFixture } from './status-fixture.ts';

const EVENTS: HeartbeatEvent[] = [
  { kind: 'offline', at: AT - 600_000 },
  { kind: 'online', at: AT - 60_000, offlineSeconds: 540 },
  { kind: 'sync', at: AT - 30_000, result: 'failed', version: 3, code: 'network' },
];
const failing = statusFixture({ lastSync: { kind: 'failed', at: AT - 30_000, code: 'network' } });

describe('uptimeKumaRequest', () => {
  it('GETs the push URL with status=up, the summary and events as msg, and an empty ping', () => {
    const request = uptimeKumaRequest('https://kuma.museum.kz/api/push/Ab12Cd34?status=up&msg=OK&ping=', statusFixture(), []);
    expect(request.method).toBe('GET');
    expect(request.body).toBeUndefined();
    expect(request.contentType).toBeUndefined();
    expect(request.url).toBe(
      'https://kuma.museum.kz/api/push/Ab12Cd34?status=up&msg=hall-1%3A+content+v3%2C+sync+up-to-date%2C+mode+open%2C+up+3600+s&ping=',
    );
  });

  it('says down while the content on screen has expired, and says so', () => {
    const expired = statusFixture({ feedExpiresAt: AT - 1000, feedExpired: true });
    const url = new URL(uptimeKumaRequest('https://kuma.museum.kz/api/push/Ab12Cd34', expired, []).url);
    expect(url.searchParams.get('status')).toBe('down');
    expect(url.searchParams.get('msg')).toBe('hall-1: content v3 EXPIRED, sync up-to-date, mode open, up 3600 s');
    expect(healthchecksRequest('https://hc.museum.kz/ping/key/hall-1', expired, []).url).toBe(
      'https://hc.museum.kz/ping/key/hall-1/fail',
    );
  });

  it('says down after a failed sync, and lists the events in order', () => {
    const url = new URL(uptimeKumaRequest('https://kuma.museum.kz/api/push/Ab12Cd34', failing, EVENTS).url);
    expect(url.searchParams.get('status')).toBe('down');
    expect(url.searchParams.get('msg')).toBe(
      'hall-1: content v3, sync failed (network), mode open, up 3600 s; 2026-05-31T05:50:00Z network lost; ' +
        '2026-05-31T05:59:00Z network back after 540 s; 2026-05-31T05:59:30Z sync failed v3 (network)',
    );
  });

  it('cuts a long message', () => {
    const many = Array.from({ length: 20 }, (): HeartbeatEvent => ({ kind: 'start', at: AT }));
    const message = new URL(uptimeKumaRequest('https://kuma.museum.kz/api/push/x', statusFixture(), many).url).searchParams.get(
      'msg',
    );
    expect(message).toHaveLength(MAX_KUMA_MESSAGE_CHARS);
    expect(message?.endsWith('…')).toBe(true);
  });
});

describe('healthchecksRequest', () => {
  it('POSTs the summary and one line per event to the ping URL', () => {
    expect(
      healthchecksRequest('https://hc-ping.com/5f0c1e4a-0000-4000-8000-000000000000', statusFixture(), EVENTS.slice(0, 2)),
    ).toEqual({
      method: 'POST',
      url: 'https://hc-ping.com/5f0c1e4a-0000-4000-8000-000000000000',
      body:
        'hall-1: content v3, sync up-to-date, mode open, up 3600 s\n' +
        '2026-05-31T05:50:00Z network lost\n' +
        '2026-05-31T05:59:00Z network back after 540 s\n',
      contentType: 'text/plain; charset=utf-8',
    });
  });

  it('writes the stored content found damaged, with its count, or evicted', () => {
    const body = healthchecksRequest('https://hc-ping.com/key', statusFixture(), [
      { kind: 'storage', at: AT - 120_000, problem: 'damaged', objects: 2 },
      { kind: 'storage', at: AT - 60_000, problem: 'evicted' },
    ]).body;
    expect(body?.split('\n').slice(1, 3)).toEqual([
      '2026-05-31T05:58:00Z storage damaged (2 objects)',
      '2026-05-31T05:59:00Z storage evicted',
    ]);
  });

  it('appends /fail after a failed or refused sync, once, before any query', () => {
    expect(healthchecksRequest('https://hc.museum.kz/ping/key/hall-1/?create=1', failing, []).url).toBe(
      'https://hc.museum.kz/ping/key/hall-1/fail?create=1',
    );
    const rejected = statusFixture({ lastSync: { kind: 'rejected', at: AT, code: 'signature' } });
    expect(healthchecksRequest('https://hc-ping.com/uuid', rejected, []).url).toBe('https://hc-ping.com/uuid/fail');
  });
});
