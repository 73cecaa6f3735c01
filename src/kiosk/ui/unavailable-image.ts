// A stored image that cannot be shown (docs/design.md §6: a quiet placeholder and a log line): the
// visitor sees a quiet placeholder where it would be, and the technician log gets one line per
// image, not one each time a page shows it.

import { handleError } from '../app/handle-error.ts';

export type UnavailableImageCode =
  /** The active version lists no such object, or the store has lost it. */
  | 'image-missing'
  /** The object is there but the browser cannot decode it as an image (a text file named .jpg). */
  | 'image-undecodable';

export class UnavailableImageError extends Error {
  constructor(
    readonly code: UnavailableImageCode,
    readonly sha256: string,
  ) {
    super(`image ${sha256.slice(0, 12)}… ${code === 'image-missing' ? 'is not in the store' : 'cannot be decoded'}`);
    this.name = 'UnavailableImageError';
  }
}

const reported = new Set<string>();

export function reportUnavailableImage(code: UnavailableImageCode, sha256: string): void {
  if (reported.has(sha256)) return;
  reported.add(sha256);
  handleError(new UnavailableImageError(code, sha256), 'showing an image', { quiet: true });
}
