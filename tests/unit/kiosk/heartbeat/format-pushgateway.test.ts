import { describe, expect, it } from 'vitest';
import {
  escapeLabelValue,
  formatExposition,
  PROMETHEUS_TEXT_TYPE,
  pushgatewayMetrics,
  pushgatewayPath,
  pushgatewayRequest,
} from '../../../../src/kiosk/heartbeat/format-pushgateway.ts';
import { AT, statusFixture } from './status-fixture.ts';

describe('pushgatewayMetrics', () => {
  it('reports expired content on screen, and when it expired', () => {
    const text = pushgatewayMetrics(statusFixture({ feedExpiresAt: AT - 86_400_000, feedExpired: true }));
    expect(text).toContain('\neske_feed_expired 1\n');
    expect(text).toContain(`\neske_feed_expires_timestamp_seconds ${AT / 1000 - 86_400}\n`);
  });

  it('writes every metric as text format 0.0.4, HELP and TYPE first, ending in a line feed', () => {
    expect(pushgatewayMetrics(statusFixture())).toBe(
      [
        '# HELP eske_up 1 while the kiosk app runs and reports.',
        '# TYPE eske_up gauge',
        'eske_up 1',
        '# HELP eske_info The kiosk app version, the exhibit and the scheduled mode now; always 1.',
        '# TYPE eske_info gauge',
        'eske_info{app_version="0.1.0",exhibit="kz-repression-demo",mode="open"} 1',
        '# HELP eske_content_version The feed version on screen; NaN before the first install.',
        '# TYPE eske_content_version gauge',
        'eske_content_version 3',
        '# HELP eske_feed_expired 1 while the manifest on screen has passed its expiresAt on the kiosk clock (frozen feed, or a wrong clock).',
        '# TYPE eske_feed_expired gauge',
        'eske_feed_expired 0',
        '# HELP eske_feed_expires_timestamp_seconds When the manifest on screen expires, in seconds since the epoch; NaN if it never does.',
        '# TYPE eske_feed_expires_timestamp_seconds gauge',
        'eske_feed_expires_timestamp_seconds NaN',
        '# HELP eske_last_sync_success_timestamp_seconds When a sync last ended installed or up to date, in seconds since the epoch; NaN if never.',
        '# TYPE eske_last_sync_success_timestamp_seconds gauge',
        `eske_last_sync_success_timestamp_seconds ${AT / 1000 - 60}`,
        '# HELP eske_last_sync_timestamp_seconds When the last sync attempt ended, whatever its result; NaN if none yet.',
        '# TYPE eske_last_sync_timestamp_seconds gauge',
        `eske_last_sync_timestamp_seconds ${AT / 1000 - 60}`,
        '# HELP eske_storage_used_bytes What the kiosk uses of its storage quota; NaN where the browser does not tell.',
        '# TYPE eske_storage_used_bytes gauge',
        'eske_storage_used_bytes 52428800',
        '# HELP eske_errors_total Error lines written to the technician log.',
        '# TYPE eske_errors_total counter',
        'eske_errors_total 2',
        '# HELP eske_uptime_seconds Seconds since the kiosk page was loaded.',
        '# TYPE eske_uptime_seconds gauge',
        'eske_uptime_seconds 3600',
        '# HELP eske_events_total Kiosk events by kind: start, reload, sync, offline (network lost), online (network back), storage (content damaged or evicted).',
        '# TYPE eske_events_total counter',
        'eske_events_total{event="start"} 1',
        'eske_events_total{event="reload"} 1',
        'eske_events_total{event="sync"} 2',
        'eske_events_total{event="offline"} 0',
        'eske_events_total{event="online"} 0',
        'eske_events_total{event="storage"} 0',
        '# HELP eske_last_event_timestamp_seconds When each kind of event last happened, in seconds since the epoch; NaN if never.',
        '# TYPE eske_last_event_timestamp_seconds gauge',
        `eske_last_event_timestamp_seconds{event="start"} ${AT / 1000 - 3600}`,
        `eske_last_event_timestamp_seconds{event="reload"} ${AT / 1000 - 1800}`,
        `eske_last_event_timestamp_seconds{event="sync"} ${AT / 1000 - 60}`,
        'eske_last_event_timestamp_seconds{event="offline"} NaN',
        'eske_last_event_timestamp_seconds{event="online"} NaN',
        'eske_last_event_timestamp_seconds{event="storage"} NaN',
        '# HELP eske_heartbeat_events_dropped_total Events dropped from a full queue while the monitor was out of reach.',
        '# TYPE eske_heartbeat_events_dropped_total counter',
        'eske_heartbeat_events_dropped_total 0',
        '',
      ].join('\n'),
    );
  });

  it('gives NaN for what is not known yet: no content, no sync, no storage estimate', () => {
    const text = pushgatewayMetrics(
      statusFixture({ contentVersion: null, lastSync: null, storageUsedBytes: null, counters: statusFixture().counters }),
    );
    expect(text).toContain('\neske_content_version NaN\n');
    expect(text).toContain('\neske_last_sync_timestamp_seconds NaN\n');
    expect(text).toContain('\neske_storage_used_bytes NaN\n');
  });

  it('adds the JS heap where the browser gives it', () => {
    const text = pushgatewayMetrics(statusFixture({ jsHeap: { usedBytes: 1000, limitBytes: 4000 } }));
    expect(text).toContain('# TYPE eske_js_heap_used_bytes gauge\neske_js_heap_used_bytes 1000\n');
    expect(text.endsWith('# TYPE eske_js_heap_limit_bytes gauge\neske_js_heap_limit_bytes 4000\n')).toBe(true);
  });

  it('escapes label values', () => {
    const text = pushgatewayMetrics(statusFixture({ exhibitId: 'a "b" \\ c\nd' }));
    expect(text).toContain('eske_info{app_version="0.1.0",exhibit="a \\"b\\" \\\\ c\\nd",mode="open"} 1\n');
  });
});

describe('escapeLabelValue', () => {
  it('escapes backslash, double quote and line feed, and nothing else', () => {
    expect(escapeLabelValue('C:\\x "y"\nz\t{}')).toBe('C:\\\\x \\"y\\"\\nz\t{}');
  });
});

describe('formatExposition', () => {
  it('escapes backslash and line feed in HELP, not double quotes', () => {
    expect(formatExposition([{ name: 'm', help: 'a\\b\n"c"', type: 'gauge', samples: [{ value: Infinity }] }])).toBe(
      '# HELP m a\\\\b\\n"c"\n# TYPE m gauge\nm +Inf\n',
    );
  });
});

describe('pushgatewayPath', () => {
  it('puts a plain kiosk id in the path as it is', () => {
    expect(pushgatewayPath('hall-1')).toBe('/metrics/job/eske/instance/hall-1');
  });

  it('encodes an id with a slash, a space or Kazakh letters as base64url', () => {
    expect(pushgatewayPath('hall/1')).toBe('/metrics/job/eske/instance@base64/aGFsbC8x');
    expect(pushgatewayPath('зал ә')).toBe(`/metrics/job/eske/instance@base64/${Buffer.from('зал ә').toString('base64url')}`);
  });
});

describe('pushgatewayRequest', () => {
  it('POSTs the metrics to the group of this kiosk as Prometheus text, one slash between base and path', () => {
    const request = pushgatewayRequest('http://monitor.museum.kz:9091/', statusFixture());
    expect(request).toEqual({
      method: 'POST',
      url: 'http://monitor.museum.kz:9091/metrics/job/eske/instance/hall-1',
      body: pushgatewayMetrics(statusFixture()),
      contentType: PROMETHEUS_TEXT_TYPE,
    });
    expect(PROMETHEUS_TEXT_TYPE).toBe('text/plain; version=0.0.4; charset=utf-8');
  });
});
