// The ids the rows being imported publish, checked against each other and against the register's
// other files in names/, so a duplicate is named before the file is written, not at the next
// `feed validate`. A row checked again after a fix keeps its own id without clashing with itself.

import type { RegisterIds } from '../content/register-ids.ts';

export class ImportIds implements Pick<RegisterIds, 'publish'> {
  /** id → the source row that first published it. */
  readonly #lines = new Map<string, number>();

  /** `others`: the ids of the other register files, which the imported file must not repeat. */
  constructor(readonly others: Pick<RegisterIds, 'locationOf'> | null) {}

  publish(id: string, file: string, line: number): { file: string; line: number } | null {
    const elsewhere = this.others?.locationOf(id);
    if (elsewhere) return elsewhere;
    const first = this.#lines.get(id);
    if (first !== undefined && first !== line) return { file, line: first };
    this.#lines.set(id, line);
    return null;
  }
}
