// Plans the media objects of a build (docs/design.md §4): recordings and transcripts as they
// are, each image as the display and thumb variants the build makes of it (the file itself is
// never published). Hashes everything now; the bytes are read or made again when written.

import { readFile } from 'node:fs/promises';
import { sha256Hex } from '../../feed/sha256.ts';
import { CliError, describeFsError } from '../cli-error.ts';
import type { MediaFile } from '../content/check-references.ts';
import { fileKindOf } from '../content/media-types.ts';
import type { Report } from '../report.ts';
import type { MediaObject } from './build-documents.ts';
import { DISPLAY_RECIPE, ImageDecodeError, THUMB_RECIPE } from './image-variants.ts';
import type { ObjectPlan } from './object-plan.ts';
import type { VariantCache } from './variant-cache.ts';

const WEBP_TYPE = 'image/webp';

async function readMedia(file: string, absolutePath: string): Promise<Uint8Array> {
  try {
    return await readFile(absolutePath);
  } catch (error) {
    throw new CliError('build.media-unreadable', `${file}: cannot read: ${describeFsError(error)}`);
  }
}

/** The display variant, and the thumb made from it unless the display variant is thumb-sized already. */
async function planImage(file: string, media: MediaFile, plan: ObjectPlan, cache: VariantCache): Promise<MediaObject> {
  const sourceSha256 = await sha256Hex(await readMedia(file, media.absolutePath));
  const makeDisplay = () => cache.variant(sourceSha256, () => readMedia(file, media.absolutePath), DISPLAY_RECIPE);
  const makeThumb = () => cache.variant(sourceSha256, async () => (await makeDisplay()).bytes, THUMB_RECIPE);
  const display = await makeDisplay();
  const sha256 = await plan.add('media', `${file} (display)`, WEBP_TYPE, display.bytes, async () => (await makeDisplay()).bytes);
  const image = { width: display.width, height: display.height };
  if (Math.max(display.width, display.height) <= THUMB_RECIPE.maxEdgePx) return { sha256, image: { ...image, thumb: sha256 } };
  const thumb = await makeThumb();
  const thumbSha256 = await plan.add('media', `${file} (thumb)`, WEBP_TYPE, thumb.bytes, async () => (await makeThumb()).bytes);
  return { sha256, image: { ...image, thumb: thumbSha256 } };
}

/**
 * Relative content path → what carries it in the feed. An image that cannot be decoded to its
 * end is reported as `media.unreadable` (validate reads only its header) and left out; the
 * caller stops the build on it.
 */
export async function planMedia(
  media: ReadonlyMap<string, MediaFile>,
  plan: ObjectPlan,
  cache: VariantCache,
  report: Report,
): Promise<Map<string, MediaObject>> {
  const objects = new Map<string, MediaObject>();
  for (const [file, source] of [...media].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (fileKindOf(source.type) === 'image') {
      try {
        objects.set(file, await planImage(file, source, plan, cache));
      } catch (error) {
        if (!(error instanceof ImageDecodeError)) throw error;
        // libvips says what it met ("premature end of JPEG image", "exceeds pixel limit").
        const said = error.libraryMessage.split('\n')[0]!.replace(/^Input (buffer|file) has corrupt header: /, '');
        const reason = `cannot be decoded to its end (${said}); open it in an image editor and save it again`;
        report.add(file, null, 'error', [{ code: 'media.unreadable', reason, details: { library: error.libraryMessage } }]);
      }
      continue;
    }
    const load = () => readMedia(file, source.absolutePath);
    // Media can be large: read again from the content folder when written, not kept in memory.
    const sha256 = await plan.add('media', file, source.type, await load(), load);
    objects.set(file, { sha256, ...(source.durationSeconds !== undefined && { durationSeconds: source.durationSeconds }) });
  }
  return objects;
}
