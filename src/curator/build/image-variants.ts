// Makes the display-sized copies of an image that a feed carries instead of the file itself
// (docs/design.md §4), with sharp (libvips): turned upright by its EXIF orientation, metadata
// stripped (no camera serials or GPS reach a public feed), WebP. A 20 MB scan never reaches a kiosk.

import { loadSharp } from '../load-sharp.ts';

/** How one variant is made; `id` names it in the cache, so a changed recipe is made anew. */
export interface VariantRecipe {
  id: string;
  /** The longer side at most, in pixels; a smaller image is never enlarged. */
  maxEdgePx: number;
  /** WebP quality, 1–100. */
  quality: number;
}

/** What the full-screen viewer shows: 2048 px covers a 1920×1080 or 1080×1920 screen. */
export const DISPLAY_RECIPE: VariantRecipe = { id: 'display-2048-q82', maxEdgePx: 2048, quality: 82 };
/** Cards and lists, at most about a third of a screen's width. */
export const THUMB_RECIPE: VariantRecipe = { id: 'thumb-640-q78', maxEdgePx: 640, quality: 78 };

export interface ImageVariant {
  bytes: Uint8Array;
  width: number;
  height: number;
}

/** An image sharp cannot decode to its end (damaged, cut short); the build reports it, never crashes. */
export class ImageDecodeError extends Error {
  constructor(readonly libraryMessage: string) {
    super(`cannot decode the image: ${libraryMessage}`);
    this.name = 'ImageDecodeError';
  }
}

export async function makeImageVariant(input: Uint8Array, recipe: VariantRecipe): Promise<ImageVariant> {
  const sharp = await loadSharp();
  try {
    const { data, info } = await sharp(input, { failOn: 'error' })
      .autoOrient()
      .resize({ width: recipe.maxEdgePx, height: recipe.maxEdgePx, fit: 'inside', withoutEnlargement: true })
      .webp({ quality: recipe.quality })
      .toBuffer({ resolveWithObject: true });
    return { bytes: new Uint8Array(data.buffer, data.byteOffset, data.byteLength), width: info.width, height: info.height };
  } catch (error) {
    throw new ImageDecodeError(error instanceof Error ? error.message : String(error));
  }
}
