// Reads a source file once into its spool (source-spool.ts): tells a workbook from a CSV by its
// first bytes, detects a CSV's encoding and separator unless the curator chose them, and keeps
// the first rows for the header finder and the preview. An old .xls or anything else that is no
// register gets a message saying how to save it so that it can be read.

import { open, stat } from 'node:fs/promises';
import iconv from 'iconv-lite';
import { detectEncoding, SAMPLE_BYTES, type DetectedEncoding, type ImportEncoding } from './detect-encoding.ts';
import { detectSeparator, type DetectedSeparator, type Separator } from './detect-separator.ts';
import { CHUNK_ROWS, HEADER_SEARCH_ROWS, PREVIEW_ROWS } from './import-limits.ts';
import { readCsvSource } from './read-csv-source.ts';
import { readXlsxSource, WorkbookError, type XlsxSheet } from './read-xlsx-source.ts';
import { SpoolWriter } from './source-spool.ts';
import type { SourceRow } from './source-row.ts';

export type SourceKind = 'csv' | 'xlsx';

export interface StagedSource {
  kind: SourceKind;
  bytes: number;
  /** A CSV's encoding and separator, detected or chosen by the curator; null for a workbook. */
  encoding: DetectedEncoding | null;
  separator: DetectedSeparator | null;
  /** A workbook's sheet that was read. */
  sheet: XlsxSheet | null;
  /** Rows read, blank ones included. */
  rows: number;
  /** The first rows, for the header finder and the preview. */
  firstRows: SourceRow[];
  spoolPath: string;
}

export interface StageOptions {
  encoding?: ImportEncoding;
  separator?: Separator;
  /** Rows read so far, and bytes of the file read so far and in all, after every chunk. */
  onProgress?: (rows: number, bytesRead: number, bytes: number) => void;
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
/** Excel 97–2003 (.xls) and other OLE2 compound files. */
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0];

export async function stageSource(sourcePath: string, spoolPath: string, options: StageOptions = {}): Promise<StagedSource> {
  const { size } = await stat(sourcePath);
  const samples = await sampleBytes(sourcePath, size);
  const head = samples[0]!;
  const startsWith = (magic: number[]) => magic.every((byte, index) => head[index] === byte);
  if (startsWith(OLE2)) {
    throw new WorkbookError(
      'is an Excel 97–2003 workbook (.xls): open it in Excel and save it as .xlsx or as "CSV UTF-8", then import that',
    );
  }
  const kind: SourceKind = startsWith(ZIP) ? 'xlsx' : 'csv';
  let encoding: DetectedEncoding | null = null;
  let separator: DetectedSeparator | null = null;
  let sheet: XlsxSheet | null = null;
  const meter = { bytes: 0 };
  let rows: AsyncGenerator<SourceRow>;
  if (kind === 'xlsx') rows = readXlsxSource(sourcePath, (read) => (sheet = read), meter);
  else {
    encoding = options.encoding ? { encoding: options.encoding, evidence: 'chosen', certain: true } : detectEncoding(samples);
    separator = options.separator
      ? { separator: options.separator, evidence: 'chosen', certain: true }
      : detectSeparator(iconv.decode(Buffer.from(head), encoding.encoding), head.length === size);
    rows = readCsvSource({ path: sourcePath, encoding: encoding.encoding, separator: separator.separator, meter });
  }

  const spool = new SpoolWriter(spoolPath);
  const firstRows: SourceRow[] = [];
  let count = 0;
  try {
    for await (const row of rows) {
      if (firstRows.length < HEADER_SEARCH_ROWS + PREVIEW_ROWS) firstRows.push(row);
      await spool.add(row);
      if (++count % CHUNK_ROWS === 0) {
        options.onProgress?.(count, meter.bytes, size);
        // A workbook's rows come from one XML stream as fast as it parses: let the studio's requests in.
        await new Promise((resolve) => setImmediate(resolve));
      }
    }
  } finally {
    await spool.close();
  }
  options.onProgress?.(count, size, size);
  return { kind, bytes: size, encoding, separator, sheet, rows: count, firstRows, spoolPath };
}

/** The file's start, middle and end, SAMPLE_BYTES each (the whole file when it is smaller). */
async function sampleBytes(file: string, size: number): Promise<Uint8Array[]> {
  const handle = await open(file);
  try {
    const at = size <= 3 * SAMPLE_BYTES ? [0] : [0, Math.floor(size / 2), size - SAMPLE_BYTES];
    const length = size <= 3 * SAMPLE_BYTES ? size : SAMPLE_BYTES;
    return await Promise.all(
      at.map(async (position) => {
        const buffer = new Uint8Array(length);
        const { bytesRead } = await handle.read(buffer, 0, length, position);
        return buffer.subarray(0, bytesRead);
      }),
    );
  } finally {
    await handle.close();
  }
}
