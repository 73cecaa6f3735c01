import { afterEach, describe, expect, it, vi } from 'vitest';
import { howlerPlayback, videoPlayback, type PlaybackEvents } from '../../../../src/kiosk/player/playback.ts';
import { PlaybackError } from '../../../../src/kiosk/player/playback-error.ts';

/** The options of the last Howl made, so a test can fire Howler's callbacks. */
const howl = vi.hoisted(() => ({ options: null as null | Record<string, (id: number, error: unknown) => void> }));

vi.mock('howler', () => ({
  Howl: class {
    constructor(options: Record<string, (id: number, error: unknown) => void>) {
      howl.options = options;
    }
  },
}));

afterEach(() => {
  vi.unstubAllGlobals();
});

function recordingEvents() {
  const errors: Error[] = [];
  const events: PlaybackEvents = { onReady: () => {}, onEnd: () => {}, onError: (error) => errors.push(error) };
  return { errors, events };
}

/** Full volume at the recorded speed. */
const AS_RECORDED = { rate: 1, volume: 1 };

const codes = (errors: Error[]) => errors.map((error) => (error instanceof PlaybackError ? error.code : error.name));

/** Enough of a <video> element to fire its events and decide what play() does. */
class FakeVideo extends EventTarget {
  readyState = 0;
  playbackRate = 1;
  defaultPlaybackRate = 1;
  volume = 1;
  error: { message: string } | null = null;
  play: () => Promise<void> = () => Promise.resolve();
}

function fakeVideo(): FakeVideo {
  vi.stubGlobal('HTMLMediaElement', { HAVE_METADATA: 1 });
  return new FakeVideo();
}

describe('howlerPlayback', () => {
  it('reports audio Howler cannot load as audio-load, and audio it cannot start as audio-play', async () => {
    const { errors, events } = recordingEvents();
    await howlerPlayback('blob:recording', 'ogg', events, AS_RECORDED);
    howl.options!.onloaderror!(1, 'Decoding audio data failed.');
    howl.options!.onplayerror!(1, 'Playback was unable to start.');
    expect(codes(errors)).toEqual(['audio-load', 'audio-play']);
  });

  it('starts Howler at the visitor’s speed and volume', async () => {
    await howlerPlayback('blob:recording', 'ogg', recordingEvents().events, { rate: 1.25, volume: 0.6 });
    expect(howl.options).toMatchObject({ rate: 1.25, volume: 0.6 });
  });
});

describe('videoPlayback', () => {
  it('plays at the visitor’s speed and volume, and keeps the speed when the element loads its source', () => {
    const video = fakeVideo();
    const playback = videoPlayback(video as unknown as HTMLVideoElement, recordingEvents().events, {
      rate: 0.75,
      volume: 0.6,
    });
    expect(video).toMatchObject({ playbackRate: 0.75, defaultPlaybackRate: 0.75, volume: 0.6 });
    playback.setRate(1.25);
    playback.setVolume(0.3);
    expect(video).toMatchObject({ playbackRate: 1.25, defaultPlaybackRate: 1.25, volume: 0.3 });
  });

  it('reports a recording the element cannot load as video-load', () => {
    const video = fakeVideo();
    const { errors, events } = recordingEvents();
    videoPlayback(video as unknown as HTMLVideoElement, events, AS_RECORDED);
    video.error = { message: 'DEMUXER_ERROR_COULD_NOT_OPEN' };
    video.dispatchEvent(new Event('error'));
    expect(codes(errors)).toEqual(['video-load']);
  });

  it('reports a refused play() as video-play', async () => {
    const video = fakeVideo();
    video.play = () => Promise.reject(new DOMException('not allowed', 'NotAllowedError'));
    const { errors, events } = recordingEvents();
    videoPlayback(video as unknown as HTMLVideoElement, events, AS_RECORDED).play();
    await vi.waitFor(() => expect(codes(errors)).toEqual(['video-play']));
  });

  it('takes a play() interrupted by a pause for no failure', async () => {
    const video = fakeVideo();
    let interrupted = false;
    video.play = () => {
      interrupted = true;
      return Promise.reject(new DOMException('interrupted by a call to pause()', 'AbortError'));
    };
    const { errors, events } = recordingEvents();
    videoPlayback(video as unknown as HTMLVideoElement, events, AS_RECORDED).play();
    await Promise.resolve();
    await Promise.resolve();
    expect(interrupted).toBe(true);
    expect(errors).toEqual([]);
  });
});
