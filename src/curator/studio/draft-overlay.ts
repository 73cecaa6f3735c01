// The content folder as it would be with the curator's unsaved drafts, for the live Check and the
// Preview: a scratch folder in which the entry files are copies with the drafts written over
// them, and exhibit.yaml, names/ and files/ are the real ones, linked. The content folder itself
// is never written: nothing there changes until the curator saves.

import { copyFile, mkdir, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { FILES_FOLDER } from '../content/list-content-files.ts';
import { EXHIBIT_FILE } from '../content/read-exhibit.ts';
import { NAMES_FOLDER } from '../content/read-content-folder.ts';
import type { EntryStore } from './entry-store.ts';
import { ENTRY_KINDS, type Draft } from './protocol/studio-protocol.ts';
import { StudioError } from './studio-error.ts';

export class DraftOverlay {
  #made = 0;

  constructor(
    private readonly store: EntryStore,
    private readonly workDir: string,
  ) {}

  /** Runs `task` on the folder with `drafts` applied: the content folder itself when there are none. */
  async run<T>(drafts: readonly Draft[], task: (contentDir: string) => Promise<T>): Promise<T> {
    if (drafts.length === 0) return task(this.store.contentDir);
    const dir = path.join(this.workDir, `drafts-${++this.#made}`);
    try {
      await this.#lay(dir, drafts);
      return await task(dir);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }

  async #lay(dir: string, drafts: readonly Draft[]): Promise<void> {
    const source = this.store.contentDir;
    await mkdir(dir, { recursive: true });
    await copyFile(path.join(source, EXHIBIT_FILE), path.join(dir, EXHIBIT_FILE)).catch(() => undefined);
    // A junction on Windows needs no rights a curator lacks; elsewhere the type is ignored.
    for (const folder of [NAMES_FOLDER, FILES_FOLDER]) {
      await symlink(path.join(source, folder), path.join(dir, folder), 'junction').catch(() => undefined);
    }
    for (const kind of ENTRY_KINDS) {
      const names = await readdir(path.join(source, kind)).catch(() => null);
      const drafted = drafts.filter((draft) => draft.kind === kind);
      if (names === null && drafted.length === 0) continue;
      await mkdir(path.join(dir, kind));
      for (const name of names ?? [])
        await copyFile(path.join(source, kind, name), path.join(dir, kind, name)).catch(() => undefined);
      for (const draft of drafted) {
        const text = await this.store.textWith(kind, draft.id, draft.edit).catch((error: unknown) => {
          // A draft of a file removed since, or one that no longer has fields to take it, stays
          // in the browser for the editor to show; the folder is read without it.
          if (error instanceof StudioError) return null;
          throw error;
        });
        if (text !== null) await writeFile(path.join(dir, kind, `${draft.id}.md`), text);
      }
    }
  }
}
