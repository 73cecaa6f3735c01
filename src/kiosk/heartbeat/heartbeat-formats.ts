// Which request each kiosk-config `heartbeat.format` makes, and how many queued events one request
// takes (docs/design.md §6.5). The Pushgateway takes events as counters, so one push delivers the
// whole queue; the others carry them as text or JSON, a bounded number per request.

import type { HeartbeatFormat } from '../../feed/heartbeat-schema.ts';
import { jsonRequest, JSON_EVENTS_PER_POST } from './format-json.ts';
import { pushgatewayRequest } from './format-pushgateway.ts';
import { healthchecksRequest, HEALTHCHECKS_EVENTS_PER_PING, KUMA_EVENTS_PER_PUSH, uptimeKumaRequest } from './format-text.ts';
import type { HeartbeatRequest } from './heartbeat-request.ts';
import type { HeartbeatStatus, QueuedHeartbeatEvent } from './heartbeat-status.ts';

export interface HeartbeatFormatter {
  eventsPerRequest: number;
  request(url: string, status: HeartbeatStatus, events: readonly QueuedHeartbeatEvent[]): HeartbeatRequest;
}

export const HEARTBEAT_FORMATTERS: Readonly<Record<HeartbeatFormat, HeartbeatFormatter>> = {
  pushgateway: { eventsPerRequest: Number.POSITIVE_INFINITY, request: (url, status) => pushgatewayRequest(url, status) },
  'uptime-kuma': { eventsPerRequest: KUMA_EVENTS_PER_PUSH, request: uptimeKumaRequest },
  healthchecks: { eventsPerRequest: HEALTHCHECKS_EVENTS_PER_PING, request: healthchecksRequest },
  json: { eventsPerRequest: JSON_EVENTS_PER_POST, request: jsonRequest },
};
