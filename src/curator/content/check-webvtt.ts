// Checks a WebVTT transcript's text the way its readers will take it: the kiosk's transcript and
// the browser's <track> both skip a cue whose timing they cannot read, so every such cue is
// reported with the .vtt file's own line instead of vanishing from the screen. No I/O.

import { readWebVtt } from '../../feed/webvtt-syntax.ts';
import type { LineIssue } from '../report.ts';

const EXAMPLE = 'such as 00:01.000 --> 00:04.500';

function badTimestamp(text: string): string {
  const hint = /,\d{3}$/.test(text) ? ' (a comma before the milliseconds is SRT, not WebVTT)' : '';
  return `"${text}" is not a WebVTT time: expected hh:mm:ss.ttt or mm:ss.ttt${hint}`;
}

/** Every problem of a WebVTT file's text, in line order; an empty list means every cue is read. */
export function checkWebVtt(source: string): LineIssue[] {
  const { signature, blocks } = readWebVtt(source);
  if (!signature) {
    return [{ line: 1, code: 'file.not-webvtt', reason: 'does not start with "WEBVTT": not a WebVTT transcript' }];
  }
  const issues: LineIssue[] = [];
  let cues = 0;
  let previousStart: { ms: number; text: string } | null = null;
  for (const block of blocks) {
    const { line } = block;
    if (block.kind === 'no-timing') {
      const reason = `text with no cue timing line above it (${EXAMPLE}); it is not shown`;
      issues.push({ line, code: 'webvtt.no-timing', reason });
      continue;
    }
    if (block.kind === 'bad-timing') {
      const reason = `"${block.timing}" is not a cue timing line (${EXAMPLE}, spaces around -->)`;
      issues.push({ line, code: 'webvtt.bad-timestamp', reason });
      continue;
    }
    const { start: startText, end: endText, startMs: start, endMs: end } = block;
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
    if (previousStart && start < previousStart.ms) {
      const reason = `the cue starts at ${startText}, before the cue above it (${previousStart.text}): cues must be in time order`;
      issues.push({ line, code: 'webvtt.unordered', reason });
    }
    previousStart = { ms: start, text: startText };
  }
  if (cues === 0 && issues.length === 0)
    issues.push({ line: null, code: 'webvtt.no-cues', reason: 'has no cues: nothing to show' });
  return issues;
}
