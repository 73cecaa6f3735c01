// The studio's one error class: a stable code the app words in each language (studio-protocol.ts)
// and the HTTP status it is answered with. Anything else thrown in a handler is a bug, answered
// as `internal` without its stack.

import type { StudioErrorCode } from './protocol/studio-protocol.ts';

const STATUS: Record<StudioErrorCode, number> = {
  'forbidden-host': 403,
  'forbidden-origin': 403,
  'not-found': 404,
  'bad-request': 400,
  'too-large': 413,
  'bad-id': 400,
  exists: 409,
  'changed-on-disk': 409,
  'bad-file-path': 400,
  'unsupported-file-type': 415,
  'publish-not-set-up': 409,
  'feed-unreadable': 409,
  'write-failed': 500,
  internal: 500,
};

export class StudioError extends Error {
  readonly status: number;
  constructor(
    readonly code: StudioErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'StudioError';
    this.status = STATUS[code];
  }
}
