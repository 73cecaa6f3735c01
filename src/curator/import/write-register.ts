// Writes the imported register into names/: every row of names the curator did not skip, mapped
// and with their fixes, as RFC 4180 UTF-8 (docs/content-folder.md) with every cell a spreadsheet
// would run escaped (csv-formula.ts). The file appears whole or not at all, through a temporary
// file and a rename, so `feed validate` or a build running meanwhile never reads half of it.

import { escapeFormula } from '../content/csv-formula.ts';
import { openFileSink } from '../open-file-sink.ts';
import { makeFolders, writeFileAtomicWith } from '../write-file-atomic.ts';
import { csvRow } from '../../synthetic-register/write-register-csv.ts';
import path from 'node:path';
import { outputCells, type RowFix } from './check-import-row.ts';
import { classifyRow, comparableCells } from './classify-row.ts';
import type { OutputPlan } from './column-mapping.ts';
import type { SourceHeader } from './find-header.ts';
import { readSpool } from './source-spool.ts';
import type { SourceRow } from './source-row.ts';

export interface WriteOptions {
  spoolPath: string;
  header: SourceHeader;
  headerRow: SourceRow;
  plan: OutputPlan;
  /** Per source column, rows that fill it (Analysis.filled): an extra column no row fills is left out. */
  filled: readonly number[];
  fixes: ReadonlyMap<number, RowFix>;
  skips: ReadonlySet<number>;
  /** The register file to write, e.g. <content>/names/karlag.csv. */
  target: string;
  onProgress?: (rows: number) => void;
}

/** Resolves to the number of rows written. */
export async function writeRegister(options: WriteOptions): Promise<number> {
  const { plan } = options;
  const kept = plan.header
    .map((_, index) => index)
    .filter((index) => {
      const source = plan.sources[index]!;
      return !('from' in source) || source.kind !== null || (options.filled[source.from] ?? 0) > 0;
    });
  const headerCells = comparableCells(options.headerRow.cells);
  let written = 0;
  await makeFolders(path.dirname(options.target));
  await writeFileAtomicWith(options.target, async (temporary) => {
    const sink = openFileSink(temporary);
    try {
      await sink.write(csvRow(kept.map((index) => escapeFormula(plan.header[index]!))));
      let seen = 0;
      for await (const chunk of readSpool(options.spoolPath)) {
        let text = '';
        for (const row of chunk) {
          if (classifyRow(row, options.header, headerCells) !== 'data' || options.skips.has(row.line)) continue;
          const { cells } = outputCells({ plan }, row, options.fixes.get(row.line));
          text += csvRow(kept.map((index) => escapeFormula(cells[index]!)));
          written++;
        }
        await sink.write(text);
        seen += chunk.length;
        options.onProgress?.(seen);
      }
    } finally {
      await sink.close();
    }
  });
  return written;
}
