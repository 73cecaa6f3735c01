// Whether an image file's header can be read by sharp (libvips), the library the build makes its
// display variants with. Only the header: validate stays quick on a folder of large scans, and
// a file damaged further in is caught when build decodes it (build/image-variants.ts).

import { loadSharp } from '../load-sharp.ts';

export type ImageHeaderReading = { ok: true } | { ok: false; reason: string; libraryMessage: string };

export async function readImageHeader(absolutePath: string): Promise<ImageHeaderReading> {
  const sharp = await loadSharp();
  try {
    const { width, height } = await sharp(absolutePath, { failOn: 'error' }).metadata();
    if (width > 0 && height > 0) return { ok: true };
    return { ok: false, reason: 'its header gives no image size: the file looks damaged', libraryMessage: `${width}×${height}` };
  } catch (error) {
    return {
      ok: false,
      reason: 'cannot be read as an image: the file looks damaged or cut short',
      libraryMessage: String(error),
    };
  }
}
