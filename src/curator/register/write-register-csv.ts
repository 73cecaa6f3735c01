// Writes register rows as RFC 4180 CSV (docs/content-folder.md): UTF-8 without BOM, LF line
// endings, a header row, and quotes only around fields holding a comma, quote or line break.
// Streams in chunks and waits for the sink, so a million rows never sit in memory at once.

import { createWriteStream } from 'node:fs';
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

export interface FileSink extends TextSink {
  /** Flushes and closes the file; rejects if any write failed. */
  close(): Promise<void>;
}

/** A sink writing UTF-8 to a new file, waiting whenever the stream's buffer is full. */
export function openFileSink(file: string): FileSink {
  const stream = createWriteStream(file, { encoding: 'utf8' });
  let failure: Error | null = null;
  // Keep the error for the next write or close; an unhandled 'error' event would crash the CLI.
  stream.on('error', (error) => {
    failure = error;
  });
  return {
    write(text) {
      if (failure) return Promise.reject(failure);
      if (stream.write(text)) return;
      return new Promise<void>((resolve, reject) => {
        const onDrain = () => {
          stream.off('error', onError);
          resolve();
        };
        const onError = (error: Error) => {
          stream.off('drain', onDrain);
          reject(error);
        };
        stream.once('drain', onDrain);
        stream.once('error', onError);
      });
    },
    close() {
      return new Promise<void>((resolve, reject) => {
        if (failure) {
          stream.destroy();
          reject(failure);
          return;
        }
        // end() hands its callback the stream's error, which may come before our listener sees it.
        stream.end((error?: Error | null) => {
          const problem = error ?? failure;
          if (problem) reject(problem);
          else resolve();
        });
      });
    },
  };
}
