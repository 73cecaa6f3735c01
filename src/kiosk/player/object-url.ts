// A blob URL for one stored object while a component shows it, revoked when it stops, so a
// kiosk that shows images for weeks does not hold every one it ever showed.

import { handleError } from '../app/handle-error.ts';
import type { ActiveContent } from '../storage/read-active-content.ts';

/**
 * Calls `onUrl` with the URL once the blob is read, or `onMissing` if this version has no such
 * object or it cannot be read; returns the function that revokes it.
 */
export function holdObjectUrl(
  content: ActiveContent,
  sha256: string,
  onUrl: (url: string | null) => void,
  onMissing?: () => void,
): () => void {
  let released = false;
  let url: string | null = null;
  content.mediaBlob(sha256).then(
    (blob) => {
      if (released) return;
      if (!blob) return onMissing?.();
      url = URL.createObjectURL(blob);
      onUrl(url);
    },
    (error: unknown) => {
      handleError(error, `reading object ${sha256.slice(0, 12)}…`, { quiet: true });
      if (!released) onMissing?.();
    },
  );
  return () => {
    released = true;
    if (url) URL.revokeObjectURL(url);
    onUrl(null);
  };
}
