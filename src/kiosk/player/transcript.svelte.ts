// A transcript of the testimony on screen, read from its .vtt object, and the line being spoken
// now: one for the visitor's language and one for the spoken language when that differs
// (transcript-columns.ts). A missing transcript is logged and the screen says so; a malformed one
// is logged and shown as plain text (webvtt.ts). The recording plays either way.

import type { Testimony } from '../../feed/content-schema.ts';
import type { Language } from '../../feed/languages.ts';
import { handleError } from '../app/handle-error.ts';
import { LatestRequest } from '../app/latest-request.ts';
import type { ActiveContent } from '../storage/read-active-content.ts';
import { StoredContentMissingError } from '../storage/storage-errors.ts';
import { testimonyPlayer } from './testimony-player.svelte.ts';
import { transcriptColumns, type TranscriptColumns } from './transcript-columns.ts';
import { cueIndexAt, parseWebVtt, transcriptText, WebVttError, type Cue } from './webvtt.ts';

/** A line stays highlighted through a pause this short, instead of blinking off between sentences. */
const PAUSE_HOLD_MS = 1500;

/** `none`: this column is not shown; `plain`: the file is malformed, `paragraphs` hold its text. */
export type TranscriptStatus = 'empty' | 'none' | 'loading' | 'ready' | 'plain' | 'missing';

export class Transcript {
  cues = $state.raw<readonly Cue[]>([]);
  paragraphs = $state.raw<readonly string[]>([]);
  status = $state<TranscriptStatus>('empty');
  /** The language of the text on show, for its `lang` attribute. */
  lang = $state<Language | null>(null);
  /** The cue being spoken, or -1 before playback starts (unless opened at a moment) and after it ends. */
  activeIndex = $derived(
    testimonyPlayer.status === 'playing' ||
      testimonyPlayer.status === 'paused' ||
      (testimonyPlayer.status === 'ready' && testimonyPlayer.positionMs > 0)
      ? cueIndexAt(this.cues, testimonyPlayer.positionMs, PAUSE_HOLD_MS)
      : -1,
  );
  /** Which transcript is on screen or on its way: asking for it again changes nothing. */
  #key = '';
  /** Every load supersedes the one before and clear cancels it: a slow read finishing late is dropped. */
  readonly #loads = new LatestRequest();

  constructor(readonly column: keyof TranscriptColumns) {}

  /** Loads this column's transcript for a visitor reading `lang`. */
  async load(content: ActiveContent, testimony: Testimony, lang: Language): Promise<void> {
    const chosen = transcriptColumns(testimony, lang, content.exhibit.defaultLanguage)[this.column];
    const key = `${content.version}/${testimony.id}/${chosen?.sha256 ?? ''}`;
    if (key === this.#key) return;
    this.#key = key;
    const signal = this.#loads.begin();
    this.cues = [];
    this.paragraphs = [];
    this.lang = chosen?.lang ?? null;
    if (chosen === null) {
      // The visitor's column always shows, if only to say there is no transcript.
      this.status = this.column === 'visitor' ? 'missing' : 'none';
      return;
    }
    this.status = 'loading';
    try {
      const blob = await content.mediaBlob(chosen.sha256);
      if (!blob) throw new StoredContentMissingError(`transcript ${chosen.sha256.slice(0, 12)}… of testimony ${testimony.id}`);
      const source = await blob.text();
      if (signal.aborted) return;
      this.#show(source, `transcript (${chosen.lang}) of testimony ${testimony.id}`);
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
    this.paragraphs = [];
    this.lang = null;
    this.status = 'empty';
  }

  #show(source: string, where: string): void {
    try {
      this.cues = parseWebVtt(source);
      this.status = this.cues.length > 0 ? 'ready' : 'missing';
    } catch (error) {
      if (!(error instanceof WebVttError)) throw error;
      handleError(error, where, { quiet: true });
      this.paragraphs = transcriptText(source);
      this.status = this.paragraphs.length > 0 ? 'plain' : 'missing';
    }
  }
}

/** The transcript in the visitor's language. */
export const transcript = new Transcript('visitor');
/** The transcript in the language spoken, beside the visitor's when the two differ. */
export const spokenTranscript = new Transcript('spoken');
