import { describe, expect, it } from 'vitest';
import { cueIndexAt, parseWebVtt, WebVttError } from '../../../../src/kiosk/player/webvtt.ts';

const SAMPLE = `\uFEFFWEBVTT - testimony t01
Kind: captions

NOTE recorded 2024; this note --> is no cue

STYLE
::cue { color: white }

intro
00:00:00.000 --> 00:00:04.500 align:start
<v Айгүл>Менің әжем</v> &amp; атам

00:00:05.000 --> 00:01:02.250
Екінші
жол

01:00:00.000 --> 01:00:01.000
Сағаттан кейін
`;

describe('parseWebVtt', () => {
  it('reads cue timings and plain text, skipping header, NOTE and STYLE blocks', () => {
    expect(parseWebVtt(SAMPLE)).toEqual([
      { startMs: 0, endMs: 4500, text: 'Менің әжем & атам' },
      { startMs: 5000, endMs: 62_250, text: 'Екінші жол' },
      { startMs: 3_600_000, endMs: 3_601_000, text: 'Сағаттан кейін' },
    ]);
  });

  it('accepts CRLF line endings', () => {
    expect(parseWebVtt('WEBVTT\r\n\r\n00:01.000 --> 00:02.000\r\nБір\r\n')).toEqual([
      { startMs: 1000, endMs: 2000, text: 'Бір' },
    ]);
  });

  it('skips a cue with a broken timing line and keeps the rest', () => {
    expect(parseWebVtt('WEBVTT\n\n00:01 --> 00:02\nbad\n\n00:00:03.000 --> 00:00:04.000\ngood\n')).toEqual([
      { startMs: 3000, endMs: 4000, text: 'good' },
    ]);
  });

  it('sorts cues by start time', () => {
    const cues = parseWebVtt('WEBVTT\n\n00:00:05.000 --> 00:00:06.000\nB\n\n00:00:01.000 --> 00:00:02.000\nA\n');
    expect(cues.map((cue) => cue.text)).toEqual(['A', 'B']);
  });

  it('throws WebVttError for a file without the WEBVTT signature', () => {
    expect(() => parseWebVtt('1\n00:00:01,000 --> 00:00:02,000\nSRT\n')).toThrow(WebVttError);
    expect(() => parseWebVtt('1\n00:00:01,000 --> 00:00:02,000\nSRT\n')).toThrow(expect.objectContaining({ code: 'webvtt' }));
  });
});

describe('cueIndexAt', () => {
  const cues = parseWebVtt(SAMPLE);

  it('finds the cue being spoken', () => {
    expect(cueIndexAt(cues, 0)).toBe(0);
    expect(cueIndexAt(cues, 4499)).toBe(0);
    expect(cueIndexAt(cues, 30_000)).toBe(1);
  });

  it('returns -1 between cues and after the last', () => {
    expect(cueIndexAt(cues, 4700)).toBe(-1);
    expect(cueIndexAt(cues, 4_000_000)).toBe(-1);
  });

  it('keeps a cue current through a short pause when asked to hold it', () => {
    expect(cueIndexAt(cues, 4700, 1000)).toBe(0);
    expect(cueIndexAt(cues, 62_250 + 999, 1000)).toBe(1);
    expect(cueIndexAt(cues, 62_250 + 1000, 1000)).toBe(-1);
  });

  it('returns -1 for no cues', () => {
    expect(cueIndexAt([], 100)).toBe(-1);
  });

  it('prefers the later of two overlapping cues', () => {
    const overlapping = [
      { startMs: 0, endMs: 10_000, text: 'long' },
      { startMs: 2000, endMs: 3000, text: 'short' },
    ];
    expect(cueIndexAt(overlapping, 2500)).toBe(1);
    expect(cueIndexAt(overlapping, 5000)).toBe(0);
  });
});
