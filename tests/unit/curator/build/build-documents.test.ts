import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFeed } from '../../../../src/curator/build/build-feed.ts';
import { readSigningKey } from '../../../../src/curator/signing-key.ts';
import type { ExhibitDoc, NamesShard, TestimoniesDoc, TimelineDoc } from '../../../../src/feed/content-schema.ts';
import type { Manifest } from '../../../../src/feed/manifest-schema.ts';
import { readUnverifiedManifest } from '../../../../src/feed/verify-manifest.ts';
import { removeCopies } from '../content/content-copy.ts';
import { fullCopy } from '../content/full-content.ts';

let feedDir: string;
let manifest: Manifest;

/** A built document by role, read from the feed folder. */
async function doc<T>(role: string): Promise<T> {
  const entry = manifest.objects.find((object) => object.role === role)!;
  return JSON.parse(await readFile(path.join(feedDir, 'objects', `${entry.sha256}.json`), 'utf8')) as T;
}

beforeAll(async () => {
  feedDir = await mkdtemp(path.join(os.tmpdir(), 'eske-build-docs-'));
  const result = await buildFeed({
    contentDir: await fullCopy(),
    feedDir,
    keys: [await readSigningKey(path.resolve('media/DEMO-ONLY-signing-key.json'))],
    strict: true,
    expiresInDays: null,
    now: new Date('2025-05-31T09:00:00Z'),
    variantCacheDir: `${feedDir}-cache`,
    progress: () => {},
  });
  expect(result.outcome).toBe('published');
  manifest = readUnverifiedManifest(await readFile(path.join(feedDir, 'manifest.json')));
});
afterAll(async () => {
  await rm(feedDir, { recursive: true, force: true });
  await rm(`${feedDir}-cache`, { recursive: true, force: true });
  await removeCopies();
});

/** An image is carried by the display variant the build made of it. */
const mediaHash = (name: string) => manifest.objects.find((object) => object.name === `${name} (display)`)!.sha256;

describe('the built documents', () => {
  it('carry the exhibit keywords, archive request and places', async () => {
    const exhibit = await doc<ExhibitDoc>('exhibit');
    expect(exhibit.sections).toEqual(['timeline', 'testimonies', 'places', 'names']);
    expect(exhibit.keywords.map((keyword) => keyword.id)).toEqual(['arrest', 'archive']);
    expect(exhibit.archiveRequest!.kk).toBe('Іс қағазын **мұрағаттан** сұратыңыз.');
    expect(exhibit.places).toEqual([
      expect.objectContaining({
        id: 'dolinka',
        kind: 'camp',
        lat: 49.67,
        lon: 72.68,
        images: [expect.objectContaining({ media: mediaHash('files/steppe.png') })],
        links: { events: ['1937-order'], testimonies: ['t01-witness'], names: ['KZ-000001'] },
      }),
    ]);
  });

  it('carry event bodies as Markdown, with images, captions, credits and a content warning', async () => {
    const [famine, order] = (await doc<TimelineDoc>('timeline')).events;
    expect(famine!.body.ru).toBe('Начался *голод*; см. [приказ](event:1937-order) и [Долинку](place:dolinka).');
    expect(order!.body.kk).toBe('Бірінші абзац.\n\nЕкінші абзац,\nекі жолда.');
    expect(famine!.images).toEqual([
      expect.objectContaining({
        media: mediaHash('files/steppe.png'),
        alt: { kk: 'Дала', ru: 'Степь', en: 'The steppe' },
        caption: { kk: 'Дала, демо', ru: 'Степь, демо', en: 'The steppe, demo' },
        credit: 'Eske demo illustration (synthetic)',
      }),
    ]);
    expect(famine!.contentWarning).toEqual({ kk: 'Ауыр тақырып', ru: 'Тяжёлая тема', en: 'A hard subject' });
    expect(famine!.links.places).toEqual(['dolinka']);
  });

  it('carry chapters in seconds, a portrait, and a text-only testimony with its text and summary', async () => {
    const [witness, letter] = (await doc<TestimoniesDoc>('testimonies')).testimonies;
    expect(witness!.chapters).toEqual([
      { start: 0, title: { kk: 'Басы', ru: 'Начало', en: 'The beginning' }, keywords: ['arrest'] },
      {
        start: 1,
        title: { kk: 'Іс', ru: 'Дело', en: 'The file' },
        synopsis: { kk: 'Мұрағат', ru: 'Архив', en: 'The archive' },
        keywords: ['archive', 'arrest'],
      },
    ]);
    expect(witness!.portrait).toEqual(expect.objectContaining({ alt: { kk: 'Сұлба', ru: 'Силуэт', en: 'A silhouette' } }));
    expect(letter!.media).toBeUndefined();
    expect(letter!.summary.en).toBe('A letter from the camp.');
    expect(letter!.text!.en).toBe('My dear,\n\n> all is well.');
  });

  it('give records their images as objects and their lang, and a restricted record neither images nor its files', async () => {
    const { records } = await doc<NamesShard>('names');
    const byId = new Map(records.map((record) => [record.id, record]));
    const steppe = expect.objectContaining({ media: mediaHash('files/steppe.png'), alt: {} });
    expect(byId.get('KZ-000001')).toMatchObject({ images: [steppe, steppe], lang: 'ru' });
    expect(byId.get('KZ-000002')!.images).toBeUndefined();
    expect(byId.get('KZ-000003')).toMatchObject({ lang: 'kk' });
    expect(manifest.objects.some((object) => object.name === 'files/portrait.png')).toBe(false);
  });
});
