// A blob URL for one stored object while a component shows it, revoked when it stops, so a
// kiosk that shows images for weeks does not hold every one it ever showed.

import { handleError } from '../app/handle-error.ts';
import type { ActiveContent } from '../storage/read-active-content.ts';

/** Calls `onUrl` with the URL once the blob is read; returns the function that revokes it. */
export function holdObjectUrl(content: ActiveContent, sha256: string, onUrl: (url: string | null) => void): () => void {
  let released = false;
  let url: string | null = null;
  content.mediaBlob(sha256).then(
    (blob) => {
      if (released || !blob) return;
      url = URL.createObjectURL(blob);
      onUrl(url);
    },
    (error: unknown) => handleError(error, `reading object ${sha256.slice(0, 12)}…`, { quiet: true }),
  );
  return () => {
    released = true;
    if (url) URL.revokeObjectURL(url);
    onUrl(null);
  };
}
