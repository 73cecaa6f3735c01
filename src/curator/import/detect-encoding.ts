// Which encoding a register CSV is in, from samples of its bytes (its start, middle and end):
// a byte order mark says it outright; text that is valid UTF-8 is UTF-8; zero bytes every other
// position are UTF-16 without a mark; otherwise it is an 8-bit Cyrillic code page, and the one
// whose letters read most like Russian or Kazakh (letter-score.ts) wins. Spreadsheets in Russian
// and Kazakh locales save "CSV" as Windows-1251; older archive software wrote KOI8-R or CP866.

import iconv from 'iconv-lite';
import { scoreLetters } from './letter-score.ts';

/** The encodings the import reads, in the order a tie is settled: the most common first. */
export const IMPORT_ENCODINGS = ['utf-8', 'utf-16le', 'utf-16be', 'windows-1251', 'koi8-r', 'rk1048', 'cp866'] as const;
export type ImportEncoding = (typeof IMPORT_ENCODINGS)[number];

/** How each is named to a curator, in the preview and in `feed import`'s report. */
export const ENCODING_NAMES: Record<ImportEncoding, string> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16 LE',
  'utf-16be': 'UTF-16 BE',
  'windows-1251': 'Windows-1251',
  'koi8-r': 'KOI8-R',
  // Kazakhstan's 8-bit standard (STRK 1048-2002): Windows-1251 with the Kazakh letters in it.
  rk1048: 'KZ-1048',
  cp866: 'CP866 (DOS)',
};

const EIGHT_BIT: readonly ImportEncoding[] = ['windows-1251', 'koi8-r', 'rk1048', 'cp866'];

/** How the encoding was found; `chosen`: the curator set it. */
export type EncodingEvidence = 'bom' | 'utf-8' | 'ascii' | 'utf-16-zeros' | 'letters' | 'chosen';

export interface DetectedEncoding {
  encoding: ImportEncoding;
  evidence: EncodingEvidence;
  /** False when too few letters, or two code pages that read them differently scored alike: the preview decides. */
  certain: boolean;
}

/** Bytes to sample at each of the file's start, middle and end: some thousands of letters. */
export const SAMPLE_BYTES = 64 * 1024;
/** Fewer non-ASCII characters than this, and the letter score is a guess. */
const MIN_LETTERS = 20;
/** Mean log-frequency the winner must lead by; a wrong code page trails by well over 1 on real text. */
const MIN_LEAD = 0.5;
/** The share of UTF-16 code units whose high byte is 0 (ASCII) or 4 (Cyrillic) in a UTF-16 file. */
const UTF16_HIGH_BYTE_SHARE = 0.6;

const BOMS: readonly { bytes: readonly number[]; encoding: ImportEncoding }[] = [
  { bytes: [0xef, 0xbb, 0xbf], encoding: 'utf-8' },
  { bytes: [0xff, 0xfe], encoding: 'utf-16le' },
  { bytes: [0xfe, 0xff], encoding: 'utf-16be' },
];

/** `samples[0]` is the start of the file; the others are taken from further in, cut anywhere. */
export function detectEncoding(samples: readonly Uint8Array[]): DetectedEncoding {
  const head = samples[0] ?? new Uint8Array();
  const bom = BOMS.find(({ bytes }) => bytes.every((byte, index) => head[index] === byte));
  if (bom) return { encoding: bom.encoding, evidence: 'bom', certain: true };
  const utf16 = utf16Order(head);
  if (utf16) return { encoding: utf16, evidence: 'utf-16-zeros', certain: true };
  if (samples.every((sample) => sample.every((byte) => byte < 0x80)))
    return { encoding: 'utf-8', evidence: 'ascii', certain: true };
  if (samples.every((sample, index) => isUtf8(index === 0 ? sample : fromCharacterStart(sample)))) {
    return { encoding: 'utf-8', evidence: 'utf-8', certain: true };
  }
  return bestCodePage(samples);
}

/** UTF-16 without a byte order mark: nearly every other byte is the high byte of ASCII or Cyrillic. */
function utf16Order(head: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const units = Math.floor(Math.min(head.length, 4096) / 2);
  if (units < 8) return null;
  let even = 0;
  let odd = 0;
  for (let unit = 0; unit < units; unit++) {
    if (head[2 * unit] === 0 || head[2 * unit] === 4) even++;
    if (head[2 * unit + 1] === 0 || head[2 * unit + 1] === 4) odd++;
  }
  if (odd >= units * UTF16_HIGH_BYTE_SHARE && even < odd / 4) return 'utf-16le';
  if (even >= units * UTF16_HIGH_BYTE_SHARE && odd < even / 4) return 'utf-16be';
  return null;
}

/** Whether the bytes are UTF-8; a character cut at the sample's end is no reason to say no. */
function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: true });
    return true;
  } catch {
    return false;
  }
}

/** A sample cut inside a UTF-8 character starts with continuation bytes (10xxxxxx); they belong to the byte before. */
function fromCharacterStart(bytes: Uint8Array): Uint8Array {
  let start = 0;
  while (start < Math.min(bytes.length, 3) && (bytes[start]! & 0xc0) === 0x80) start++;
  return bytes.subarray(start);
}

function bestCodePage(samples: readonly Uint8Array[]): DetectedEncoding {
  const bytes = Buffer.concat(samples.map((sample) => Buffer.from(sample.buffer, sample.byteOffset, sample.byteLength)));
  const read = EIGHT_BIT.map((encoding) => {
    const text = iconv.decode(bytes, encoding);
    return { encoding, text, ...scoreLetters(text) };
  });
  // The first of equal scores wins: IMPORT_ENCODINGS lists the common code pages first.
  const best = read.reduce((winner, each) => (each.score > winner.score ? each : winner));
  // Code pages that read these bytes alike (KZ-1048 and Windows-1251 on Russian text) are no rivals.
  const rivals = read.filter((each) => each.text !== best.text).map((each) => each.score);
  const lead = best.score - Math.max(...rivals);
  return { encoding: best.encoding, evidence: 'letters', certain: best.counted >= MIN_LETTERS && lead >= MIN_LEAD };
}
