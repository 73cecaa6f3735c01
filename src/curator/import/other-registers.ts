// The register files already in names/: their ids, which an imported file must not repeat (a
// duplicate across files is an error of `feed validate` too), and how many rows the file the import
// replaces holds now, so the curator sees both before confirming.

import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { NAMES_FOLDER } from '../content/read-content-folder.ts';
import { readRegisterCsv } from '../content/read-register-csv.ts';
import { RegisterIds } from '../content/register-ids.ts';
import { Report } from '../report.ts';

export interface OtherRegisters {
  /** Ids published by the other files of names/. */
  ids: RegisterIds;
  /** Rows of the file being replaced; null when it does not exist yet. */
  replacedRows: number | null;
}

/** `target` is relative to the content folder (names/karlag.csv). */
export async function readOtherRegisters(contentDir: string, target: string): Promise<OtherRegisters> {
  const ids = new RegisterIds();
  let replacedRows: number | null = null;
  let names: string[];
  try {
    names = (await readdir(path.join(contentDir, NAMES_FOLDER))).filter(
      (name) => name.toLowerCase().endsWith('.csv') && !name.startsWith('.'),
    );
  } catch {
    return { ids, replacedRows };
  }
  for (const name of names.sort()) {
    const file = `${NAMES_FOLDER}/${name}`;
    const replaced = file === target;
    // The file being replaced counts only its rows: its ids will be gone once the import is written.
    const stats = await readRegisterCsv({
      file,
      absolutePath: path.join(contentDir, file),
      report: new Report(),
      ids: replaced ? new RegisterIds() : ids,
      files: null,
    });
    if (replaced) replacedRows = stats.rows;
  }
  return { ids, replacedRows };
}
