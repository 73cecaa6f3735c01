import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import {
  DISPLAY_RECIPE,
  ImageDecodeError,
  makeImageVariant,
  THUMB_RECIPE,
} from '../../../../src/curator/build/image-variants.ts';

/** A plain `width`×`height` JPEG, as a camera would write it, with EXIF `orientation` and tags. */
async function photo(width: number, height: number, orientation = 1): Promise<Uint8Array> {
  return sharp({ create: { width, height, channels: 3, background: '#8a7f70' } })
    .jpeg({ quality: 90 })
    .withMetadata({ orientation, exif: { IFD0: { Artist: 'Camera owner', Copyright: 'secret' } } })
    .toBuffer();
}

describe('makeImageVariant', () => {
  it('makes a WebP of at most the recipe’s long edge, keeping the aspect ratio', async () => {
    const source = await photo(3000, 2000);
    const variant = await makeImageVariant(source, DISPLAY_RECIPE);
    expect({ width: variant.width, height: variant.height }).toEqual({ width: 2048, height: 1365 });
    const meta = await sharp(variant.bytes).metadata();
    expect(meta).toMatchObject({ format: 'webp', width: 2048, height: 1365 });
    expect((await makeImageVariant(source, THUMB_RECIPE)).width).toBe(640);
  });

  it('never enlarges a small image', async () => {
    const variant = await makeImageVariant(await photo(300, 200), DISPLAY_RECIPE);
    expect({ width: variant.width, height: variant.height }).toEqual({ width: 300, height: 200 });
  });

  it('turns a photo upright by its EXIF orientation and strips its metadata', async () => {
    // Orientation 6: stored landscape, shown rotated 90° clockwise, so portrait.
    const variant = await makeImageVariant(await photo(400, 300, 6), DISPLAY_RECIPE);
    expect({ width: variant.width, height: variant.height }).toEqual({ width: 300, height: 400 });
    const meta = await sharp(variant.bytes).metadata();
    expect(meta.exif).toBeUndefined();
    expect(meta.orientation).toBeUndefined();
  });

  it('throws an ImageDecodeError for a JPEG cut short', async () => {
    const whole = await photo(800, 600);
    await expect(makeImageVariant(whole.subarray(0, whole.length / 2), DISPLAY_RECIPE)).rejects.toBeInstanceOf(ImageDecodeError);
  });
});
