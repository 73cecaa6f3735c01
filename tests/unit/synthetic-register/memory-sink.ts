// A text sink that keeps what is written, for the CSV writer's tests and the file sink's, which
// compares a file with it.

import type { TextSink } from '../../../src/synthetic-register/write-register-csv.ts';

export function memorySink(): TextSink & { text: () => string } {
  const chunks: string[] = [];
  return { write: (text) => void chunks.push(text), text: () => chunks.join('') };
}
