// Where `generate-register --out` streams its CSV: a text sink over a new file. The CSV is
// written by src/synthetic-register, which does no I/O; this module is its Node-side file.

import { createWriteStream } from 'node:fs';
import type { TextSink } from '../synthetic-register/write-register-csv.ts';

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
