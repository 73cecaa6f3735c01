// Reads a WebVTT transcript (the .vtt objects of a testimony) into timed lines for the
// testimony screen, and finds the line being spoken. Enough of the format for transcripts:
// cue timings and text; settings, NOTE/STYLE/REGION blocks and markup tags are dropped. No DOM.

export interface Cue {
  startMs: number;
  endMs: number;
  /** Plain text: tags removed, entities decoded, lines joined with a space. */
  text: string;
}

/** A file that is not WebVTT at all; a bad single cue is skipped instead. */
export class WebVttError extends Error {
  readonly code = 'webvtt';
  constructor(reason: string) {
    super(`not a WebVTT file: ${reason}`);
    this.name = 'WebVttError';
  }
}

const TIMING = /^((?:\d+:)?\d{2}:\d{2}\.\d{3})\s+-->\s+((?:\d+:)?\d{2}:\d{2}\.\d{3})(?:\s|$)/;
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

function timestampMs(text: string): number {
  const parts = text.split(':').map(Number);
  const seconds = parts.pop()!;
  const minutes = parts.pop()!;
  const hours = parts.pop() ?? 0;
  return Math.round(((hours * 60 + minutes) * 60 + seconds) * 1000);
}

function plainText(payload: string): string {
  return payload
    .replace(/<[^>]*>/g, '')
    .replace(/&(amp|lt|gt|nbsp|lrm|rlm|quot|apos);/g, (_, name: string) => ENTITIES[name] ?? '')
    .replace(/\s+/g, ' ')
    .trim();
}

export function parseWebVtt(source: string): Cue[] {
  const lines = source.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  if (!/^WEBVTT(?:[ \t].*)?$/.test(lines[0] ?? '')) throw new WebVttError('the first line must be "WEBVTT"');
  const cues: Cue[] = [];
  let at = 1;
  while (at < lines.length) {
    // A block runs to the next blank line: a header, NOTE, STYLE, REGION or a cue.
    const block: string[] = [];
    while (at < lines.length && lines[at]!.trim() !== '') block.push(lines[at++]!);
    at++;
    const timingAt = block.findIndex((line) => line.includes('-->'));
    if (timingAt < 0 || timingAt > 1) continue;
    const timing = TIMING.exec(block[timingAt]!.trim());
    if (!timing) continue;
    const text = plainText(block.slice(timingAt + 1).join('\n'));
    const startMs = timestampMs(timing[1]!);
    const endMs = timestampMs(timing[2]!);
    if (text !== '' && endMs > startMs) cues.push({ startMs, endMs, text });
  }
  return cues.sort((a, b) => a.startMs - b.startMs);
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
