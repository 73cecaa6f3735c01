// Reads a WebVTT transcript (the .vtt objects of a testimony) into timed lines for the
// testimony screen, and finds the line being spoken. Enough of the format for transcripts:
// cue timings and text; settings, NOTE/STYLE/REGION blocks and markup tags are dropped. A file
// that breaks the format is refused whole, never half read: its plain text is what a visitor
// can still be shown (docs/design.md §3, issue 9 "Bad input"). No DOM.

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

const TIMING = /^((?:\d+:)?[0-5]\d:[0-5]\d\.\d{3})[ \t]+-->[ \t]+((?:\d+:)?[0-5]\d:[0-5]\d\.\d{3})(?:[ \t]|$)/;
const SIGNATURE = /^WEBVTT(?:[ \t].*)?$/;
/** Blocks that carry no cue: comments, styles and regions. */
const NOT_A_CUE = /^(?:NOTE|STYLE|REGION)(?:[ \t]|$)/;
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

interface Block {
  /** 1-based line of the block's first line. */
  line: number;
  lines: string[];
}

/** The blank-line separated blocks of a file, with where each starts. */
function blocksOf(source: string): Block[] {
  const lines = source.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const blocks: Block[] = [];
  let current: Block | null = null;
  lines.forEach((text, index) => {
    if (text.trim() === '') {
      current = null;
    } else if (current) {
      current.lines.push(text);
    } else {
      current = { line: index + 1, lines: [text] };
      blocks.push(current);
    }
  });
  return blocks;
}

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

/** The cues in file order; throws WebVttError, naming the line, for a file that breaks the format. */
export function parseWebVtt(source: string): Cue[] {
  const [header, ...blocks] = blocksOf(source);
  if (!header || header.line !== 1 || !SIGNATURE.test(header.lines[0]!)) {
    throw new WebVttError(1, 'the first line must be "WEBVTT"');
  }
  const cues: Cue[] = [];
  for (const block of blocks) {
    if (NOT_A_CUE.test(block.lines[0]!)) continue;
    // A cue is an optional identifier line, then its timing line, then its text.
    const timingAt = block.lines[0]!.includes('-->') || block.lines.length === 1 ? 0 : 1;
    const line = block.line + timingAt;
    const timing = TIMING.exec(block.lines[timingAt]?.trim() ?? '');
    if (!timing) throw new WebVttError(line, 'expected a cue timing like "00:01.000 --> 00:04.500"');
    const startMs = timestampMs(timing[1]!);
    const endMs = timestampMs(timing[2]!);
    if (endMs <= startMs) throw new WebVttError(line, 'the cue ends before it starts');
    const previous = cues.at(-1);
    // WebVTT: each cue starts no earlier than the one before; a transcript out of order would jump.
    if (previous && startMs < previous.startMs) throw new WebVttError(line, 'the cue starts before the one above it');
    const text = plainText(block.lines.slice(timingAt + 1).join('\n'));
    if (text !== '') cues.push({ startMs, endMs, text });
  }
  return cues;
}

/**
 * What a visitor can read of a transcript that is not well-formed: the text of each block as a
 * paragraph, without the signature, timing lines, cue identifiers, NOTE, STYLE and REGION blocks.
 */
export function transcriptText(source: string): string[] {
  const paragraphs: string[] = [];
  for (const block of blocksOf(source)) {
    if (SIGNATURE.test(block.lines[0]!) || NOT_A_CUE.test(block.lines[0]!)) continue;
    // An identifier stands just above the timing line it names.
    const kept = block.lines.filter((line, index) => !line.includes('-->') && !block.lines[index + 1]?.includes('-->'));
    const text = plainText(kept.join('\n'));
    if (text !== '') paragraphs.push(text);
  }
  return paragraphs;
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
