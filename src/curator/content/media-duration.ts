// How long a recording runs, read from its container by music-metadata (a well-kept reader of
// Ogg, MP3, MP4 and WebM), so cards can show it and a damaged or cut-off recording is caught by
// validate rather than by a visitor. Reads the file; never decodes the sound itself.

export type DurationReading =
  /** `durationSeconds` is null for a video whose container does not say (a kiosk then shows none). */
  { ok: true; durationSeconds: number | null } | { ok: false; reason: string; libraryMessage?: string };

const DAMAGED = 'the file looks damaged or cut short';

/** Reads the duration of an audio or video file whose signature is already known to fit. */
export async function readMediaDuration(absolutePath: string, kind: 'audio' | 'video'): Promise<DurationReading> {
  // Loaded on first use, like sharp (load-sharp.ts): most commands never read a recording.
  const { parseFile } = await import('music-metadata');
  let format;
  try {
    // `duration: true` reads to the end where the header does not say (Ogg, VBR MP3): a cut-off
    // file then fails here instead of stopping early on a kiosk.
    ({ format } = await parseFile(absolutePath, { duration: true, skipCovers: true }));
  } catch (error) {
    return { ok: false, reason: `cannot be read as ${kind}: ${DAMAGED}`, libraryMessage: String(error) };
  }
  const duration =
    format.duration !== undefined && Number.isFinite(format.duration) && format.duration > 0 ? format.duration : null;
  if (kind === 'audio' && (!format.hasAudio || duration === null))
    return { ok: false, reason: `has no audio stream with a length: ${DAMAGED}` };
  if (kind === 'video' && !format.hasAudio && !format.hasVideo)
    return { ok: false, reason: `has no audio or video stream: ${DAMAGED}` };
  return { ok: true, durationSeconds: duration };
}
