// The one testimony player of the kiosk: loads a recording from the store into a blob URL,
// plays, pauses and seeks it at the speed and volume the visitor chose, and follows its position
// for the transcript and the chapters. It never starts by itself (docs/design.md §6): only a
// tap plays. Stopping revokes the URL, so a kiosk that plays for weeks keeps no old recordings.

import type { Testimony } from '../../feed/content-schema.ts';
import type { KioskConfig } from '../../feed/kiosk-config-schema.ts';
import { OBJECT_TYPES } from '../../feed/manifest-schema.ts';
import { handleError } from '../app/handle-error.ts';
import { LatestRequest } from '../app/latest-request.ts';
import type { ActiveContent } from '../storage/read-active-content.ts';
import { StoredContentMissingError } from '../storage/storage-errors.ts';
import { countUsage } from '../storage/usage-counts.ts';
import { howlerPlayback, videoPlayback, type Playback, type PlaybackEvents } from './playback.ts';

export type PlayerStatus = 'empty' | 'loading' | 'ready' | 'playing' | 'paused' | 'ended' | 'unavailable';

/** The speeds a visitor may choose (issue 9: 0.75×, 1×, 1.25×); 1 is as recorded. */
export const PLAYBACK_RATES = [0.75, 1, 1.25] as const;
export type PlaybackRate = (typeof PLAYBACK_RATES)[number];

/** One press of − or + on the volume: ten presses cross the whole range. */
const VOLUME_STEP = 0.1;
/** How often the position is read while playing: often enough for the transcript to keep up. */
const POSITION_POLL_MS = 200;
/** A minute of silence fades a playing recording out over this long (docs/design.md §6.2), in FADE_STEPS steps. */
export const FADE_OUT_MS = 2000;
const FADE_STEPS = 10;

class TestimonyPlayer {
  testimonyId = $state<string | null>(null);
  kind = $state<'audio' | 'video'>('audio');
  status = $state<PlayerStatus>('empty');
  positionMs = $state(0);
  durationMs = $state(0);
  /** For a video testimony: the screen's <video> element plays this. */
  videoUrl = $state<string | null>(null);
  isPlaying = $derived(this.status === 'playing');
  rate = $state<PlaybackRate>(1);
  /** 0 to `maxVolume`. */
  volume = $state(0.8);
  /** kiosk-config `volume.max`: how far a visitor may turn it up. */
  maxVolume = $state(1);

  /** kiosk-config `volume.initial`: where an idle reset puts the volume back. */
  initialVolume = $state(0.8);
  #playback: Playback | null = null;
  #url: string | null = null;
  #poll: ReturnType<typeof setInterval> | undefined;
  #fade: ReturnType<typeof setInterval> | undefined;
  /** Where to be once the recording is ready: a moment opened from a keyword, a seek before loading. */
  #pendingSeekMs: number | null = null;
  /**
   * A tap on Play, a chapter or a line while the recording is still read from the store (a large
   * one takes a moment), played as soon as there is something to play.
   */
  #pendingPlay = false;
  /** Whether this recording's first play has been counted (docs/design.md §6: usage counts). */
  #counted = false;
  /** Every load supersedes the one before and stop cancels it, so a slow load finishing late is dropped. */
  readonly #loads = new LatestRequest();

  /** kiosk-config `volume`: where the volume starts for every visitor, and its ceiling. */
  configureVolume(volume: KioskConfig['volume']): void {
    this.initialVolume = volume.initial;
    this.maxVolume = volume.max;
    this.volume = volume.initial;
  }

  /** `atMs`: open the recording there, without playing. */
  async load(content: ActiveContent, testimony: Testimony, atMs = 0): Promise<void> {
    if (this.testimonyId === testimony.id && this.status !== 'unavailable') return;
    this.stop();
    const signal = this.#loads.begin();
    this.testimonyId = testimony.id;
    const media = testimony.media;
    if (!media) return;
    this.kind = media.kind;
    this.status = 'loading';
    this.positionMs = atMs;
    this.#pendingSeekMs = atMs > 0 ? atMs : null;
    try {
      const entry = content.manifest.objects.find((object) => object.sha256 === media.object);
      const blob = await content.mediaBlob(media.object);
      if (signal.aborted) return;
      if (!entry || !blob) throw new StoredContentMissingError(`the recording of testimony ${testimony.id}`);
      this.#url = URL.createObjectURL(blob);
      if (media.kind === 'video') this.videoUrl = this.#url;
      else {
        const playback = await howlerPlayback(this.#url, OBJECT_TYPES[entry.type], this.#events(signal), this.#settings());
        // Another testimony opened while Howler loaded: this recording is no longer wanted.
        if (signal.aborted) playback.unload();
        else this.#attach(playback);
      }
    } catch (error) {
      this.#fail(signal, error);
    }
  }

  /** Called by the screen once its <video> element shows `videoUrl`. */
  attachVideo(video: HTMLVideoElement): void {
    if (this.kind !== 'video' || this.#playback) return;
    this.#attach(videoPlayback(video, this.#events(this.#loads.signal), this.#settings()));
  }

  #attach(playback: Playback): void {
    this.#playback = playback;
    if (this.#pendingPlay) this.play();
  }

  toggle(): void {
    if (this.status === 'playing') this.pause();
    else this.play();
  }

  play(): void {
    this.#pendingPlay = this.status === 'loading' && !this.#playback;
    // Howler queues a play that comes before the recording has loaded.
    if (!this.#playback || this.status === 'unavailable') return;
    if (this.status === 'ended') this.#playback.seekSeconds(0);
    this.#playback.play();
    this.status = 'playing';
    // One count per recording opened, however often it is paused and played again.
    if (!this.#counted) void countUsage('testimony');
    this.#counted = true;
    clearInterval(this.#poll);
    this.#poll = setInterval(() => this.#readPosition(), POSITION_POLL_MS);
  }

  pause(): void {
    this.#pendingPlay = false;
    this.#playback?.pause();
    if (this.status === 'playing') this.status = 'paused';
    clearInterval(this.#poll);
    this.#readPosition();
  }

  /** Moves to `positionMs` without starting; before the recording is ready, it goes there once it is. */
  seek(positionMs: number): void {
    this.positionMs = positionMs;
    if (this.status === 'ended') this.status = 'paused';
    if (this.#playback && this.status !== 'loading') this.#playback.seekSeconds(positionMs / 1000);
    else this.#pendingSeekMs = positionMs;
  }

  /** A tapped transcript line or chapter: listen from there. */
  seekAndPlay(positionMs: number): void {
    this.seek(positionMs);
    if (this.status !== 'playing') this.play();
  }

  setRate(rate: PlaybackRate): void {
    this.rate = rate;
    this.#playback?.setRate(rate);
  }

  /** One step quieter (-1) or louder (+1), never above kiosk-config's ceiling. */
  stepVolume(direction: -1 | 1): void {
    const next = Math.round((this.volume + direction * VOLUME_STEP) * 100) / 100;
    this.volume = Math.min(this.maxVolume, Math.max(0, next));
    this.#playback?.setVolume(this.volume);
  }

  /**
   * A minute of silence: a playing recording fades out, then pauses where it was with its volume
   * back, so the visitor can play on afterwards.
   */
  fadeOut(durationMs: number = FADE_OUT_MS): void {
    const playback = this.#playback;
    if (!playback || this.status !== 'playing') return;
    let step = 0;
    clearInterval(this.#fade);
    this.#fade = setInterval(() => {
      step += 1;
      playback.setVolume(this.volume * (1 - step / FADE_STEPS));
      if (step < FADE_STEPS) return;
      clearInterval(this.#fade);
      this.pause();
      playback.setVolume(this.volume);
    }, durationMs / FADE_STEPS);
  }

  /** Leaving the screen or an idle reset: silence, free the media and its URL. */
  stop(): void {
    this.#counted = false;
    clearInterval(this.#fade);
    this.#loads.cancel();
    clearInterval(this.#poll);
    this.#playback?.unload();
    this.#playback = null;
    if (this.#url) URL.revokeObjectURL(this.#url);
    this.#url = null;
    this.#pendingSeekMs = null;
    this.#pendingPlay = false;
    this.videoUrl = null;
    this.testimonyId = null;
    this.status = 'empty';
    this.positionMs = 0;
    this.durationMs = 0;
  }

  /** An idle reset: the next visitor hears the recordings at the usual speed and volume. */
  reset(): void {
    this.stop();
    this.rate = 1;
    this.volume = this.initialVolume;
  }

  #settings(): { rate: number; volume: number } {
    return { rate: this.rate, volume: this.volume };
  }

  #events(signal: AbortSignal): PlaybackEvents {
    return {
      onReady: () => {
        if (signal.aborted) return;
        this.durationMs = Math.round((this.#playback?.durationSeconds() ?? 0) * 1000);
        if (this.#pendingSeekMs !== null) this.#playback?.seekSeconds(this.#pendingSeekMs / 1000);
        this.#pendingSeekMs = null;
        if (this.status === 'loading') this.status = 'ready';
      },
      onEnd: () => {
        if (signal.aborted) return;
        clearInterval(this.#poll);
        this.status = 'ended';
        this.positionMs = this.durationMs;
      },
      onError: (error) => this.#fail(signal, error),
    };
  }

  #readPosition(): void {
    if (!this.#playback) return;
    this.positionMs = Math.round(this.#playback.positionSeconds() * 1000);
    if (this.durationMs === 0) this.durationMs = Math.round(this.#playback.durationSeconds() * 1000);
  }

  #fail(signal: AbortSignal, error: unknown): void {
    if (signal.aborted) return;
    clearInterval(this.#poll);
    this.status = 'unavailable';
    // The screen says "not available"; the technician log gets the reason.
    handleError(error, 'testimony player', { quiet: true });
  }
}

export const testimonyPlayer = new TestimonyPlayer();
