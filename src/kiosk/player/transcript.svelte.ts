// The transcript of the testimony on screen, in the visitor's language, read from its .vtt
// object, and the line being spoken now. A missing or broken transcript is logged and the
// screen says so; the recording still plays.

import type { Testimony } from '../../feed/content-schema.ts';
import type { Language } from '../../feed/languages.ts';
import { handleError } from '../app/handle-error.ts';
import { LatestRequest } from '../app/latest-request.ts';
import type { ActiveContent } from '../storage/read-active-content.ts';
import { StoredContentMissingError } from '../storage/storage-errors.ts';
import { testimonyPlayer } from './testimony-player.svelte.ts';
import { cueIndexAt, parseWebVtt, type Cue } from './webvtt.ts';

/** A line stays highlighted through a pause this short, instead of blinking off between sentences. */
const PAUSE_HOLD_MS = 1500;

export type TranscriptStatus = 'empty' | 'loading' | 'ready' | 'missing';

class Transcript {
  cues = $state.raw<readonly Cue[]>([]);
  status = $state<TranscriptStatus>('empty');
  /** The cue being spoken, or -1 before playback starts and after it ends. */
  activeIndex = $derived(
    testimonyPlayer.status === 'playing' || testimonyPlayer.status === 'paused'
      ? cueIndexAt(this.cues, testimonyPlayer.positionMs, PAUSE_HOLD_MS)
      : -1,
  );
  /** Which transcript is on screen or on its way: asking for it again changes nothing. */
  #key = '';
  /** Every load supersedes the one before and clear cancels it: a slow read finishing late is dropped. */
  readonly #loads = new LatestRequest();

  /** Loads the transcript in `lang`, or in the exhibit's default language when there is none. */
  async load(content: ActiveContent, testimony: Testimony, lang: Language): Promise<void> {
    const chosen = testimony.transcripts[lang] ?? testimony.transcripts[content.exhibit.defaultLanguage];
    const key = `${content.version}/${testimony.id}/${chosen ?? ''}`;
    if (key === this.#key) return;
    this.#key = key;
    const signal = this.#loads.begin();
    this.cues = [];
    if (chosen === undefined) {
      this.status = 'missing';
      return;
    }
    this.status = 'loading';
    try {
      const blob = await content.mediaBlob(chosen);
      if (!blob) throw new StoredContentMissingError(`transcript ${chosen.slice(0, 12)}… of testimony ${testimony.id}`);
      const cues = parseWebVtt(await blob.text());
      if (signal.aborted) return;
      this.cues = cues;
      this.status = cues.length > 0 ? 'ready' : 'missing';
    } catch (error) {
      if (signal.aborted) return;
      this.status = 'missing';
      handleError(error, `transcript of testimony ${testimony.id}`, { quiet: true });
    }
  }

  clear(): void {
    this.#loads.cancel();
    this.#key = '';
    this.cues = [];
    this.status = 'empty';
  }
}

export const transcript = new Transcript();
