// Writes register rows as RFC 4180 CSV (docs/content-folder.md): UTF-8 without BOM, LF line
// endings, a header row, and quotes only around fields holding a comma, quote or line break.
// Streams in chunks and waits for the sink, so a million rows never sit in memory at once. No
// I/O: the caller's sink decides where the text goes (the CLI's is src/curator/open-file-sink.ts).

import { REGISTER_COLUMNS, type RegisterRecord } from './register-record.ts';

/** Rows gathered into one write: large enough to keep syscalls few, small enough to stay tiny in memory. */
export const ROWS_PER_CHUNK = 2_000;

/** Where CSV text goes. A write may return a promise to make the writer wait (backpressure). */
export interface TextSink {
  write(text: string): void | Promise<void>;
}

const NEEDS_QUOTES = /[",\r\n]/u;

/** One field, quoted and with its quotes doubled when RFC 4180 requires it. */
export function csvField(value: string): string {
  return NEEDS_QUOTES.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** One row with its LF line ending. */
export function csvRow(fields: readonly string[]): string {
  return fields.map(csvField).join(',') + '\n';
}

export function registerCsvHeader(): string {
  return csvRow(REGISTER_COLUMNS);
}

export function registerCsvRow(record: RegisterRecord): string {
  return csvRow(REGISTER_COLUMNS.map((column) => record[column]));
}

/**
 * Writes the header and every record to `sink`; calls `onRows` with the running count after
 * each chunk (for progress). Resolves to the number of records written.
 */
export async function writeRegisterCsv(
  records: Iterable<RegisterRecord>,
  sink: TextSink,
  onRows?: (written: number) => void,
): Promise<number> {
  let chunk = registerCsvHeader();
  let inChunk = 0;
  let written = 0;
  for (const record of records) {
    chunk += registerCsvRow(record);
    written++;
    if (++inChunk === ROWS_PER_CHUNK) {
      await sink.write(chunk);
      onRows?.(written);
      chunk = '';
      inChunk = 0;
    }
  }
  if (chunk !== '') await sink.write(chunk);
  if (inChunk > 0) onRows?.(written);
  return written;
}
