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

const codes = (errors: Error[]) => errors.map((error) => (error instanceof PlaybackError ? error.code : error.name));

/** Enough of a <video> element to fire its events and decide what play() does. */
class FakeVideo extends EventTarget {
  readyState = 0;
  error: { message: string } | null = null;
  play: () => Promise<void> = () => Promise.resolve();
}

function fakeVideo(): FakeVideo {
  vi.stubGlobal('HTMLMediaElement', { HAVE_METADATA: 1 });
  return new FakeVideo();
}

describe('howlerPlayback', () => {
  it('reports audio Howler cannot load as audio-load, and audio it cannot start as audio-play', () => {
    const { errors, events } = recordingEvents();
    howlerPlayback('blob:recording', 'ogg', events);
    howl.options!.onloaderror!(1, 'Decoding audio data failed.');
    howl.options!.onplayerror!(1, 'Playback was unable to start.');
    expect(codes(errors)).toEqual(['audio-load', 'audio-play']);
  });
});

describe('videoPlayback', () => {
  it('reports a recording the element cannot load as video-load', () => {
    const video = fakeVideo();
    const { errors, events } = recordingEvents();
    videoPlayback(video as unknown as HTMLVideoElement, events);
    video.error = { message: 'DEMUXER_ERROR_COULD_NOT_OPEN' };
    video.dispatchEvent(new Event('error'));
    expect(codes(errors)).toEqual(['video-load']);
  });

  it('reports a refused play() as video-play', async () => {
    const video = fakeVideo();
    video.play = () => Promise.reject(new DOMException('not allowed', 'NotAllowedError'));
    const { errors, events } = recordingEvents();
    videoPlayback(video as unknown as HTMLVideoElement, events).play();
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
    videoPlayback(video as unknown as HTMLVideoElement, events).play();
    await Promise.resolve();
    await Promise.resolve();
    expect(interrupted).toBe(true);
    expect(errors).toEqual([]);
  });
});
