// The staged copy of a source: its rows as JSON lines in a temporary file, read once from the
// CSV or workbook and then as often as the curator changes the mapping, fixes a row or confirms.
// Parsing a workbook again each time would take as long as the first read; one JSON.parse per row
// is a fraction of it. Rows are written and read in chunks, so memory holds one chunk at a time.

import { createReadStream } from 'node:fs';
import { openFileSink, type FileSink } from '../open-file-sink.ts';
import { CHUNK_ROWS } from './import-limits.ts';
import type { SourceRow } from './source-row.ts';

export class SpoolWriter {
  readonly #sink: FileSink;
  #pending = '';
  #inChunk = 0;

  constructor(path: string) {
    this.#sink = openFileSink(path);
  }

  async add(row: SourceRow): Promise<void> {
    this.#pending += JSON.stringify(row) + '\n';
    if (++this.#inChunk === CHUNK_ROWS) await this.#flush();
  }

  async close(): Promise<void> {
    await this.#flush();
    await this.#sink.close();
  }

  async #flush(): Promise<void> {
    const text = this.#pending;
    [this.#pending, this.#inChunk] = ['', 0];
    if (text !== '') await this.#sink.write(text);
  }
}

/** The staged rows, CHUNK_ROWS at a time, in the order they were read. */
export async function* readSpool(path: string): AsyncGenerator<SourceRow[]> {
  let rest = '';
  let chunk: SourceRow[] = [];
  for await (const text of createReadStream(path, { encoding: 'utf8' }) as AsyncIterable<string>) {
    const lines = (rest + text).split('\n');
    rest = lines.pop()!;
    for (const line of lines) {
      chunk.push(JSON.parse(line) as SourceRow);
      if (chunk.length === CHUNK_ROWS) {
        yield chunk;
        chunk = [];
      }
    }
  }
  if (rest !== '') chunk.push(JSON.parse(rest) as SourceRow);
  if (chunk.length > 0) yield chunk;
}
