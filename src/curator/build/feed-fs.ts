// The file operations that change a feed folder, behind one interface: a build and a prune make
// every change through it, so a test can fail any one of them (a full disk) or copy the folder
// just before one (what a power cut would leave behind) and check docs/design.md §4's promise.

import { mkdir, rename, rm, rmdir, writeFile } from 'node:fs/promises';

export interface FeedFs {
  mkdir(folder: string): Promise<void>;
  /** `exclusive` fails with EEXIST when the file is there already (the journal is the folder's lock). */
  writeFile(file: string, data: Uint8Array | string, options?: { exclusive?: boolean; signal?: AbortSignal }): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  /** Removes a file; one that is not there is no error. */
  remove(file: string): Promise<void>;
  /** Removes an empty folder; fails on one that is not empty. */
  removeFolder(folder: string): Promise<void>;
}

export const nodeFeedFs: FeedFs = {
  mkdir: async (folder) => {
    await mkdir(folder);
  },
  // Flushed to the disk before the rename that makes it live, so a power cut cannot leave a
  // renamed file whose bytes never arrived.
  writeFile: (file, data, options = {}) =>
    writeFile(file, data, {
      flag: options.exclusive ? 'wx' : 'w',
      flush: true,
      ...(options.signal && { signal: options.signal }),
    }),
  rename,
  remove: (file) => rm(file, { force: true }),
  removeFolder: rmdir,
};
