// A small QR reader for the tests, written from ISO/IEC 18004 and independent of the encoder:
// it reads the format bits, unmasks, walks the data modules in their zigzag, takes the data
// codewords out of their interleaved blocks and parses numeric, alphanumeric and byte segments.
// Versions 1 to 9 only (what a record address needs); it does no error correction, so a single
// wrong module in the data shows up as a wrong answer.

export type EccLevel = 'L' | 'M' | 'Q' | 'H';

export interface ReadQr {
  version: number;
  ecc: EccLevel;
  mask: number;
  text: string;
}

/** The two format bits of each level (ISO/IEC 18004 table 12). */
const ECC_BITS: Readonly<Record<EccLevel, number>> = { L: 1, M: 0, Q: 3, H: 2 };

// Per level, indexed by version 1 to 9 (ISO/IEC 18004 table 9).
const ECC_CODEWORDS_PER_BLOCK: Readonly<Record<EccLevel, readonly number[]>> = {
  L: [7, 10, 15, 20, 26, 18, 20, 24, 30],
  M: [10, 16, 26, 18, 24, 16, 18, 22, 22],
  Q: [13, 22, 18, 26, 18, 24, 18, 22, 20],
  H: [17, 28, 22, 16, 22, 28, 26, 26, 24],
};
const BLOCKS: Readonly<Record<EccLevel, readonly number[]>> = {
  L: [1, 1, 1, 1, 1, 2, 2, 2, 2],
  M: [1, 1, 1, 2, 2, 4, 4, 4, 5],
  Q: [1, 1, 2, 2, 4, 4, 6, 6, 8],
  H: [1, 1, 2, 4, 4, 4, 5, 6, 8],
};

const MASKS: readonly ((x: number, y: number) => boolean)[] = [
  (x, y) => (x + y) % 2 === 0,
  (_x, y) => y % 2 === 0,
  (x) => x % 3 === 0,
  (x, y) => (x + y) % 3 === 0,
  (x, y) => (Math.floor(x / 3) + Math.floor(y / 2)) % 2 === 0,
  (x, y) => ((x * y) % 2) + ((x * y) % 3) === 0,
  (x, y) => (((x * y) % 2) + ((x * y) % 3)) % 2 === 0,
  (x, y) => (((x + y) % 2) + ((x * y) % 3)) % 2 === 0,
];

const ALPHANUMERIC = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:';

/** The 15 format bits (BCH code, then the fixed mask 101010000010010) of a level and mask. */
export function formatBits(ecc: EccLevel, mask: number): number {
  const data = (ECC_BITS[ecc] << 3) | mask;
  let rem = data;
  for (let i = 0; i < 10; i++) rem = (rem << 1) ^ ((rem >>> 9) * 0x537);
  return ((data << 10) | (rem & 0x3ff)) ^ 0x5412;
}

/** Where alignment patterns are centred on each axis (ISO/IEC 18004 annex E). */
export function alignmentCentres(version: number): number[] {
  if (version === 1) return [];
  const count = Math.floor(version / 7) + 2;
  const size = 17 + 4 * version;
  const step = Math.ceil((version * 4 + 4) / (count * 2 - 2)) * 2;
  const centres = [6];
  for (let pos = size - 7; centres.length < count; pos -= step) centres.splice(1, 0, pos);
  return centres;
}

/** `grid[y][x]`, true for dark, without the quiet zone. */
export function readQr(grid: readonly (readonly boolean[])[]): ReadQr {
  const size = grid.length;
  const version = (size - 17) / 4;
  if (!Number.isInteger(version) || version < 1 || version > 9) throw new Error(`no QR version has ${size} modules`);
  const dark = (x: number, y: number) => grid[y]![x]!;

  // The copy of the format bits around the top-left finder.
  let bits = 0;
  const formatAt: [number, number][] = [
    [8, 0], [8, 1], [8, 2], [8, 3], [8, 4], [8, 5], [8, 7], [8, 8],
    [7, 8], [5, 8], [4, 8], [3, 8], [2, 8], [1, 8], [0, 8],
  ]; // prettier-ignore
  formatAt.forEach(([x, y], bit) => (bits |= (dark(x, y) ? 1 : 0) << bit));
  const candidates = (['L', 'M', 'Q', 'H'] as const).flatMap((ecc) => MASKS.map((_, mask) => ({ ecc, mask })));
  const format = candidates.find(({ ecc, mask }) => formatBits(ecc, mask) === bits);
  if (!format) throw new Error(`format bits ${bits.toString(2)} are no level and mask`);

  const reserved = reservedModules(version, size);
  const maskOf = MASKS[format.mask]!;
  const stream: number[] = [];
  for (let right = size - 1; right >= 1; right -= 2) {
    if (right === 6) right = 5;
    const upward = ((right + 1) & 2) === 0;
    for (let vert = 0; vert < size; vert++) {
      const y = upward ? size - 1 - vert : vert;
      for (const x of [right, right - 1]) {
        if (!reserved[y]![x]) stream.push(dark(x, y) !== maskOf(x, y) ? 1 : 0);
      }
    }
  }
  const codewords: number[] = [];
  for (let at = 0; at + 8 <= stream.length; at += 8)
    codewords.push(stream.slice(at, at + 8).reduce((byte, bit) => (byte << 1) | bit, 0));

  const data = deinterleave(codewords, version, format.ecc);
  return { version, ecc: format.ecc, mask: format.mask, text: parseSegments(data) };
}

function reservedModules(version: number, size: number): boolean[][] {
  const reserved = Array.from({ length: size }, () => Array<boolean>(size).fill(false));
  const mark = (x0: number, y0: number, width: number, height: number) => {
    for (let y = y0; y < y0 + height; y++) for (let x = x0; x < x0 + width; x++) reserved[y]![x] = true;
  };
  // Finders with their separators and the format bits beside them, the dark module included.
  mark(0, 0, 9, 9);
  mark(size - 8, 0, 8, 9);
  mark(0, size - 8, 9, 8);
  mark(6, 0, 1, size);
  mark(0, 6, size, 1);
  const centres = alignmentCentres(version);
  const last = centres.length - 1;
  centres.forEach((cx, i) =>
    centres.forEach((cy, j) => {
      const onFinder = (i === 0 && j === 0) || (i === 0 && j === last) || (i === last && j === 0);
      if (!onFinder) mark(cx - 2, cy - 2, 5, 5);
    }),
  );
  if (version >= 7) {
    mark(0, size - 11, 6, 3);
    mark(size - 11, 0, 3, 6);
  }
  return reserved;
}

function deinterleave(codewords: readonly number[], version: number, ecc: EccLevel): number[] {
  const blockCount = BLOCKS[ecc][version - 1]!;
  const eccPerBlock = ECC_CODEWORDS_PER_BLOCK[ecc][version - 1]!;
  const total = codewords.length;
  const shortBlocks = blockCount - (total % blockCount);
  const shortData = Math.floor(total / blockCount) - eccPerBlock;
  const blocks: number[][] = Array.from({ length: blockCount }, () => []);
  let at = 0;
  for (let i = 0; i <= shortData; i++) {
    for (let block = 0; block < blockCount; block++) {
      if (i < shortData || block >= shortBlocks) blocks[block]!.push(codewords[at++]!);
    }
  }
  return blocks.flat();
}

function parseSegments(data: readonly number[]): string {
  const bits = data.flatMap((byte) => Array.from({ length: 8 }, (_, i) => (byte >> (7 - i)) & 1));
  let at = 0;
  const take = (count: number) => {
    let value = 0;
    for (let i = 0; i < count; i++) value = (value << 1) | (bits[at++] ?? 0);
    return value;
  };
  const bytes: number[] = [];
  let text = '';
  const flushBytes = () => {
    text += new TextDecoder('utf-8', { fatal: true }).decode(new Uint8Array(bytes.splice(0)));
  };
  while (at + 4 <= bits.length) {
    const mode = take(4);
    if (mode === 0) break;
    if (mode === 0b0100) {
      const count = take(8);
      for (let i = 0; i < count; i++) bytes.push(take(8));
      continue;
    }
    flushBytes();
    if (mode === 0b0001) {
      let count = take(10);
      for (; count >= 3; count -= 3) text += String(take(10)).padStart(3, '0');
      if (count === 2) text += String(take(7)).padStart(2, '0');
      if (count === 1) text += String(take(4));
    } else if (mode === 0b0010) {
      let count = take(9);
      for (; count >= 2; count -= 2) {
        const pair = take(11);
        text += ALPHANUMERIC[Math.floor(pair / 45)]! + ALPHANUMERIC[pair % 45]!;
      }
      if (count === 1) text += ALPHANUMERIC[take(6)]!;
    } else {
      throw new Error(`mode ${mode.toString(2)} is not read by this reader`);
    }
  }
  flushBytes();
  return text;
}
