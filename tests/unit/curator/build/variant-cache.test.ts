import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DISPLAY_RECIPE } from '../../../../src/curator/build/image-variants.ts';
import { defaultVariantCacheDir, VariantCache } from '../../../../src/curator/build/variant-cache.ts';

const SOURCE_SHA256 = 'ab'.repeat(32);
let tmp: string;
let png: Uint8Array;
beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'eske-variant-cache-'));
  png = await sharp({ create: { width: 30, height: 20, channels: 3, background: '#555' } })
    .png()
    .toBuffer();
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

describe('VariantCache', () => {
  it('makes a variant once and reads it back without asking for the source', async () => {
    const dir = await mkdtemp(path.join(tmp, 'cache-'));
    const first = await new VariantCache(dir).variant(SOURCE_SHA256, () => Promise.resolve(png), DISPLAY_RECIPE);
    const again = new VariantCache(dir);
    const second = await again.variant(SOURCE_SHA256, () => Promise.reject(new Error('source read')), DISPLAY_RECIPE);
    expect(again.made).toBe(0);
    expect(second).toEqual(first);
  });

  it('makes again a cached file that is not a WebP', async () => {
    const dir = await mkdtemp(path.join(tmp, 'cache-'));
    const cache = new VariantCache(dir);
    await cache.variant(SOURCE_SHA256, () => Promise.resolve(png), DISPLAY_RECIPE);
    const [folder] = await readdir(dir);
    const [file] = await readdir(path.join(dir, folder!));
    await writeFile(path.join(dir, folder!, file!), 'edited by hand');
    const remade = await cache.variant(SOURCE_SHA256, () => Promise.resolve(png), DISPLAY_RECIPE);
    expect(cache.made).toBe(2);
    expect(await sharp(remade.bytes).metadata()).toMatchObject({ format: 'webp', width: 30 });
  });

  it('still gives the variant when the folder cannot be written, and says why', async () => {
    const blocker = path.join(tmp, 'a-file');
    await writeFile(blocker, '');
    const cache = new VariantCache(path.join(blocker, 'cache'));
    const variant = await cache.variant(SOURCE_SHA256, () => Promise.resolve(png), DISPLAY_RECIPE);
    expect(variant.width).toBe(30);
    expect(cache.writeProblem).toMatch(/a-file/);
  });
});

describe('defaultVariantCacheDir', () => {
  it('follows XDG_CACHE_HOME when it is an absolute path, else ~/.cache', () => {
    expect(defaultVariantCacheDir({ XDG_CACHE_HOME: '/var/cache/me' })).toBe('/var/cache/me/eske/image-variants');
    expect(defaultVariantCacheDir({ XDG_CACHE_HOME: 'relative' })).toBe(path.join(os.homedir(), '.cache/eske/image-variants'));
  });
});
