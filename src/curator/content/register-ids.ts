// Every register id seen across all names/*.csv files, with where it was first published, so
// a duplicate in another file is caught and the message points at the first one. Also keeps
// the ids of rows left out and the files not read to the end, so a timeline link to an id it
// lacks can say why instead of calling the id missing.

interface Location {
  file: string;
  line: number;
}

export class RegisterIds {
  readonly #files: string[] = [];
  /** id → file index × 2^32 + line: one number per id, since registers run to millions of rows. */
  readonly #published = new Map<string, number>();
  readonly #leftOut = new Set<string>();
  readonly #unfinished: string[] = [];

  get publishedCount(): number {
    return this.#published.size;
  }

  /** Records `id` as published at file:line; returns the earlier location if it already was. */
  publish(id: string, file: string, line: number): Location | null {
    const earlier = this.#published.get(id);
    if (earlier !== undefined) return this.#decode(earlier);
    let fileIndex = this.#files.lastIndexOf(file);
    if (fileIndex === -1) fileIndex = this.#files.push(file) - 1;
    this.#published.set(id, fileIndex * 2 ** 32 + line);
    this.#leftOut.delete(id);
    return null;
  }

  leaveOut(id: string): void {
    if (!this.#published.has(id)) this.#leftOut.add(id);
  }

  isPublished(id: string): boolean {
    return this.#published.has(id);
  }

  isLeftOut(id: string): boolean {
    return this.#leftOut.has(id);
  }

  /** A register file whose rows after some point were not read (see the report for why). */
  markUnfinished(file: string): void {
    this.#unfinished.push(file);
  }

  get unfinishedFiles(): readonly string[] {
    return this.#unfinished;
  }

  locationOf(id: string): Location | null {
    const code = this.#published.get(id);
    return code === undefined ? null : this.#decode(code);
  }

  #decode(code: number): Location {
    return { file: this.#files[Math.floor(code / 2 ** 32)]!, line: code % 2 ** 32 };
  }
}
