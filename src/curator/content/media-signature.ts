// What a media file's first bytes say it is (its container signature), so that a file whose
// name promises a format it does not hold (a text file named .ogg, a HEIC photo renamed .jpg) is
// caught by validate instead of failing on a kiosk. No I/O: the first bytes come in as an argument.

import type { ObjectType } from '../../feed/manifest-schema.ts';

/** The signatures below all sit within the first 12 bytes; a few more let text be recognized. */
export const SIGNATURE_BYTES = 64;

/** The types whose bytes have a container signature (WebVTT is text: check-webvtt.ts reads it). */
export type BinaryMediaType = Exclude<ObjectType, 'application/json' | 'text/vtt'>;

interface Format {
  /** As a message names it: "a PNG image". */
  description: string;
  matches: (head: Uint8Array) => boolean;
}

const ascii = (head: Uint8Array, offset: number, text: string): boolean =>
  [...text].every((char, index) => head[offset + index] === char.charCodeAt(0));

const bytes = (head: Uint8Array, offset: number, expected: readonly number[]): boolean =>
  expected.every((byte, index) => head[offset + index] === byte);

/** ISO base media (`ftyp` box at offset 4) whose major brand is a still image: HEIC, AVIF. */
const isHeifImage = (head: Uint8Array): boolean =>
  ascii(head, 4, 'ftyp') && ['heic', 'heix', 'hevc', 'heim', 'heis', 'mif1', 'msf1', 'avif'].some((b) => ascii(head, 8, b));

/**
 * An MPEG audio frame header without an ID3 tag: 11 sync bits, then a version other than the
 * reserved 01 and a layer other than the reserved 00 (ISO/IEC 11172-3 §2.4.2.3). The layer test
 * also keeps AAC's ADTS frames (layer 00) out.
 */
const isMpegFrame = (head: Uint8Array): boolean =>
  head[0] === 0xff && ((head[1] ?? 0) & 0xe0) === 0xe0 && ((head[1]! >> 3) & 3) !== 1 && ((head[1]! >> 1) & 3) !== 0;

const FORMATS = {
  ogg: { description: 'an Ogg file', matches: (head) => ascii(head, 0, 'OggS') },
  mp3: { description: 'an MP3 file', matches: (head) => ascii(head, 0, 'ID3') || isMpegFrame(head) },
  mp4: { description: 'an MP4 file', matches: (head) => ascii(head, 4, 'ftyp') && !isHeifImage(head) },
  webm: { description: 'a WebM file', matches: (head) => bytes(head, 0, [0x1a, 0x45, 0xdf, 0xa3]) },
  jpeg: { description: 'a JPEG image', matches: (head) => bytes(head, 0, [0xff, 0xd8, 0xff]) },
  png: { description: 'a PNG image', matches: (head) => bytes(head, 0, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) },
  webp: { description: 'a WebP image', matches: (head) => ascii(head, 0, 'RIFF') && ascii(head, 8, 'WEBP') },
  // Formats a feed cannot carry, named so that the message says what the file really is.
  heif: { description: 'a HEIC or AVIF image', matches: isHeifImage },
  wav: { description: 'a WAV file', matches: (head) => ascii(head, 0, 'RIFF') && ascii(head, 8, 'WAVE') },
  flac: { description: 'a FLAC file', matches: (head) => ascii(head, 0, 'fLaC') },
  gif: { description: 'a GIF image', matches: (head) => ascii(head, 0, 'GIF8') },
  tiff: { description: 'a TIFF image', matches: (head) => ascii(head, 0, 'II*\0') || ascii(head, 0, 'MM\0*') },
  pdf: { description: 'a PDF document', matches: (head) => ascii(head, 0, '%PDF-') },
} satisfies Record<string, Format>;
type FormatId = keyof typeof FORMATS;

/** The container each feed type must be in, and how a message names that type. */
const EXPECTED: Record<BinaryMediaType, { format: FormatId; label: string }> = {
  'audio/ogg': { format: 'ogg', label: 'Ogg audio' },
  'audio/mpeg': { format: 'mp3', label: 'MP3 audio' },
  'audio/mp4': { format: 'mp4', label: 'MP4 (M4A) audio' },
  'video/mp4': { format: 'mp4', label: 'MP4 video' },
  'video/webm': { format: 'webm', label: 'WebM video' },
  'image/jpeg': { format: 'jpeg', label: 'a JPEG image' },
  'image/png': { format: 'png', label: 'a PNG image' },
  'image/webp': { format: 'webp', label: 'a WebP image' },
};

export function isBinaryMediaType(type: ObjectType): type is BinaryMediaType {
  return type in EXPECTED;
}

/** Tab, line feed and carriage return: the only control characters text files hold. */
const TEXT_CONTROLS = new Set([0x09, 0x0a, 0x0d]);

/** UTF-8 text: no control characters but tab and line breaks (a cut-off last character is fine). */
function looksLikeText(head: Uint8Array): boolean {
  if (head.length === 0) return false;
  const text = new TextDecoder('utf-8').decode(head).replace(/\uFFFD$/, '');
  return [...text].every((char) => {
    const code = char.codePointAt(0)!;
    return code !== 0xfffd && (code >= 0x20 || TEXT_CONTROLS.has(code));
  });
}

/** What the bytes are, as a message says it: "a PNG image", "text", or null if not recognized. */
export function describeContent(head: Uint8Array): string | null {
  const format = Object.values(FORMATS).find((candidate: Format) => candidate.matches(head));
  return format?.description ?? (looksLikeText(head) ? 'text' : null);
}

/**
 * Why `head` (a file's first SIGNATURE_BYTES bytes) is not the `type` its extension says, or
 * null if its signature fits: "it is text, not Ogg audio".
 */
export function signatureMismatch(type: BinaryMediaType, head: Uint8Array): string | null {
  const expected = EXPECTED[type];
  if (FORMATS[expected.format].matches(head)) return null;
  const actual = describeContent(head);
  return actual === null
    ? `its bytes are not ${expected.label} (no known file signature)`
    : `it is ${actual}, not ${expected.label}`;
}
