// The Prometheus Pushgateway format (docs/design.md §6.5): the kiosk's status as text exposition
// format 0.0.4, POSTed to the group job="eske", instance=<kioskId>. POST, not PUT: PUT is not
// allowed in `no-cors`, and POST replaces every metric it names, which is all of them here, so
// nothing stale is left. Events become counters and last-event times; no sample has a timestamp
// (the Pushgateway refuses them, and adds push_time_seconds itself).

import { bytesToBase64 } from '../../feed/base64.ts';
import { HEARTBEAT_EVENT_KINDS, type HeartbeatStatus } from './heartbeat-status.ts';
import { trimTrailingSlashes, type HeartbeatRequest } from './heartbeat-request.ts';

/** The Pushgateway reads anything but protobuf as text; this is the type Prometheus itself sends. */
export const PROMETHEUS_TEXT_TYPE = 'text/plain; version=0.0.4; charset=utf-8';
export const PUSHGATEWAY_JOB = 'eske';

type Labels = Readonly<Record<string, string>>;

interface Family {
  name: string;
  help: string;
  type: 'gauge' | 'counter';
  samples: readonly { labels?: Labels; value: number | null }[];
}

/** Label values escape backslash, double quote and line feed (exposition format 0.0.4). */
export function escapeLabelValue(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');
}

/** HELP text escapes backslash and line feed only. */
function escapeHelp(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\n/g, '\\n');
}

/** null (unknown) is NaN, which Prometheus stores and every comparison leaves out. */
function formatValue(value: number | null): string {
  if (value === null || Number.isNaN(value)) return 'NaN';
  if (value === Infinity) return '+Inf';
  if (value === -Infinity) return '-Inf';
  return String(value);
}

function formatLabels(labels: Labels | undefined): string {
  const entries = Object.entries(labels ?? {});
  if (entries.length === 0) return '';
  return `{${entries.map(([name, value]) => `${name}="${escapeLabelValue(value)}"`).join(',')}}`;
}

/** Every line ends in a line feed, the last one too: the Pushgateway refuses a body without it. */
export function formatExposition(families: readonly Family[]): string {
  const lines: string[] = [];
  for (const family of families) {
    lines.push(`# HELP ${family.name} ${escapeHelp(family.help)}`, `# TYPE ${family.name} ${family.type}`);
    for (const sample of family.samples) lines.push(`${family.name}${formatLabels(sample.labels)} ${formatValue(sample.value)}`);
  }
  return lines.map((line) => `${line}\n`).join('');
}

/**
 * The group's path: `/metrics/job/eske/instance/<kioskId>`, or `instance@base64/<base64url>`
 * for an id a path segment cannot carry as it is (a `/`, a space, any letter outside ASCII).
 */
export function pushgatewayPath(kioskId: string): string {
  if (/^[A-Za-z0-9._~-]+$/.test(kioskId) && kioskId !== '.' && kioskId !== '..') {
    return `/metrics/job/${PUSHGATEWAY_JOB}/instance/${kioskId}`;
  }
  const base64url = bytesToBase64(new TextEncoder().encode(kioskId)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  return `/metrics/job/${PUSHGATEWAY_JOB}/instance@base64/${base64url}`;
}

const seconds = (ms: number | null | undefined): number | null => (ms === null || ms === undefined ? null : ms / 1000);

export function pushgatewayMetrics(status: HeartbeatStatus): string {
  const { counters } = status;
  const families: Family[] = [
    { name: 'eske_up', help: '1 while the kiosk app runs and reports.', type: 'gauge', samples: [{ value: 1 }] },
    {
      name: 'eske_info',
      help: 'The kiosk app version, the exhibit and the scheduled mode now; always 1.',
      type: 'gauge',
      samples: [{ labels: { app_version: status.appVersion, exhibit: status.exhibitId ?? '', mode: status.mode }, value: 1 }],
    },
    {
      name: 'eske_content_version',
      help: 'The feed version on screen; NaN before the first install.',
      type: 'gauge',
      samples: [{ value: status.contentVersion }],
    },
    {
      name: 'eske_feed_expired',
      help: '1 while the manifest on screen has passed its expiresAt on the kiosk clock (frozen feed, or a wrong clock).',
      type: 'gauge',
      samples: [{ value: status.feedExpired ? 1 : 0 }],
    },
    {
      name: 'eske_feed_expires_timestamp_seconds',
      help: 'When the manifest on screen expires, in seconds since the epoch; NaN if it never does.',
      type: 'gauge',
      samples: [{ value: seconds(status.feedExpiresAt) }],
    },
    {
      name: 'eske_last_sync_success_timestamp_seconds',
      help: 'When a sync last ended installed or up to date, in seconds since the epoch; NaN if never.',
      type: 'gauge',
      samples: [{ value: seconds(counters.lastSyncSuccessAt) }],
    },
    {
      name: 'eske_last_sync_timestamp_seconds',
      help: 'When the last sync attempt ended, whatever its result; NaN if none yet.',
      type: 'gauge',
      samples: [{ value: seconds(status.lastSync?.at) }],
    },
    {
      name: 'eske_storage_used_bytes',
      help: 'What the kiosk uses of its storage quota; NaN where the browser does not tell.',
      type: 'gauge',
      samples: [{ value: status.storageUsedBytes }],
    },
    {
      name: 'eske_errors_total',
      help: 'Error lines written to the technician log.',
      type: 'counter',
      samples: [{ value: counters.errors }],
    },
    {
      name: 'eske_uptime_seconds',
      help: 'Seconds since the kiosk page was loaded.',
      type: 'gauge',
      samples: [{ value: status.uptimeSeconds }],
    },
    {
      name: 'eske_events_total',
      help: 'Kiosk events by kind: start, reload, sync, offline (network lost), online (network back), storage (content damaged or evicted).',
      type: 'counter',
      samples: HEARTBEAT_EVENT_KINDS.map((kind) => ({ labels: { event: kind }, value: counters.events[kind] })),
    },
    {
      name: 'eske_last_event_timestamp_seconds',
      help: 'When each kind of event last happened, in seconds since the epoch; NaN if never.',
      type: 'gauge',
      samples: HEARTBEAT_EVENT_KINDS.map((kind) => ({ labels: { event: kind }, value: seconds(counters.lastEventAt[kind]) })),
    },
    {
      name: 'eske_heartbeat_events_dropped_total',
      help: 'Events dropped from a full queue while the monitor was out of reach.',
      type: 'counter',
      samples: [{ value: counters.droppedEvents }],
    },
  ];
  if (status.jsHeap) {
    families.push(
      {
        name: 'eske_js_heap_used_bytes',
        help: 'JS heap in use (Chromium only).',
        type: 'gauge',
        samples: [{ value: status.jsHeap.usedBytes }],
      },
      {
        name: 'eske_js_heap_limit_bytes',
        help: 'JS heap limit (Chromium only).',
        type: 'gauge',
        samples: [{ value: status.jsHeap.limitBytes }],
      },
    );
  }
  return formatExposition(families);
}

export function pushgatewayRequest(url: string, status: HeartbeatStatus): HeartbeatRequest {
  return {
    method: 'POST',
    url: `${trimTrailingSlashes(url)}${pushgatewayPath(status.kioskId)}`,
    body: pushgatewayMetrics(status),
    contentType: PROMETHEUS_TEXT_TYPE,
  };
}
