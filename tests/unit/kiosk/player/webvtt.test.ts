import { describe, expect, it } from 'vitest';
import { cueIndexAt, parseWebVtt, transcriptText, WebVttError } from '../../../../src/kiosk/player/webvtt.ts';

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

  // Issue 9 "Bad input": a broken file is refused whole, not read with its faults dropped.
  it('throws WebVttError at the line of a broken timing line', () => {
    expect(() => parseWebVtt('WEBVTT\n\n00:01 --> 00:02\nbad\n\n00:00:03.000 --> 00:00:04.000\ngood\n')).toThrow(
      expect.objectContaining({ code: 'webvtt', line: 3 }),
    );
  });

  it('throws WebVttError at the line of a cue that starts before the one above it', () => {
    expect(() => parseWebVtt('WEBVTT\n\n00:00:05.000 --> 00:00:06.000\nB\n\n00:00:01.000 --> 00:00:02.000\nA\n')).toThrow(
      expect.objectContaining({ code: 'webvtt', line: 6 }),
    );
  });

  it('throws WebVttError at the line of a cue that ends before it starts, after its identifier', () => {
    expect(() => parseWebVtt('WEBVTT\n\nfirst\n00:00:05.000 --> 00:00:04.000\nB\n')).toThrow(
      expect.objectContaining({ code: 'webvtt', line: 4 }),
    );
  });

  it('throws WebVttError for a minute or second past 59', () => {
    expect(() => parseWebVtt('WEBVTT\n\n00:61.000 --> 01:02.000\nB\n')).toThrow(expect.objectContaining({ line: 3 }));
  });

  it('throws WebVttError for a block with text and no timing', () => {
    expect(() => parseWebVtt('WEBVTT\n\njust words\n')).toThrow(expect.objectContaining({ code: 'webvtt', line: 3 }));
  });

  it('throws WebVttError for a file without the WEBVTT signature', () => {
    expect(() => parseWebVtt('1\n00:00:01,000 --> 00:00:02,000\nSRT\n')).toThrow(WebVttError);
    expect(() => parseWebVtt('1\n00:00:01,000 --> 00:00:02,000\nSRT\n')).toThrow(
      expect.objectContaining({ code: 'webvtt', line: 1 }),
    );
  });
});

describe('transcriptText', () => {
  it('keeps the text of each cue as a paragraph, without timings, identifiers, NOTE and STYLE', () => {
    expect(transcriptText(SAMPLE)).toEqual(['Менің әжем & атам', 'Екінші жол', 'Сағаттан кейін']);
  });

  it('reads the words of a file that is not WebVTT at all', () => {
    expect(transcriptText('1\n00:00:01,000 --> 00:00:02,000\nБірінші\n\n2\n00:00:03,000 --> 00:00:04,000\nЕкінші\n')).toEqual([
      'Бірінші',
      'Екінші',
    ]);
  });

  it('keeps the text of a cue whose timing is broken', () => {
    expect(transcriptText('WEBVTT\n\n00:00:05.000 --> 00:00:04.000\nСөз\n')).toEqual(['Сөз']);
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
