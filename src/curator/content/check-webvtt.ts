// Checks a WebVTT transcript's text the way its readers will take it: the kiosk's transcript and
// the browser's <track> both skip a cue whose timing they cannot read, so every such cue is
// reported with the .vtt file's own line instead of vanishing from the screen. No I/O.

import type { LineIssue } from '../report.ts';

/** W3C WebVTT §4.3: optional hours of two or more digits, then mm:ss.ttt, minutes and seconds below 60. */
const TIMESTAMP = /^(?:(\d{2,}):)?([0-5]\d):([0-5]\d)\.(\d{3})$/;
/** The two times of a cue timing line, with whitespace around the arrow, and any cue settings after. */
const TIMING_LINE = /^(\S+)[ \t]+-->[ \t]+(\S+)(?:[ \t].*)?$/;
/** Blocks that are not cues (§4.1); they have no timing line. */
const NOT_A_CUE = /^(NOTE|STYLE|REGION)(?:[ \t]|$)/;
const EXAMPLE = 'such as 00:01.000 --> 00:04.500';

function timestampSeconds(text: string): number | null {
  const parts = TIMESTAMP.exec(text);
  if (!parts) return null;
  const [, hours = '0', minutes, seconds, milliseconds] = parts;
  return (Number(hours) * 60 + Number(minutes)) * 60 + Number(seconds) + Number(milliseconds) / 1000;
}

function badTimestamp(text: string): string {
  const hint = /,\d{3}$/.test(text) ? ' (a comma before the milliseconds is SRT, not WebVTT)' : '';
  return `"${text}" is not a WebVTT time: expected hh:mm:ss.ttt or mm:ss.ttt${hint}`;
}

/** Every problem of a WebVTT file's text, in line order; an empty list means every cue is read. */
export function checkWebVtt(source: string): LineIssue[] {
  const lines = source.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  // §4.1: "WEBVTT", then a space, tab or the end of the line.
  if (!/^WEBVTT(?:[ \t].*)?$/.test(lines[0] ?? '')) {
    return [{ line: 1, code: 'file.not-webvtt', reason: 'does not start with "WEBVTT": not a WebVTT transcript' }];
  }
  const issues: LineIssue[] = [];
  let cues = 0;
  let previousStart: { seconds: number; text: string } | null = null;
  let at = 1; // 0-based index of the next line
  while (at < lines.length) {
    const firstIndex = at;
    const block: string[] = [];
    while (at < lines.length && lines[at]!.trim() !== '') block.push(lines[at++]!);
    at++;
    if (block.length === 0 || NOT_A_CUE.test(block[0]!)) continue;
    const timingAt = block.findIndex((line) => line.includes('-->'));
    // §4.1: a cue is an optional identifier line, then its timing line.
    if (timingAt < 0 || timingAt > 1) {
      // Lines right under "WEBVTT" with no blank line between are the header's own.
      if (timingAt < 0 && firstIndex === 1) continue;
      const reason = `text with no cue timing line above it (${EXAMPLE}); it is not shown`;
      issues.push({ line: firstIndex + 1, code: 'webvtt.no-timing', reason });
      continue;
    }
    const line = firstIndex + timingAt + 1;
    const timing = TIMING_LINE.exec(block[timingAt]!.trim());
    if (!timing) {
      const reason = `"${block[timingAt]!.trim()}" is not a cue timing line (${EXAMPLE}, spaces around -->)`;
      issues.push({ line, code: 'webvtt.bad-timestamp', reason });
      continue;
    }
    const [, startText = '', endText = ''] = timing;
    const start = timestampSeconds(startText);
    const end = timestampSeconds(endText);
    if (start === null || end === null) {
      issues.push({ line, code: 'webvtt.bad-timestamp', reason: badTimestamp(start === null ? startText : endText) });
      continue;
    }
    cues++;
    if (end <= start) {
      const reason = `the cue ends at ${endText}, ${end === start ? 'when' : 'before'} it starts (${startText})`;
      issues.push({ line, code: 'webvtt.end-before-start', reason });
    }
    // §4.1: each cue starts no earlier than the one before it; players may skip one that does.
    if (previousStart && start < previousStart.seconds) {
      const reason = `the cue starts at ${startText}, before the cue above it (${previousStart.text}): cues must be in time order`;
      issues.push({ line, code: 'webvtt.unordered', reason });
    }
    previousStart = { seconds: start, text: startText };
  }
  if (cues === 0 && issues.length === 0)
    issues.push({ line: null, code: 'webvtt.no-cues', reason: 'has no cues: nothing to show' });
  return issues;
}
