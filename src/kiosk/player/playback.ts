// The two ways a testimony plays: audio through Howler (html5 mode streams a blob URL instead
// of decoding the whole file into memory) and video through the page's <video> element. The
// player state talks to either through one small interface. Howler loads with the first
// recording, so the first paint does not carry it (the app bench's budget).

import { isAbort, toError } from '../../feed/error-code.ts';
import { PlaybackError } from './playback-error.ts';

export interface Playback {
  play(): void;
  pause(): void;
  seekSeconds(seconds: number): void;
  positionSeconds(): number;
  /** 0 until the metadata is known. */
  durationSeconds(): number;
  isPlaying(): boolean;
  /** 1 is the speed it was recorded at. */
  setRate(rate: number): void;
  /** 0 to 1. */
  setVolume(volume: number): void;
  /** Stops and frees the media; the blob URL is the caller's to revoke. */
  unload(): void;
}

/** How loud and how fast a new playback starts: the visitor's choices so far. */
export interface PlaybackSettings {
  rate: number;
  volume: number;
}

export interface PlaybackEvents {
  onReady: () => void;
  onEnd: () => void;
  onError: (error: Error) => void;
}

/** `format` is the extension Howler needs, since a blob URL has none (`ogg`, `mp3`, `m4a`). */
export async function howlerPlayback(
  url: string,
  format: string,
  events: PlaybackEvents,
  settings: PlaybackSettings,
): Promise<Playback> {
  const { Howl } = await import('howler');
  const howl = new Howl({
    src: [url],
    html5: true,
    format: [format],
    preload: true,
    rate: settings.rate,
    volume: settings.volume,
    onload: () => events.onReady(),
    onend: () => events.onEnd(),
    onloaderror: (_id, error) => events.onError(new PlaybackError('audio-load', String(error))),
    onplayerror: (_id, error) => events.onError(new PlaybackError('audio-play', String(error))),
  });
  return {
    play: () => void howl.play(),
    pause: () => void howl.pause(),
    seekSeconds: (seconds) => void howl.seek(seconds),
    positionSeconds: () => {
      const position = howl.seek();
      return typeof position === 'number' ? position : 0;
    },
    durationSeconds: () => howl.duration(),
    isPlaying: () => howl.playing(),
    setRate: (rate) => void howl.rate(rate),
    setVolume: (volume) => void howl.volume(volume),
    unload: () => void howl.unload(),
  };
}

export function videoPlayback(video: HTMLVideoElement, events: PlaybackEvents, settings: PlaybackSettings): Playback {
  const setRate = (rate: number) => {
    // Loading a source resets playbackRate to defaultPlaybackRate: set both, so the choice holds.
    video.defaultPlaybackRate = rate;
    video.playbackRate = rate;
  };
  setRate(settings.rate);
  video.volume = settings.volume;
  const onReady = () => events.onReady();
  const onEnd = () => events.onEnd();
  const onError = () => events.onError(new PlaybackError('video-load', video.error?.message || 'unknown error'));
  video.addEventListener('loadedmetadata', onReady);
  video.addEventListener('ended', onEnd);
  video.addEventListener('error', onError);
  if (video.readyState >= HTMLMediaElement.HAVE_METADATA) queueMicrotask(onReady);
  return {
    play: () => {
      video.play().catch((error: unknown) => {
        // A pause or unload before playing began rejects play() with an AbortError: the visitor's
        // choice, not a broken recording.
        if (!isAbort(error)) events.onError(new PlaybackError('video-play', toError(error).message));
      });
    },
    pause: () => video.pause(),
    seekSeconds: (seconds) => {
      video.currentTime = seconds;
    },
    positionSeconds: () => video.currentTime,
    durationSeconds: () => (Number.isFinite(video.duration) ? video.duration : 0),
    isPlaying: () => !video.paused && !video.ended,
    setRate,
    setVolume: (volume) => {
      video.volume = volume;
    },
    unload: () => {
      video.pause();
      video.removeEventListener('loadedmetadata', onReady);
      video.removeEventListener('ended', onEnd);
      video.removeEventListener('error', onError);
      video.removeAttribute('src');
      video.load();
    },
  };
}
