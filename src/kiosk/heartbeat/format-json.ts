// The `json` format (docs/design.md §6.5): the whole status and the queued events, in order, as
// one JSON document POSTed to any receiver. Sent as text/plain, the one body type a CORS simple
// request may carry: a receiver parses the body whatever the header says.

import type { HeartbeatRequest } from './heartbeat-request.ts';
import type { HeartbeatStatus, QueuedHeartbeatEvent } from './heartbeat-status.ts';

export const HEARTBEAT_JSON_FORMAT = 'eske-heartbeat/1';
/** Events per POST: a few kilobytes, well under the 64 kB a keepalive request may carry. */
export const JSON_EVENTS_PER_POST = 50;

export interface HeartbeatDocument {
  format: typeof HEARTBEAT_JSON_FORMAT;
  status: HeartbeatStatus;
  /** Oldest first; `seq` rises across posts, so a receiver can spot a repeat after a lost answer. */
  events: readonly QueuedHeartbeatEvent[];
}

export function jsonRequest(url: string, status: HeartbeatStatus, events: readonly QueuedHeartbeatEvent[]): HeartbeatRequest {
  const document: HeartbeatDocument = { format: HEARTBEAT_JSON_FORMAT, status, events };
  return { method: 'POST', url, body: JSON.stringify(document), contentType: 'text/plain; charset=utf-8' };
}
