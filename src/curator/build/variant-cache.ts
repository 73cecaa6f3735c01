// Keeps the image variants a build made, by the SHA-256 of their source file and the recipe's
// id, in a folder of the curator's own (not the feed folder: a build that stops must leave that
// as it was), so that an unchanged image is not decoded and encoded again on every build.

import { mkdir, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { loadSharp } from '../load-sharp.ts';
import { writeFileAtomic } from '../write-file-atomic.ts';
import { makeImageVariant, type ImageVariant, type VariantRecipe } from './image-variants.ts';

/** The per-user cache folder: $XDG_CACHE_HOME or ~/.cache, as other command-line tools use. */
export function defaultVariantCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  const base = env.XDG_CACHE_HOME && path.isAbsolute(env.XDG_CACHE_HOME) ? env.XDG_CACHE_HOME : path.join(os.homedir(), '.cache');
  return path.join(base, 'eske', 'image-variants');
}

export class VariantCache {
  /** Variants made in this run (not read from the folder): for progress and tests. */
  made = 0;
  /** Set when the folder cannot be written; the build goes on, only slower next time. */
  writeProblem: string | null = null;

  constructor(readonly dir: string) {}

  #file(sourceSha256: string, recipe: VariantRecipe): string {
    return path.join(this.dir, sourceSha256.slice(0, 2), `${sourceSha256}.${recipe.id}.webp`);
  }

  /**
   * The variant of the image whose SHA-256 is `sourceSha256`, from the folder or made now from
   * the bytes `source` gives (asked for only then: a cached variant needs no 20 MB read).
   */
  async variant(sourceSha256: string, source: () => Promise<Uint8Array>, recipe: VariantRecipe): Promise<ImageVariant> {
    const file = this.#file(sourceSha256, recipe);
    const cached = await readFile(file).catch(() => null);
    if (cached) {
      // A cache file someone cut short or edited is made again rather than published.
      const sharp = await loadSharp();
      const size = await sharp(cached)
        .metadata()
        .catch(() => null);
      if (size && size.format === 'webp') return { bytes: new Uint8Array(cached), width: size.width, height: size.height };
    }
    const made = await makeImageVariant(await source(), recipe);
    this.made++;
    try {
      await mkdir(path.dirname(file), { recursive: true });
      await writeFileAtomic(file, made.bytes);
    } catch (error) {
      this.writeProblem ??= `${this.dir}: ${error instanceof Error ? error.message : String(error)}`;
    }
    return made;
  }
}
