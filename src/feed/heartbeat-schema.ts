// kiosk-config `heartbeat` (docs/design.md §6.5): where a kiosk reports that it is alive, in the
// form of a monitor the museum already runs. Shared by the kiosk (which sends) and the CLI (which
// writes schema.json). No DOM; the address's origin is what a future connect-src must allow.

import { z } from 'zod';

/** Prometheus Pushgateway, an Uptime Kuma push monitor, a Healthchecks ping URL, or any JSON receiver. */
export const HEARTBEAT_FORMATS = ['pushgateway', 'uptime-kuma', 'healthchecks', 'json'] as const;
export type HeartbeatFormat = (typeof HEARTBEAT_FORMATS)[number];

/** One a minute: Uptime Kuma's and Healthchecks' shortest usual period. */
export const DEFAULT_HEARTBEAT_INTERVAL_SECONDS = 60;

export const heartbeatSchema = z
  .object({
    /** pushgateway: its base address; uptime-kuma: the push URL; healthchecks: the ping URL; json: where to POST. */
    url: z.string().regex(/^https?:\/\/[^\s/]+[^\s]*$/, 'expected an http(s) address'),
    format: z.enum(HEARTBEAT_FORMATS),
    /** Seconds between two regular heartbeats. */
    intervalSeconds: z.int().min(10).max(86_400).default(DEFAULT_HEARTBEAT_INTERVAL_SECONDS),
  })
  .strict();

export type HeartbeatConfig = z.output<typeof heartbeatSchema>;

/** The one origin the heartbeat talks to, e.g. for a Content-Security-Policy connect-src. */
export function heartbeatOrigin(heartbeat: Pick<HeartbeatConfig, 'url'>): string {
  return new URL(heartbeat.url).origin;
}
