// Makes a large recording out of a small MP4 without re-encoding it, for tests of objects stored
// in chunks (docs/design.md §5.2): a gap of unused bytes goes before each of the file's sample
// chunks, and the sample offsets (stco) are moved to match, so the recording's moments lie far
// apart in the file and playing through it crosses chunk after chunk. Optionally keeps only
// the sound track, which makes an audio/mp4 (.m4a) of a video. Handles the layout the demo's
// files have: ftyp, then moov (32-bit stco offsets), then one mdat.

interface Box {
  type: string;
  start: number;
  size: number;
  /** Where the box's content starts, after its 8-byte header. */
  body: number;
}

const CONTAINERS = new Set(['moov', 'trak', 'mdia', 'minf', 'stbl']);

function boxesIn(bytes: Uint8Array, from: number, to: number): Box[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const boxes: Box[] = [];
  for (let at = from; at < to;) {
    const size = view.getUint32(at);
    if (size < 8) throw new Error(`spread-mp4: box of ${size} bytes at ${at}; 64-bit and open-ended boxes are not handled`);
    boxes.push({ type: new TextDecoder().decode(bytes.subarray(at + 4, at + 8)), start: at, size, body: at + 8 });
    at += size;
  }
  return boxes;
}

function child(bytes: Uint8Array, parent: Box, type: string): Box | undefined {
  return boxesIn(bytes, parent.body, parent.start + parent.size).find((box) => box.type === type);
}

/** The handler of a trak: `vide`, `soun`. */
function handlerOf(bytes: Uint8Array, trak: Box): string {
  const hdlr = child(bytes, child(bytes, trak, 'mdia')!, 'hdlr')!;
  // version and flags (4), pre_defined (4), then handler_type.
  return new TextDecoder().decode(bytes.subarray(hdlr.body + 8, hdlr.body + 12));
}

/** Every stco box under `box`, at any depth. */
function stcoBoxes(bytes: Uint8Array, box: Box): Box[] {
  if (box.type === 'co64') throw new Error('spread-mp4: 64-bit chunk offsets are not handled');
  if (box.type === 'stco') return [box];
  if (!CONTAINERS.has(box.type)) return [];
  return boxesIn(bytes, box.body, box.start + box.size).flatMap((inner) => stcoBoxes(bytes, inner));
}

export interface SpreadOptions {
  /** Unused bytes before each sample chunk but the first. */
  gapBytes: number;
  /** Keep only this track kind (`soun` for an .m4a of a video). */
  onlyTrack?: 'soun';
}

export function spreadMp4(source: Uint8Array, options: SpreadOptions): Uint8Array<ArrayBuffer> {
  const top = boxesIn(source, 0, source.length);
  const ftyp = top.find((box) => box.type === 'ftyp');
  const moov = top.find((box) => box.type === 'moov');
  const mdat = top.find((box) => box.type === 'mdat');
  if (!ftyp || !moov || !mdat || moov.start > mdat.start) throw new Error('spread-mp4: expected ftyp, moov, then mdat');

  const moovChildren = boxesIn(source, moov.body, moov.start + moov.size).filter(
    (box) => box.type !== 'trak' || !options.onlyTrack || handlerOf(source, box) === options.onlyTrack,
  );
  const moovSize = 8 + moovChildren.reduce((sum, box) => sum + box.size, 0);
  const newMoov = new Uint8Array(moovSize);
  const moovView = new DataView(newMoov.buffer);
  moovView.setUint32(0, moovSize);
  newMoov.set(new TextEncoder().encode('moov'), 4);
  let at = 8;
  const moved: { box: Box; shift: number }[] = [];
  for (const box of moovChildren) {
    newMoov.set(source.subarray(box.start, box.start + box.size), at);
    for (const stco of stcoBoxes(source, box)) moved.push({ box: stco, shift: at - box.start });
    at += box.size;
  }

  // The sample chunks of the tracks kept, in file order; each is copied with a gap before it.
  const offsetsOf = (stco: Box) => {
    const view = new DataView(source.buffer, source.byteOffset);
    return Array.from({ length: view.getUint32(stco.body + 4) }, (_, i) => view.getUint32(stco.body + 8 + 4 * i));
  };
  const starts = [...new Set(moved.flatMap(({ box }) => offsetsOf(box)))].sort((a, b) => a - b);
  const mdatEnd = mdat.start + mdat.size;
  const payloadStart = mdat.start + 8;
  const newPayloadStart = ftyp.size + moovSize + 8;
  const newOffset = new Map<number, number>();
  const segments: Uint8Array[] = [source.subarray(payloadStart, starts[0])];
  let written = starts[0]! - payloadStart;
  starts.forEach((start, i) => {
    if (i > 0) {
      segments.push(new Uint8Array(options.gapBytes));
      written += options.gapBytes;
    }
    newOffset.set(start, newPayloadStart + written);
    const end = starts[i + 1] ?? mdatEnd;
    segments.push(source.subarray(start, end));
    written += end - start;
  });
  for (const { box, shift } of moved) {
    const view = new DataView(newMoov.buffer, box.start + shift);
    const count = view.getUint32(12);
    for (let i = 0; i < count; i++) view.setUint32(16 + 4 * i, newOffset.get(view.getUint32(16 + 4 * i))!);
  }

  const out = new Uint8Array(ftyp.size + moovSize + 8 + written);
  out.set(source.subarray(ftyp.start, ftyp.start + ftyp.size), 0);
  out.set(newMoov, ftyp.size);
  new DataView(out.buffer).setUint32(ftyp.size + moovSize, 8 + written);
  out.set(new TextEncoder().encode('mdat'), ftyp.size + moovSize + 4);
  let offset = newPayloadStart;
  for (const segment of segments) {
    out.set(segment, offset);
    offset += segment.length;
  }
  return out;
}
