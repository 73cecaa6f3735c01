// The first check of every request to the studio and its preview, before any routing (docs/design.md
// §8.1). The studio writes the curator's files and holds the signing key, so only pages of its
// own origin may talk to it: a web page elsewhere could otherwise post to it from the curator's
// browser (cross-site request forgery), or a DNS name rebound to 127.0.0.1 could read it.

import type { IncomingHttpHeaders } from 'node:http';
import { StudioError } from './studio-error.ts';

/** The names a browser on this machine reaches a loopback-bound server by. */
const LOOPBACK_NAMES = ['localhost', '127.0.0.1'];

/** Methods that change nothing; every other one must say where it comes from. */
const SAFE_METHODS = new Set(['GET', 'HEAD']);

export interface GuardRule {
  /** The port the server listens on. */
  port: number;
  /**
   * Whether a page of this machine's other loopback servers may open pages here: the preview
   * kiosk is shown in the studio's frame (another port, so the same site but not the same
   * origin); the studio itself is only ever opened by the curator.
   */
  framedBySameSite?: boolean;
}

/** The origins of a loopback server on `port`: `http://localhost:4174` and `http://127.0.0.1:4174`. */
export function loopbackOrigins(port: number): string[] {
  return LOOPBACK_NAMES.map((name) => `http://${name}:${port}`);
}

/**
 * Throws a StudioError (403) unless the request is addressed to this server by a loopback name
 * and comes from its own origin.
 */
export function guardRequest(method: string | undefined, headers: IncomingHttpHeaders, rule: GuardRule): void {
  // DNS rebinding: a page of evil.example whose name now points at 127.0.0.1 sends Host: evil.example.
  const host = headers.host ?? '';
  if (!LOOPBACK_NAMES.some((name) => host === `${name}:${rule.port}`)) {
    throw new StudioError('forbidden-host', `requests must be addressed to localhost:${rule.port}, not "${host}"`);
  }
  const origin = headers.origin;
  const own = `http://${host}`;
  if (origin !== undefined) {
    // A browser sends Origin with every request that can change something, and with every read by script.
    if (origin !== own) {
      throw new StudioError('forbidden-origin', `requests from ${origin} are refused; open ${own}/`);
    }
  } else if (!SAFE_METHODS.has(method ?? 'GET')) {
    throw new StudioError('forbidden-origin', `a ${method} request must say where it comes from (an Origin header)`);
  }
  // An <img> or <script> of another site sends no Origin; its browser says where it comes from.
  const site = headers['sec-fetch-site'];
  const framed = site === 'same-site' && headers['sec-fetch-mode'] === 'navigate' && rule.framedBySameSite === true;
  if (site !== undefined && site !== 'same-origin' && site !== 'none' && !framed) {
    throw new StudioError('forbidden-origin', `requests from other sites are refused; open ${own}/`);
  }
}

/** Headers on every answer: nothing here may be embedded, sniffed or framed by another origin. */
export function protectiveHeaders(frameAncestors: readonly string[]): Record<string, string> {
  return {
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Resource-Policy': frameAncestors.length === 0 ? 'same-origin' : 'same-site',
    'Content-Security-Policy': `frame-ancestors ${frameAncestors.length === 0 ? "'none'" : frameAncestors.join(' ')}`,
  };
}
