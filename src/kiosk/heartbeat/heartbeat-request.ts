// The one shape every monitor's request takes (docs/design.md §6.5). A request carries no header
// but a text/plain Content-Type, and only GET or POST, so it is a CORS "simple request": the
// browser sends it to a monitor that answers with no CORS headers at all, and `no-cors` lets the
// page ignore the answer it may not read.

/** The CORS-safelisted Content-Type: its essence must be text/plain for a simple request. */
export type SimpleContentType = `text/plain${string}`;

export interface HeartbeatRequest {
  method: 'GET' | 'POST';
  url: string;
  body?: string;
  contentType?: SimpleContentType;
}

/** `base` without trailing slashes, so `${base}/fail` and `${base}/metrics/…` never double them. */
export function trimTrailingSlashes(base: string): string {
  return base.replace(/\/+$/, '');
}
