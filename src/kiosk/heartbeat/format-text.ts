// The Uptime Kuma and Healthchecks formats (docs/design.md §6.5): monitors that take a ping with a
// short text. A failed or refused last sync, or expired content, is reported as down (Kuma's
// `status=down`, Healthchecks' `/fail`), since the kiosk runs but cannot renew its content; queued events ride
// along as text (Kuma's `msg`, Healthchecks' request body, which it keeps in the ping's log).

import { describeEvent, needsAttention, type HeartbeatEvent, type HeartbeatStatus } from './heartbeat-status.ts';
import { trimTrailingSlashes, type HeartbeatRequest } from './heartbeat-request.ts';

/** Kuma shows `msg` on one line of its beat list; a URL past about 2 kB is refused by some proxies. */
export const MAX_KUMA_MESSAGE_CHARS = 400;
/** Events per Kuma push: each push is one beat in Kuma's list, so a long queue becomes a few beats. */
export const KUMA_EVENTS_PER_PUSH = 5;
/** Healthchecks keeps the first 100 kB of a ping's body; a hundred short lines stay well within it. */
export const HEALTHCHECKS_EVENTS_PER_PING = 100;

/** `kiosk-1: content v3, sync up-to-date, mode open, up 3600 s` (`content v3 EXPIRED` once it has). */
export function statusSummary(status: HeartbeatStatus): string {
  const content =
    status.contentVersion === null
      ? 'no content yet'
      : `content v${status.contentVersion}${status.feedExpired ? ' EXPIRED' : ''}`;
  const sync = status.lastSync
    ? `sync ${status.lastSync.kind}${status.lastSync.code ? ` (${status.lastSync.code})` : ''}`
    : 'no sync yet';
  return `${status.kioskId}: ${content}, ${sync}, mode ${status.mode}, up ${Math.floor(status.uptimeSeconds)} s`;
}

/** The push URL as Kuma shows it, its `status`, `msg` and `ping` set (whatever it carried before). */
export function uptimeKumaRequest(url: string, status: HeartbeatStatus, events: readonly HeartbeatEvent[]): HeartbeatRequest {
  const target = new URL(url);
  const message = [statusSummary(status), ...events.map(describeEvent)].join('; ');
  target.searchParams.set('status', needsAttention(status) ? 'down' : 'up');
  target.searchParams.set(
    'msg',
    message.length > MAX_KUMA_MESSAGE_CHARS ? `${message.slice(0, MAX_KUMA_MESSAGE_CHARS - 1)}…` : message,
  );
  // Kuma graphs `ping` as a response time; the kiosk has none to give, and an empty one is stored as none.
  target.searchParams.set('ping', '');
  return { method: 'GET', url: target.href };
}

/** A POST to the ping URL, or to `<ping URL>/fail`; the body is the summary, then one line per event. */
export function healthchecksRequest(url: string, status: HeartbeatStatus, events: readonly HeartbeatEvent[]): HeartbeatRequest {
  const target = new URL(url);
  target.pathname = `${trimTrailingSlashes(target.pathname)}${needsAttention(status) ? '/fail' : ''}`;
  return {
    method: 'POST',
    url: target.href,
    body: [statusSummary(status), ...events.map(describeEvent)].map((line) => `${line}\n`).join(''),
    contentType: 'text/plain; charset=utf-8',
  };
}
