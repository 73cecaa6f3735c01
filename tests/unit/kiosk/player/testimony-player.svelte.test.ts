import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Testimony } from '../../../../src/feed/content-schema.ts';
import { configureErrorHandling } from '../../../../src/kiosk/app/handle-error.ts';
import type { PlaybackEvents, PlaybackSettings } from '../../../../src/kiosk/player/playback.ts';
import { testimonyPlayer } from '../../../../src/kiosk/player/testimony-player.svelte.ts';
import { spokenTranscript, transcript } from '../../../../src/kiosk/player/transcript.svelte.ts';
import type { ActiveContent } from '../../../../src/kiosk/storage/read-active-content.ts';
import type { LogLine } from '../../../../src/kiosk/storage/technician-log.ts';

/** What the player asked of each recording it made, and the events to answer with. */
const made = vi.hoisted(() => ({
  playbacks: [] as {
    settings: PlaybackSettings;
    events: PlaybackEvents;
    calls: string[];
  }[],
  /** While set, a new recording is made only once it resolves: Howler still loading. */
  howlerLoading: null as Promise<void> | null,
}));

vi.mock('../../../../src/kiosk/player/playback.ts', () => ({
  howlerPlayback: async (_url: string, _format: string, events: PlaybackEvents, settings: PlaybackSettings) => {
    const calls: string[] = [];
    made.playbacks.push({ settings, events, calls });
    await made.howlerLoading;
    return {
      play: () => calls.push('play'),
      pause: () => calls.push('pause'),
      seekSeconds: (seconds: number) => calls.push(`seek ${seconds}`),
      positionSeconds: () => 0,
      durationSeconds: () => 42,
      isPlaying: () => false,
      setRate: (rate: number) => calls.push(`rate ${rate}`),
      setVolume: (volume: number) => calls.push(`volume ${volume}`),
      unload: () => calls.push('unload'),
    };
  },
  videoPlayback: () => {
    throw new Error('no video in these tests');
  },
}));

const AUDIO = 'a'.repeat(64);
const KK_VTT = 'b'.repeat(64);
const RU_VTT = 'c'.repeat(64);

const blobs = new Map<string, Blob>([
  [AUDIO, new Blob(['OggS'], { type: 'audio/ogg' })],
  [KK_VTT, new Blob(['WEBVTT\n\n00:00.000 --> 00:02.000\nСәлем\n'], { type: 'text/vtt' })],
  [RU_VTT, new Blob(['WEBVTT\n\n00:03.000 --> 00:02.000\nПривет\n'], { type: 'text/vtt' })],
]);

function store(objects: Map<string, Blob>): ActiveContent {
  return {
    version: 1,
    manifest: { objects: [{ sha256: AUDIO, type: 'audio/ogg' }] },
    exhibit: { defaultLanguage: 'kk' },
    mediaBlob: async (sha256: string) => objects.get(sha256) ?? null,
  } as unknown as ActiveContent;
}

/** Content whose store has lost every object it lists. */
const emptyStore = store(new Map());
const fullStore = store(blobs);

const testimony = {
  id: 't01',
  media: { kind: 'audio', object: AUDIO },
  mediaLanguage: 'ru',
  transcripts: { kk: KK_VTT, ru: RU_VTT },
} as unknown as Testimony;
const another = { ...testimony, id: 't02' } as Testimony;

let logged: LogLine[];

beforeEach(() => {
  logged = [];
  made.playbacks = [];
  made.howlerLoading = null;
  vi.spyOn(console, 'error').mockImplementation(() => {});
  configureErrorHandling({ log: async (line) => void logged.push(line) });
});

afterEach(() => {
  testimonyPlayer.reset();
  testimonyPlayer.configureVolume({ initial: 0.8, max: 1 });
  transcript.clear();
  spokenTranscript.clear();
  vi.restoreAllMocks();
  configureErrorHandling({ log: async () => {} });
});

/** Loads `which` and lets its recording report that it is ready. */
async function loadReady(which: Testimony, atMs?: number) {
  await testimonyPlayer.load(fullStore, which, atMs);
  const playback = made.playbacks.at(-1)!;
  playback.events.onReady();
  return playback;
}

describe('testimonyPlayer', () => {
  describe('#load', () => {
    it('shows a recording missing from the store as unavailable and logs stored-content-missing', async () => {
      await testimonyPlayer.load(emptyStore, testimony);
      expect(testimonyPlayer.status).toBe('unavailable');
      expect(logged.map((line) => line.code)).toEqual(['stored-content-missing']);
    });

    it('never starts the recording by itself', async () => {
      const playback = await loadReady(testimony);
      expect(testimonyPlayer.status).toBe('ready');
      expect(playback.calls).not.toContain('play');
    });

    it('frees a recording that was still loading Howler when the visitor left', async () => {
      let howlerLoaded = () => {};
      made.howlerLoading = new Promise((resolve) => (howlerLoaded = resolve));
      const loading = testimonyPlayer.load(fullStore, testimony);
      await vi.waitFor(() => expect(made.playbacks).toHaveLength(1));
      testimonyPlayer.stop();
      howlerLoaded();
      await loading;
      expect(made.playbacks[0]!.calls).toEqual(['unload']);
      testimonyPlayer.play();
      expect(testimonyPlayer.status).toBe('empty');
    });

    it('opens the recording at a moment once it is ready, without playing', async () => {
      await testimonyPlayer.load(fullStore, testimony, 26_100);
      const playback = made.playbacks.at(-1)!;
      expect(testimonyPlayer.positionMs).toBe(26_100);
      expect(playback.calls).toEqual([]);
      playback.events.onReady();
      expect(playback.calls).toEqual(['seek 26.1']);
      expect(testimonyPlayer.status).toBe('ready');
    });
  });

  describe('#seekAndPlay', () => {
    it('plays from the tapped moment when tapped while the recording was still being read', async () => {
      let howlerLoaded = () => {};
      made.howlerLoading = new Promise((resolve) => (howlerLoaded = resolve));
      const loading = testimonyPlayer.load(fullStore, testimony);
      await vi.waitFor(() => expect(made.playbacks).toHaveLength(1));
      testimonyPlayer.seekAndPlay(24_000);
      howlerLoaded();
      await loading;
      const playback = made.playbacks[0]!;
      playback.events.onReady();
      expect(playback.calls).toEqual(['play', 'seek 24']);
      expect(testimonyPlayer.status).toBe('playing');
    });

    it('forgets a play tapped while loading once the visitor pauses', async () => {
      let howlerLoaded = () => {};
      made.howlerLoading = new Promise((resolve) => (howlerLoaded = resolve));
      const loading = testimonyPlayer.load(fullStore, testimony);
      await vi.waitFor(() => expect(made.playbacks).toHaveLength(1));
      testimonyPlayer.play();
      testimonyPlayer.pause();
      howlerLoaded();
      await loading;
      expect(made.playbacks[0]!.calls).not.toContain('play');
    });

    it('after the end, listens from the tapped line rather than from the start', async () => {
      const playback = await loadReady(testimony);
      playback.events.onEnd();
      testimonyPlayer.seekAndPlay(5000);
      expect(playback.calls).toEqual(['seek 5', 'play']);
      expect(testimonyPlayer.status).toBe('playing');
    });
  });

  describe('#setRate', () => {
    it('changes the speed of the recording playing and of the next one loaded', async () => {
      const playback = await loadReady(testimony);
      testimonyPlayer.setRate(1.25);
      expect(playback.calls).toContain('rate 1.25');
      await loadReady(another);
      expect(made.playbacks.at(-1)!.settings.rate).toBe(1.25);
    });
  });

  describe('#stepVolume', () => {
    it('starts at kiosk-config volume.initial and goes no higher than volume.max nor lower than 0', async () => {
      testimonyPlayer.configureVolume({ initial: 0.5, max: 0.7 });
      const playback = await loadReady(testimony);
      expect(playback.settings.volume).toBe(0.5);
      for (let press = 0; press < 5; press++) testimonyPlayer.stepVolume(1);
      expect(testimonyPlayer.volume).toBe(0.7);
      expect(playback.calls.at(-1)).toBe('volume 0.7');
      for (let press = 0; press < 10; press++) testimonyPlayer.stepVolume(-1);
      expect(testimonyPlayer.volume).toBe(0);
    });
  });

  describe('#reset', () => {
    it('gives the next visitor the usual speed and the initial volume', async () => {
      testimonyPlayer.configureVolume({ initial: 0.5, max: 1 });
      testimonyPlayer.setRate(0.75);
      testimonyPlayer.stepVolume(1);
      testimonyPlayer.reset();
      expect(testimonyPlayer.rate).toBe(1);
      expect(testimonyPlayer.volume).toBe(0.5);
    });
  });
});

describe('transcript', () => {
  describe('#load', () => {
    it('says a transcript missing from the store is missing and logs stored-content-missing', async () => {
      await transcript.load(emptyStore, testimony, 'kk');
      expect(transcript.status).toBe('missing');
      expect(logged.map((line) => line.code)).toEqual(['stored-content-missing']);
    });

    it('reads the visitor’s language into timed lines', async () => {
      await transcript.load(fullStore, testimony, 'kk');
      expect(transcript.status).toBe('ready');
      expect(transcript.lang).toBe('kk');
      expect(transcript.cues.map((cue) => cue.text)).toEqual(['Сәлем']);
    });

    it('shows a malformed transcript as plain text and logs webvtt', async () => {
      await transcript.load(fullStore, testimony, 'ru');
      expect(transcript.status).toBe('plain');
      expect(transcript.paragraphs).toEqual(['Привет']);
      expect(logged.map((line) => line.code)).toEqual(['webvtt']);
    });
  });
});

describe('spokenTranscript', () => {
  describe('#load', () => {
    it('loads the spoken language beside a visitor reading another', async () => {
      await spokenTranscript.load(fullStore, testimony, 'kk');
      expect(spokenTranscript.lang).toBe('ru');
      expect(spokenTranscript.status).toBe('plain');
    });

    it('shows nothing when the visitor reads the language spoken', async () => {
      await spokenTranscript.load(fullStore, testimony, 'ru');
      expect(spokenTranscript.status).toBe('none');
      expect(logged).toEqual([]);
    });
  });

  describe('#fadeOut', () => {
    it('turns a playing recording down step by step, pauses it, and puts its volume back', async () => {
      vi.useFakeTimers();
      try {
        const playback = await loadReady(testimony);
        testimonyPlayer.play();
        playback.calls.length = 0;
        testimonyPlayer.fadeOut(1000);
        vi.advanceTimersByTime(500);
        expect(testimonyPlayer.status).toBe('playing');
        expect(playback.calls.at(-1)).toBe('volume 0.4');
        vi.advanceTimersByTime(500);
        expect(testimonyPlayer.status).toBe('paused');
        expect(playback.calls.slice(-3)).toEqual(['volume 0', 'pause', 'volume 0.8']);
      } finally {
        vi.useRealTimers();
      }
    });

    it('leaves a recording that is not playing alone', async () => {
      const playback = await loadReady(testimony);
      testimonyPlayer.fadeOut();
      expect(playback.calls).toEqual([]);
    });
  });
});
