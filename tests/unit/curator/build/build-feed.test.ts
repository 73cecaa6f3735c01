import { appendFile, cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFeed, type BuildFeedOptions } from '../../../../src/curator/build/build-feed.ts';
import { CliError } from '../../../../src/curator/cli-error.ts';
import { readSigningKey, type SigningKey } from '../../../../src/curator/signing-key.ts';
import { generateKeyPair, signBytes } from '../../../../src/feed/ed25519.ts';
import { keyIdOf } from '../../../../src/feed/key-id.ts';
import type { ManifestEnvelope } from '../../../../src/feed/manifest-envelope.ts';
import type { TestimoniesDoc, TimelineDoc } from '../../../../src/feed/content-schema.ts';
import type { Manifest, ObjectRole } from '../../../../src/feed/manifest-schema.ts';
import { sha256Hex } from '../../../../src/feed/sha256.ts';
import { readUnverifiedManifest, verifyManifest } from '../../../../src/feed/verify-manifest.ts';

const MINIMAL = path.resolve('tests/fixtures/content/minimal');
const NOW = new Date('2025-05-31T09:00:00Z');

let tmp: string;
let demoKey: SigningKey;
beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'eske-build-'));
  demoKey = await readSigningKey(path.resolve('media/DEMO-ONLY-signing-key.json'));
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

let feedCount = 0;
function options(overrides: Partial<BuildFeedOptions> = {}): BuildFeedOptions {
  return {
    contentDir: MINIMAL,
    feedDir: path.join(tmp, `feed-${++feedCount}`),
    keys: [demoKey],
    strict: false,
    expiresInDays: null,
    now: NOW,
    variantCacheDir: path.join(tmp, 'variant-cache'),
    progress: () => {},
    ...overrides,
  };
}

async function manifestOf(feedDir: string): Promise<Manifest> {
  return readUnverifiedManifest(await readFile(path.join(feedDir, 'manifest.json')));
}

async function documentOf<T>(feedDir: string, role: ObjectRole): Promise<T> {
  const entry = (await manifestOf(feedDir)).objects.find((object) => object.role === role)!;
  return JSON.parse(await readFile(path.join(feedDir, 'objects', `${entry.sha256}.json`), 'utf8')) as T;
}

/** The minimal folder with files/steppe.png (the 1930 event's image) replaced by `png`. */
async function contentWithImage(png: Uint8Array): Promise<string> {
  const dir = await mkdtemp(path.join(tmp, 'content-'));
  await cp(MINIMAL, dir, { recursive: true });
  await writeFile(path.join(dir, 'files/steppe.png'), png);
  return dir;
}

/** A 3000×2000 PNG scan, plain so that the test stays quick. */
const scan = () =>
  sharp({ create: { width: 3000, height: 2000, channels: 3, background: '#9c9280' } })
    .png()
    .toBuffer();

async function contentWithBadRow(): Promise<string> {
  const dir = await mkdtemp(path.join(tmp, 'content-'));
  await cp(MINIMAL, dir, { recursive: true });
  const csv = path.join(dir, 'names/register.csv');
  await writeFile(
    csv,
    (await readFile(csv, 'utf8')).replace('Baitursynov Akhmet;Байтурсынов,1872', 'Baitursynov Akhmet;Байтурсынов,18x2'),
  );
  return dir;
}

async function contentWithMissingMedia(): Promise<string> {
  const dir = await mkdtemp(path.join(tmp, 'content-'));
  await cp(MINIMAL, dir, { recursive: true });
  await rm(path.join(dir, 'files/t01.ogg'));
  return dir;
}

/** Every file under `dir` with the SHA-256 of its bytes, or null if `dir` does not exist. */
async function snapshot(dir: string): Promise<Map<string, string> | null> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => null);
  if (!entries) return null;
  const files = new Map<string, string>();
  for (const entry of entries) {
    const file = path.join(entry.parentPath, entry.name);
    files.set(path.relative(dir, file), entry.isFile() ? await sha256Hex(await readFile(file)) : 'folder');
  }
  return files;
}

describe('buildFeed', () => {
  it('publishes an eske-feed/2 manifest that verifyManifest accepts, objects listed once each', async () => {
    const built = options();
    const result = await buildFeed(built);
    expect(result.outcome).toBe('published');
    const bytes = await readFile(path.join(built.feedDir, 'manifest.json'));
    const { manifest, format, checks } = await verifyManifest(
      bytes,
      { keys: [{ publicKey: demoKey.publicKey }], threshold: 1, installed: null, exhibitId: 'fixture-exhibit', now: NOW },
      () => Promise.reject(new Error('an eske-feed/2 feed needs no manifest.sig')),
    );
    expect(format).toBe('eske-feed/2');
    expect(checks).toEqual([{ keyid: await keyIdOf(demoKey.publicKey), status: 'valid' }]);
    expect(await readdir(built.feedDir)).toEqual(['manifest.json', 'objects', 'versions']);
    expect(manifest.version).toBe(1);
    expect(manifest.objects.map((entry) => entry.role)).toEqual([
      'exhibit',
      'timeline',
      'testimonies',
      'names',
      'media',
      'media',
      'media',
      'media',
      'media',
    ]);
    expect(new Set(manifest.objects.map((entry) => entry.sha256)).size).toBe(manifest.objects.length);
  });

  it('leaves a bad register row out and drops links to it, unless strict', async () => {
    const contentDir = await contentWithBadRow();
    const lenient = options({ contentDir });
    const result = await buildFeed(lenient);
    expect(result.outcome).toBe('published');
    expect(result.report.skippedRowCount).toBe(1);
    const manifest = await manifestOf(lenient.feedDir);
    expect(manifest.objects.find((entry) => entry.role === 'names')!.records).toBe(2);
    const timelineEntry = manifest.objects.find((entry) => entry.role === 'timeline')!;
    const timeline = JSON.parse(await readFile(path.join(lenient.feedDir, 'objects', `${timelineEntry.sha256}.json`), 'utf8'));
    expect(timeline.events.map((event: { links: { names: string[] } }) => event.links.names)).toEqual([[], []]);

    expect((await buildFeed(options({ contentDir, strict: true }))).outcome).toBe('stopped');
  });

  it('keeps restricted fields out of every object it writes', async () => {
    const built = options();
    await buildFeed(built);
    const shard = (await manifestOf(built.feedDir)).objects.find((entry) => entry.role === 'names')!;
    const text = await readFile(path.join(built.feedDir, 'objects', `${shard.sha256}.json`), 'utf8');
    expect(text).toContain('"restricted":true');
    expect(text).not.toContain('1938-03-05'); // KZ-000002's full date of death
    expect(text).not.toContain('Верный'); // KZ-000002's birth place
  });

  it('re-signs unchanged content as a new version for a new expiry or a new key', async () => {
    const built = options();
    await buildFeed(built);
    expect((await buildFeed(built)).outcome).toBe('unchanged');

    expect((await buildFeed({ ...built, expiresInDays: 30 })).outcome).toBe('published');
    const renewed = await manifestOf(built.feedDir);
    expect(renewed).toMatchObject({ version: 2, expiresAt: '2025-06-30T09:00:00.000Z' });

    const pair = await generateKeyPair();
    const otherKey: SigningKey = { ...pair, file: 'other.json', demoOnly: false, readableByOthers: false };
    expect((await buildFeed({ ...built, keys: [otherKey] })).outcome).toBe('published');
    expect((await manifestOf(built.feedDir)).version).toBe(3);
  });

  it('signs with every key given, and re-signs unchanged content only when a key did not sign it', async () => {
    const built = options();
    await buildFeed(built);
    const pair = await generateKeyPair();
    const newKey: SigningKey = { ...pair, file: 'new.json', demoOnly: false, readableByOthers: false };
    const both = { ...built, keys: [demoKey, newKey] };
    expect((await buildFeed(both)).outcome).toBe('published');
    const envelope = JSON.parse(await readFile(path.join(built.feedDir, 'manifest.json'), 'utf8')) as ManifestEnvelope;
    expect(envelope.signatures.map((signature) => signature.keyid)).toEqual([
      await keyIdOf(demoKey.publicKey),
      await keyIdOf(newKey.publicKey),
    ]);
    expect((await buildFeed(both)).outcome).toBe('unchanged');
    expect((await buildFeed({ ...built, keys: [newKey] })).outcome).toBe('unchanged');
    expect((await manifestOf(built.feedDir)).version).toBe(2);
  });

  it('republishes an eske-feed/1 folder as eske-feed/2 and removes its manifest.sig', async () => {
    const built = options();
    await buildFeed(built);
    const manifest = await manifestOf(built.feedDir);
    const legacyBytes = new TextEncoder().encode(JSON.stringify({ ...manifest, format: 'eske-feed/1' }, null, 2));
    await writeFile(path.join(built.feedDir, 'manifest.json'), legacyBytes);
    await writeFile(path.join(built.feedDir, 'manifest.sig'), await signBytes(legacyBytes, demoKey.privateKey));

    expect((await buildFeed(built)).outcome).toBe('published');
    expect(await manifestOf(built.feedDir)).toMatchObject({ format: 'eske-feed/2', version: 2 });
    expect(await readdir(built.feedDir)).toEqual(['manifest.json', 'objects', 'versions']);
  });

  it('puts back an object the feed folder lost when nothing else changed', async () => {
    const built = options();
    await buildFeed(built);
    const shard = (await manifestOf(built.feedDir)).objects.find((entry) => entry.role === 'names')!;
    const file = path.join(built.feedDir, 'objects', `${shard.sha256}.json`);
    await rm(file);
    const again = await buildFeed(built);
    expect(again).toMatchObject({ outcome: 'unchanged', restoredObjects: 1 });
    expect((await manifestOf(built.feedDir)).version).toBe(1);
    expect(await sha256Hex(await readFile(file))).toBe(shard.sha256);
  });

  it('republishes unchanged content whose published manifest has expired', async () => {
    const built = options({ expiresInDays: 1 });
    await buildFeed(built);
    const later = { ...built, expiresInDays: null, now: new Date(NOW.getTime() + 2 * 24 * 3600 * 1000) };
    expect((await buildFeed(later)).outcome).toBe('published');
    expect(await manifestOf(built.feedDir)).not.toHaveProperty('expiresAt');
  });

  describe('images', () => {
    it('publishes a display and a thumb WebP in place of the file, with the display size in the document', async () => {
      const built = options({ contentDir: await contentWithImage(await scan()) });
      expect((await buildFeed(built)).outcome).toBe('published');
      const media = (await manifestOf(built.feedDir)).objects.filter((entry) => entry.role === 'media');
      expect(media.some((entry) => entry.type === 'image/png')).toBe(false);
      const display = media.find((entry) => entry.name === 'files/steppe.png (display)')!;
      const thumb = media.find((entry) => entry.name === 'files/steppe.png (thumb)')!;
      expect([display.type, thumb.type]).toEqual(['image/webp', 'image/webp']);
      const thumbBytes = await readFile(path.join(built.feedDir, 'objects', `${thumb.sha256}.webp`));
      expect(await sharp(thumbBytes).metadata()).toMatchObject({ format: 'webp', width: 640, height: 427 });

      const timeline = await documentOf<TimelineDoc>(built.feedDir, 'timeline');
      const famine = timeline.events.find((event) => event.id === '1930-famine')!;
      expect(famine.images).toEqual([
        { media: display.sha256, thumb: thumb.sha256, width: 2048, height: 1365, alt: expect.any(Object) as object },
      ]);
    });

    it('uses the display variant as the thumb of an image no larger than a thumb', async () => {
      const built = options();
      await buildFeed(built);
      const [image] = (await documentOf<TimelineDoc>(built.feedDir, 'timeline')).events.find(
        (e) => e.id === '1930-famine',
      )!.images;
      expect(image).toMatchObject({ width: 1, height: 1 });
      expect(image!.thumb).toBe(image!.media);
    });

    it('makes no variant again that the cache holds, and an unchanged build publishes nothing', async () => {
      const contentDir = await contentWithImage(await scan());
      const variantCacheDir = await mkdtemp(path.join(tmp, 'cache-'));
      const lines: string[] = [];
      const built = options({ contentDir, variantCacheDir, progress: (line) => lines.push(line) });
      await buildFeed(built);
      expect(lines).toContain('images: 2 variants made');
      lines.length = 0;
      expect((await buildFeed(built)).outcome).toBe('unchanged');
      // A new feed folder from the same cache: the same objects, and nothing decoded.
      const fresh = { ...built, feedDir: path.join(tmp, `feed-${++feedCount}`) };
      await buildFeed(fresh);
      expect(lines.filter((line) => line.startsWith('images:'))).toEqual([]);
      expect((await manifestOf(fresh.feedDir)).objects).toEqual((await manifestOf(built.feedDir)).objects);
    });

    it('stops on an image that cannot be decoded to its end, leaving no feed', async () => {
      const png = await sharp({ create: { width: 600, height: 400, channels: 3, background: '#333' } })
        .png()
        .toBuffer();
      const built = options({ contentDir: await contentWithImage(png.subarray(0, png.length - 200)) });
      const result = await buildFeed(built);
      expect(result.outcome).toBe('stopped');
      expect(result.report.problems.map((problem) => `${problem.file}: ${problem.code}`)).toEqual([
        'files/steppe.png: media.unreadable',
      ]);
      expect(await snapshot(built.feedDir)).toBeNull();
    });
  });

  it('gives a testimony the duration of its recording', async () => {
    const built = options();
    await buildFeed(built);
    const { testimonies } = await documentOf<TestimoniesDoc>(built.feedDir, 'testimonies');
    expect(testimonies[0]!.media!.durationSeconds).toBeCloseTo(3, 2);
  });

  describe('with force', () => {
    it('leaves out an item with an error, drops the links to it, and publishes the rest', async () => {
      const built = options({ contentDir: await contentWithMissingMedia(), force: true });
      const result = await buildFeed(built);
      expect(result).toMatchObject({ outcome: 'published', leftOut: ['testimonies/t01-witness.md'] });
      expect((await documentOf<TestimoniesDoc>(built.feedDir, 'testimonies')).testimonies).toEqual([]);
      const order = (await documentOf<TimelineDoc>(built.feedDir, 'timeline')).events.find((event) => event.id === '1937-order')!;
      expect(order.links.testimonies).toEqual([]);
      // The transcripts of the testimony left out are not published either.
      expect((await manifestOf(built.feedDir)).objects.filter((entry) => entry.type === 'text/vtt')).toEqual([]);
    });

    it('never skips what no item stands for: an image exhibit.yaml shows', async () => {
      const png = await sharp({ create: { width: 600, height: 400, channels: 3, background: '#333' } })
        .png()
        .toBuffer();
      const built = options({ contentDir: await contentWithImage(png.subarray(0, png.length - 200)), force: true });
      expect((await buildFeed(built)).outcome).toBe('stopped');
      expect(await snapshot(built.feedDir)).toBeNull();
    });
  });

  describe('when the build stops', () => {
    const stopping = [
      ['a blocking error', () => contentWithMissingMedia(), false],
      ['--strict and a bad register row', () => contentWithBadRow(), true],
    ] as const;

    it.each(stopping)('on %s, leaves a missing --out folder missing', async (_, content, strict) => {
      const built = options({ contentDir: await content(), strict });
      expect((await buildFeed(built)).outcome).toBe('stopped');
      expect(await snapshot(built.feedDir)).toBeNull();
    });

    it.each(stopping)('on %s, leaves an earlier feed byte for byte as it was', async (_, content, strict) => {
      const earlier = options();
      expect((await buildFeed(earlier)).outcome).toBe('published');
      const before = await snapshot(earlier.feedDir);
      expect((await buildFeed({ ...earlier, contentDir: await content(), strict })).outcome).toBe('stopped');
      expect(await snapshot(earlier.feedDir)).toEqual(before);
    });

    it('takes back the objects it wrote when a write fails before the manifest', async () => {
      const earlier = options();
      await buildFeed(earlier);
      const contentDir = await mkdtemp(path.join(tmp, 'content-'));
      await cp(MINIMAL, contentDir, { recursive: true });
      // Several new objects, and a folder where the edited t01.en.vtt's object goes: the build
      // fails after some of them are written.
      await appendFile(path.join(contentDir, 'files/steppe.png'), 'edited');
      await appendFile(path.join(contentDir, 'files/t01.en.vtt'), '\n');
      const vtt = await sha256Hex(await readFile(path.join(contentDir, 'files/t01.en.vtt')));
      await mkdir(path.join(earlier.feedDir, 'objects', `${vtt}.vtt`));
      const before = await snapshot(earlier.feedDir);

      await expect(buildFeed({ ...earlier, contentDir })).rejects.toBeInstanceOf(CliError);
      expect(await snapshot(earlier.feedDir)).toEqual(before);
    });
  });
});
