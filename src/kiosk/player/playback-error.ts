// Why a stored recording could not be played. The player shows the testimony as unavailable for
// every code alike; the code tells the technician which part of the browser refused it.

export type PlaybackErrorCode =
  /** Howler could not load the audio: a format this browser does not decode, or a broken file. */
  | 'audio-load'
  /** The audio loaded but would not start (an autoplay policy, no audio output). */
  | 'audio-play'
  /** The <video> element could not load or decode the recording (its MediaError). */
  | 'video-load'
  /** The <video> element refused to start. */
  | 'video-play';

const WHAT_FAILED: Record<PlaybackErrorCode, string> = {
  'audio-load': 'audio could not be loaded',
  'audio-play': 'audio could not be played',
  'video-load': 'video could not be loaded',
  'video-play': 'video could not be played',
};

export class PlaybackError extends Error {
  constructor(
    readonly code: PlaybackErrorCode,
    /** What the browser said, for the technician log. */
    readonly detail: string,
  ) {
    super(`${WHAT_FAILED[code]}: ${detail}`);
    this.name = 'PlaybackError';
  }
}
