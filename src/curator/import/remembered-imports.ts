// What the last import of a file with the same name chose, kept in the content folder as
// names/.import-mappings.json (hidden, so `feed validate` passes it by; in version control with the
// register it made): the target of each column by its header name, the encoding, separator and
// header row if the curator set them, and the register file written. An archive's next export of
// the same list is then mapped as the last one was. Unknown keys are kept when the file is written.

import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { parseJsonText, parseWithSchema } from '../../feed/parse-with-schema.ts';
import { NAMES_FOLDER } from '../content/read-content-folder.ts';
import { writeFileAtomic } from '../write-file-atomic.ts';
import { IMPORT_ENCODINGS } from './detect-encoding.ts';
import { SEPARATORS } from './detect-separator.ts';

export const REMEMBERED_FILE = `${NAMES_FOLDER}/.import-mappings.json`;
const FORMAT = 'eske-import-mappings/1';

const rememberedImport = z.looseObject({
  /** Source header name → target (column-names.ts). */
  columns: z.record(z.string(), z.string()),
  encoding: z.enum(IMPORT_ENCODINGS).optional(),
  separator: z.enum(SEPARATORS).optional(),
  headerRow: z.number().int().positive().optional(),
  /** The register file written, relative to the content folder: names/karlag.csv. */
  target: z.string().optional(),
  savedAt: z.string().optional(),
});
export type RememberedImport = z.output<typeof rememberedImport>;

const rememberedFile = z.looseObject({
  format: z.literal(FORMAT),
  files: z.record(z.string(), rememberedImport),
});
type RememberedFile = z.output<typeof rememberedFile>;

export type RememberedRead = { ok: true; file: RememberedFile } | { ok: false; problem: string };

/** The remembered imports of a content folder; a missing file is an empty one, a broken file a problem (left as it is). */
export async function readRemembered(contentDir: string): Promise<RememberedRead> {
  let text: string;
  try {
    text = await readFile(path.join(contentDir, REMEMBERED_FILE), 'utf8');
  } catch (error) {
    if ((error as { code?: string }).code === 'ENOENT') return { ok: true, file: { format: FORMAT, files: {} } };
    throw error;
  }
  const json = parseJsonText(text);
  const checked = json.ok ? parseWithSchema(rememberedFile, json.value) : json;
  if (!checked.ok)
    return {
      ok: false,
      problem: `${REMEMBERED_FILE}: ${checked.problems.slice(0, 3).join('; ')}; mappings are not remembered until it is fixed or removed`,
    };
  return { ok: true, file: checked.value };
}

/** The last import of a file named `fileName` (its name without folders), or null. */
export function rememberedFor(read: RememberedRead, fileName: string): RememberedImport | null {
  return read.ok ? (read.file.files[fileName] ?? null) : null;
}

/** Keeps `entry` for `fileName`; a broken mappings file is never overwritten (its problem is returned instead). */
export async function remember(contentDir: string, fileName: string, entry: RememberedImport): Promise<string | null> {
  const read = await readRemembered(contentDir);
  if (!read.ok) return read.problem;
  const file = { ...read.file, files: { ...read.file.files, [fileName]: entry } };
  await writeFileAtomic(path.join(contentDir, REMEMBERED_FILE), JSON.stringify(file, null, 2) + '\n');
  return null;
}
