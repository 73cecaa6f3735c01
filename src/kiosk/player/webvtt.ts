// Reads a WebVTT transcript (the .vtt objects of a testimony) into timed lines for the
// testimony screen, and finds the line being spoken. Enough of the format for transcripts:
// cue timings and text; settings, NOTE/STYLE/REGION blocks and markup tags are dropped. A file
// that breaks the format is refused whole, never half read: its plain text is what a visitor
// can still be shown (docs/design.md §3, issue 9 "Bad input"). No DOM.

import { readWebVtt } from '../../feed/webvtt-syntax.ts';

export interface Cue {
  startMs: number;
  endMs: number;
  /** Plain text: tags removed, entities decoded, lines joined with a space. */
  text: string;
}

/** A file that is not well-formed WebVTT: no signature, a bad timing line, a cue ending before it starts, cues out of order. */
export class WebVttError extends Error {
  readonly code = 'webvtt';
  constructor(
    /** 1-based line of the file where the fault is. */
    readonly line: number,
    reason: string,
  ) {
    super(`not a well-formed WebVTT file: line ${line}: ${reason}`);
    this.name = 'WebVttError';
  }
}

const ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  nbsp: '\u00a0',
  lrm: '\u200e',
  rlm: '\u200f',
  quot: '"',
  apos: "'",
};

function plainText(payload: string): string {
  return payload
    .replace(/<[^>]*>/g, '')
    .replace(/&(amp|lt|gt|nbsp|lrm|rlm|quot|apos);/g, (_, name: string) => ENTITIES[name] ?? '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The cues in file order; throws WebVttError, naming the line, for a file that breaks the format. */
export function parseWebVtt(source: string): Cue[] {
  const { signature, blocks } = readWebVtt(source);
  if (!signature) throw new WebVttError(1, 'the first line must be "WEBVTT"');
  const cues: Cue[] = [];
  for (const block of blocks) {
    const { line } = block;
    if (block.kind !== 'cue' || block.startMs === null || block.endMs === null) {
      throw new WebVttError(line, 'expected a cue timing like "00:01.000 --> 00:04.500"');
    }
    const { startMs, endMs } = block;
    if (endMs <= startMs) throw new WebVttError(line, 'the cue ends before it starts');
    const previous = cues.at(-1);
    // WebVTT: each cue starts no earlier than the one before; a transcript out of order would jump.
    if (previous && startMs < previous.startMs) throw new WebVttError(line, 'the cue starts before the one above it');
    const text = plainText(block.payload.join('\n'));
    if (text !== '') cues.push({ startMs, endMs, text });
  }
  return cues;
}

/**
 * What a visitor can read of a transcript that is not well-formed: the text of each block as a
 * paragraph, without the signature, timing lines, cue identifiers, NOTE, STYLE and REGION blocks.
 */
export function transcriptText(source: string): string[] {
  return readWebVtt(source)
    .blocks.map((block) => plainText(block.payload.join('\n')))
    .filter((text) => text !== '');
}

/**
 * The index of the cue being spoken at `positionMs` (the latest started, if they overlap), or
 * -1. With `holdMs`, a cue stays current that long after its end, so a transcript's highlight
 * does not blink off in the short pauses between sentences.
 */
export function cueIndexAt(cues: readonly Cue[], positionMs: number, holdMs = 0): number {
  let low = 0;
  let high = cues.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (cues[middle]!.startMs <= positionMs) low = middle + 1;
    else high = middle;
  }
  for (let index = low - 1; index >= 0; index--) {
    if (cues[index]!.endMs + holdMs > positionMs) return index;
    // Earlier cues could only still run if they overlap; transcripts rarely do, so stop soon.
    if (low - index > 3) break;
  }
  return -1;
}
