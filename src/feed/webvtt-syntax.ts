// The syntax of WebVTT (W3C WebVTT §4) shared by a transcript's two readers: the curator's check,
// which reports every fault at its line, and the kiosk's reader, which refuses a faulty file
// whole and falls back to its plain text. Blocks, cue timings and timestamps; no I/O.

/** §4.1: "WEBVTT", then a space, tab or the end of the line. */
export const WEBVTT_SIGNATURE = /^WEBVTT(?:[ \t].*)?$/;
/** §4.3: optional hours of two or more digits, then mm:ss.ttt, minutes and seconds below 60. */
const TIMESTAMP = /^(?:(\d{2,}):)?([0-5]\d):([0-5]\d)\.(\d{3})$/;
/** The two times of a cue timing line, with whitespace around the arrow, and any cue settings after. */
const TIMING_LINE = /^(\S+)[ \t]+-->[ \t]+(\S+)(?:[ \t].*)?$/;
/** Blocks that are not cues (§4.1); they have no timing line. */
const NOT_A_CUE = /^(?:NOTE|STYLE|REGION)(?:[ \t]|$)/;

/** A blank-line separated block of a WebVTT file that may carry text for a visitor. */
export type WebVttBlock =
  /** A cue: its times as written, in milliseconds where they are WebVTT times (null where not). */
  | { kind: 'cue'; line: number; start: string; end: string; startMs: number | null; endMs: number | null; payload: string[] }
  /** Text with no cue timing line where one belongs (first or second line of the block). */
  | { kind: 'no-timing'; line: number; payload: string[] }
  /** A line with "-->" that is not a cue timing line. */
  | { kind: 'bad-timing'; line: number; timing: string; payload: string[] };

export function timestampMs(text: string): number | null {
  const parts = TIMESTAMP.exec(text);
  if (!parts) return null;
  const [, hours = '0', minutes, seconds, milliseconds] = parts;
  return ((Number(hours) * 60 + Number(minutes)) * 60 + Number(seconds)) * 1000 + Number(milliseconds);
}

/**
 * The file's blocks after the signature (`line` is 1-based: the timing line of a cue, the first
 * line otherwise), without NOTE, STYLE and REGION blocks and without the header's own lines that
 * follow "WEBVTT" with no blank line between. A file without the signature is read from line 1.
 */
export function readWebVtt(source: string): { signature: boolean; blocks: WebVttBlock[] } {
  const lines = source.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const signature = WEBVTT_SIGNATURE.test(lines[0] ?? '');
  const blocks: WebVttBlock[] = [];
  let at = signature ? 1 : 0; // 0-based index of the next line
  while (at < lines.length) {
    const first = at;
    const block: string[] = [];
    while (at < lines.length && lines[at]!.trim() !== '') block.push(lines[at++]!);
    at++;
    if (block.length === 0 || NOT_A_CUE.test(block[0]!)) continue;
    const timingAt = block.findIndex((line) => line.includes('-->'));
    // §4.1: a cue is an optional identifier line, then its timing line.
    if (timingAt < 0 || timingAt > 1) {
      if (timingAt < 0 && signature && first === 1) continue;
      // An identifier stands just above the timing line it names.
      const payload = block.filter((line, index) => !line.includes('-->') && !block[index + 1]?.includes('-->'));
      blocks.push({ kind: 'no-timing', line: first + 1, payload });
      continue;
    }
    const line = first + timingAt + 1;
    const timing = block[timingAt]!.trim();
    const payload = block.slice(timingAt + 1);
    const times = TIMING_LINE.exec(timing);
    if (!times) {
      blocks.push({ kind: 'bad-timing', line, timing, payload });
      continue;
    }
    const [, start = '', end = ''] = times;
    blocks.push({ kind: 'cue', line, start, end, startMs: timestampMs(start), endMs: timestampMs(end), payload });
  }
  return { signature, blocks };
}
