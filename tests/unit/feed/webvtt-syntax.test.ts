// The WebVTT syntax both the curator's check and the kiosk's transcript reader stand on.

import { describe, expect, it } from 'vitest';
import { readWebVtt, timestampMs } from '../../../src/feed/webvtt-syntax.ts';

describe('timestampMs', () => {
  it('reads mm:ss.ttt and hh:mm:ss.ttt, hours of two or more digits', () => {
    expect(timestampMs('01:02.345')).toBe(62_345);
    expect(timestampMs('01:00:00.001')).toBe(3_600_001);
    expect(timestampMs('100:00:00.000')).toBe(360_000_000);
  });

  it('refuses SRT commas, one-digit hours, minutes or seconds of 60 and missing milliseconds', () => {
    for (const text of ['00:01,000', '1:00:00.000', '60:00.000', '00:60.000', '00:01', '00:01.5']) {
      expect(timestampMs(text), text).toBeNull();
    }
  });
});

describe('readWebVtt', () => {
  it('gives each block its kind and the line a fault is on, skipping header lines and NOTE blocks', () => {
    const source = [
      'WEBVTT',
      'Kind: captions',
      '',
      'NOTE a comment',
      '',
      'intro',
      '00:01.000 --> 00:02.000 align:start',
      'First line',
      '',
      '00:03.000-->00:04.000',
      'Bad arrow',
      '',
      'Stray text',
    ].join('\r\n');
    const { signature, blocks } = readWebVtt(source);
    expect(signature).toBe(true);
    expect(blocks.map((block) => [block.kind, block.line, block.payload])).toEqual([
      ['cue', 7, ['First line']],
      ['bad-timing', 10, ['Bad arrow']],
      ['no-timing', 13, ['Stray text']],
    ]);
  });

  it('reads a file without the signature from its first line, for a plain-text fallback', () => {
    const { signature, blocks } = readWebVtt('\uFEFF00:01.000 --> 00:02.000\nHello');
    expect(signature).toBe(false);
    expect(blocks).toEqual([
      { kind: 'cue', line: 1, start: '00:01.000', end: '00:02.000', startMs: 1000, endMs: 2000, payload: ['Hello'] },
    ]);
  });
});
