// A stream step in front of the CSV parser: decodes UTF-8 (dropping a BOM), turns CRLF and lone
// CR into LF, and stops at the first byte that is not UTF-8. With one kind of line break, the
// parser's line count is exact and line breaks inside quoted cells come out the same everywhere.
// It can start at a given line, so a reader can resume after a broken row. The register import
// gives it a decoder of its own (Windows-1251, UTF-16…), which passes undecodable bytes on.

import { Transform } from 'node:stream';

/** The file is not UTF-8 (often a spreadsheet saved as Windows-1251); `line` is where it shows. */
export class NotUtf8Error extends Error {
  constructor(readonly line: number) {
    super('is not UTF-8 text: save it as "CSV UTF-8 (comma delimited)"');
    this.name = 'NotUtf8Error';
  }
}

const REPLACEMENT_CHARACTER = '\uFFFD';

/** Line breaks in `text` before `end`; after this step every line break is a single LF. */
export function countLineBreaks(text: string, end = text.length): number {
  let count = 0;
  for (let index = text.indexOf('\n'); index !== -1 && index < end; index = text.indexOf('\n', index + 1)) count++;
  return count;
}

/** Bytes to text a chunk at a time; `end` gives what a character cut at the last chunk's end left. */
export interface ChunkDecoder {
  write(chunk: Buffer): string;
  end(): string | undefined;
}

/**
 * Passes on the text from line `fromLine` (1-based); line numbers in errors stay the file's.
 * Without `decoder`, the bytes must be UTF-8; a decoder given passes bytes it cannot read on as
 * U+FFFD, for the reader to report where they are.
 */
export function normalizeTextStream(fromLine = 1, decoder?: ChunkDecoder): Transform {
  const utf8 = new TextDecoder('utf-8'); // strips a leading BOM itself
  const decode: ChunkDecoder = decoder ?? { write: (chunk) => utf8.decode(chunk, { stream: true }), end: () => utf8.decode() };
  let lineBreaks = 0;
  let endedWithCr = false;

  /** The part of `text` at or after fromLine, where `text` starts after `lineBreaks` line breaks. */
  const fromStart = (text: string): string => {
    let index = 0;
    for (let seen = lineBreaks; seen < fromLine - 1; seen++) {
      const next = text.indexOf('\n', index);
      if (next === -1) return '';
      index = next + 1;
    }
    return text.slice(index);
  };

  const normalize = (decoded: string): string => {
    // A CRLF split across two chunks: its CR already became a line break.
    let text = endedWithCr && decoded.startsWith('\n') ? decoded.slice(1) : decoded;
    if (text !== '') endedWithCr = text.endsWith('\r');
    text = text.replace(/\r\n?/g, '\n');
    const bad = decoder ? -1 : text.indexOf(REPLACEMENT_CHARACTER);
    if (bad !== -1) throw new NotUtf8Error(lineBreaks + countLineBreaks(text, bad) + 1);
    const kept = lineBreaks < fromLine - 1 ? fromStart(text) : text;
    lineBreaks += countLineBreaks(text);
    return kept;
  };

  return new Transform({
    decodeStrings: true,
    encoding: 'utf8',
    transform(chunk: Buffer, _encoding, callback) {
      try {
        callback(null, normalize(decode.write(chunk)));
      } catch (error) {
        callback(error as Error);
      }
    },
    flush(callback) {
      try {
        callback(null, normalize(decode.end() ?? ''));
      } catch (error) {
        callback(error as Error);
      }
    },
  });
}
