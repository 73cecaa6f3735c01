// The kiosk's Content-Security-Policy (docs/design.md §10): what the page may load and run, as
// data. The build writes APP_POLICY into index.html as a <meta>; at start-up the page adds a
// second policy that narrows connect-src to the origins its kiosk-config names. No DOM.

import type { KioskConfig } from '../../feed/kiosk-config-schema.ts';
import { heartbeatOrigin } from '../../feed/heartbeat-schema.ts';

export type Policy = Readonly<Record<string, readonly string[]>>;

/** The Trusted Types policies the page creates: its own (script URLs), Svelte's (its templates), DOMPurify's (sanitized HTML). */
export const TRUSTED_TYPES_POLICIES = ['default', 'svelte-trusted-html', 'dompurify'] as const;

/**
 * Everything not named is refused (`default-src 'none'`). Scripts, styles and fonts come only
 * from the app's own files: no inline script or style element, no eval (zod runs jitless,
 * src/feed/zod.ts). Svelte's `style:` directives write through the CSSOM, which style-src does
 * not govern, so style-src needs no 'unsafe-inline'. Images and media are blob: URLs of stored
 * objects; Howler stops a recording by loading a silent data: WAV. connect-src here is the
 * widest a kiosk-config may ask for; connectPolicy narrows it once the config is read, since a
 * second policy can only take away. frame-ancestors, report-uri and sandbox are ignored in a
 * <meta>: a host sends frame-ancestors as a header (vite.config.ts, docs/design.md §10).
 */
export const APP_POLICY: Policy = {
  'default-src': ["'none'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  'font-src': ["'self'"],
  'img-src': ["'self'", 'blob:'],
  'media-src': ["'self'", 'blob:', 'data:'],
  'connect-src': ["'self'", 'http:', 'https:'],
  'worker-src': ["'self'"],
  'manifest-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
  // Every HTML and script-URL sink takes only what one of these policies made: curator text
  // reaches innerHTML only as DOMPurify's output (src/kiosk/markdown/render-markdown.ts).
  'require-trusted-types-for': ["'script'"],
  'trusted-types': TRUSTED_TYPES_POLICIES,
};

/** A policy as a header or <meta> content value. */
export function policyText(policy: Policy): string {
  return Object.entries(policy)
    .map(([directive, sources]) => [directive, ...sources].join(' '))
    .join('; ');
}

/**
 * The second policy: connections only to the app's own origin, the feed's and the heartbeat's
 * (docs/design.md §5, §6.5); without a usable config, the app's own origin alone. `baseUrl` is
 * the app's address, against which a relative feedUrl resolves.
 */
export function connectPolicy(config: Pick<KioskConfig, 'feedUrl' | 'heartbeat'> | null, baseUrl: string): Policy {
  const self = new URL(baseUrl).origin;
  const origins = config ? [new URL(config.feedUrl, baseUrl).origin] : [];
  if (config?.heartbeat) origins.push(heartbeatOrigin(config.heartbeat));
  // A feed at a data: or file: address has the opaque origin "null", which no source can name.
  const others = origins.filter((origin) => origin !== self && origin !== 'null');
  return { 'connect-src': ["'self'", ...new Set(others)] };
}
