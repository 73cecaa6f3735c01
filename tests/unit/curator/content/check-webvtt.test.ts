import { describe, expect, it } from 'vitest';
import { checkWebVtt } from '../../../../src/curator/content/check-webvtt.ts';

/** `line: code` for each issue, as a curator would find them in the file. */
const issuesOf = (source: string) => checkWebVtt(source).map((issue) => `${issue.line ?? '-'}: ${issue.code}`);

describe('checkWebVtt', () => {
  it('accepts cues with and without hours, identifiers, settings, NOTE blocks and header lines', () => {
    const source = [
      '\uFEFFWEBVTT - transcript',
      'Kind: captions',
      '',
      'NOTE demo, read by a synthetic voice',
      '',
      '00:00.000 --> 00:02.500',
      'Бірінші жол.',
      '',
      'intro-2',
      '00:00:02.500 --> 00:00:04.000 align:start line:90%',
      'Екінші жол.',
      '',
      '101:00:00.000 --> 101:00:01.000',
      'Late.',
    ].join('\r\n');
    expect(issuesOf(source)).toEqual([]);
  });

  it('reports a file without the WEBVTT header at line 1', () => {
    expect(issuesOf('1\n00:00:00,000 --> 00:00:02,000\nSRT\n')).toEqual(['1: file.not-webvtt']);
    expect(issuesOf('WEBVTTX\n')).toEqual(['1: file.not-webvtt']);
  });

  it('reports bad timestamps at their own line', () => {
    const source = [
      'WEBVTT',
      '',
      '00:00:01,000 --> 00:00:02,000', // 3: SRT comma
      'a',
      '',
      '00:61.000 --> 01:02.000', // 6: minutes above 59
      'b',
      '',
      '0:01.000 --> 00:02.000', // 9: one-digit minutes
      'c',
      '',
      '00:03.00 --> 00:04.000', // 12: two-digit milliseconds
      'd',
      '',
      '00:05.000-->00:06.000', // 15: no spaces around the arrow
      'e',
    ].join('\n');
    expect(issuesOf(source)).toEqual([
      '3: webvtt.bad-timestamp',
      '6: webvtt.bad-timestamp',
      '9: webvtt.bad-timestamp',
      '12: webvtt.bad-timestamp',
      '15: webvtt.bad-timestamp',
    ]);
    expect(checkWebVtt(source)[0]!.reason).toMatch(/SRT/);
  });

  it('reports a cue ending before or when it starts', () => {
    const source = 'WEBVTT\n\n00:05.000 --> 00:04.000\na\n\nid\n00:06.000 --> 00:06.000\nb\n';
    expect(issuesOf(source)).toEqual(['3: webvtt.end-before-start', '7: webvtt.end-before-start']);
  });

  it('reports a cue that starts before the one above it', () => {
    const source = 'WEBVTT\n\n00:10.000 --> 00:12.000\na\n\n00:02.000 --> 00:04.000\nb\n\n00:02.000 --> 00:03.000\nc\n';
    expect(issuesOf(source)).toEqual(['6: webvtt.unordered']);
  });

  it('reports text that no timing line introduces at its first line', () => {
    const source = 'WEBVTT\n\n00:00.000 --> 00:01.000\na\n\nForgotten line\nmore\n\nid\nsecond id\n00:02.000 --> 00:03.000\nb\n';
    expect(issuesOf(source)).toEqual(['6: webvtt.no-timing', '9: webvtt.no-timing']);
  });

  it('reports a transcript with no cues', () => {
    expect(issuesOf('WEBVTT\n\nNOTE nothing yet\n')).toEqual(['-: webvtt.no-cues']);
  });
});
