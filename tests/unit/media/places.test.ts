// The demo map: places at the coordinates their published sources give, linked both ways with
// the timeline, and every image of the demo exhibit credited and captioned as a demo illustration.

import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGUAGES, MEDIA_DIR, readEntries, readExhibit, type DemoImage } from './read-demo-content.ts';

/** Latitude and longitude to 0.01° as media/README.md gives them, each from the source in the place's front matter. */
const CONFIRMED_COORDINATES: Record<string, [number, number]> = {
  alzhir: [51.07, 70.98],
  'dolinka-karlag': [49.67, 72.68],
  'kengir-steplag': [47.78, 67.7],
  spassk: [49.54, 73.28],
  ushtobe: [45.24, 77.98],
};

const places = readEntries('places');
const events = readEntries('timeline');
const testimonies = readEntries('testimonies');
type Links = { events?: string[]; places?: string[]; testimonies?: string[] };
const linksOf = (front: Record<string, unknown>) => (front.links ?? {}) as Links;

describe('media/places', () => {
  it('puts each place at the coordinates its source gives', () => {
    expect(Object.fromEntries([...places].map(([id, front]) => [id, front.coordinates]))).toEqual(CONFIRMED_COORDINATES);
  });

  it('names a source for every place', () => {
    for (const [id, front] of places) expect(front.source, id).toMatch(/\S{10}/);
  });

  it('links each place and its events both ways', () => {
    for (const [id, front] of places) {
      for (const event of linksOf(front).events ?? []) expect(linksOf(events.get(event)!).places, `${id} → ${event}`).toContain(id);
      for (const testimony of linksOf(front).testimonies ?? []) expect(testimonies.has(testimony), `${id} → ${testimony}`).toBe(true);
    }
    for (const [id, front] of events) {
      for (const place of linksOf(front).places ?? []) expect(linksOf(places.get(place)!).events, `${id} → ${place}`).toContain(id);
    }
  });
});

describe('media/files/images', () => {
  const images: DemoImage[] = [
    ...[...events.values(), ...places.values()].flatMap((front) => (front.images ?? []) as DemoImage[]),
    ...[...testimonies.values()].flatMap((front) => (front.portrait ? [front.portrait as DemoImage] : [])),
    // docs/content-folder.md: a slide writes its image's keys beside its text, `image:` being the file.
    ...(readExhibit().attract as (Omit<DemoImage, 'file'> & { image?: string })[]).flatMap(({ image, ...rest }) =>
      image ? [{ file: image, ...rest }] : [],
    ),
  ];

  it('credits and captions every image as a synthetic demo illustration, with alt text in every language', () => {
    expect(images.length).toBeGreaterThan(10);
    for (const image of images) {
      expect(image.credit, image.file).toBe('Eske demo illustration (synthetic)');
      expect(image.caption.kk, image.file).toMatch(/^Демо-иллюстрация/);
      expect(image.caption.ru, image.file).toMatch(/^Демо-иллюстрация/);
      expect(image.caption.en, image.file).toMatch(/^Demo illustration/);
      for (const language of LANGUAGES) expect(image.alt[language], `${image.file} alt.${language}`).toBeTruthy();
    }
  });

  it('keeps the demo illustrations under 500 KB together', () => {
    const dir = path.join(MEDIA_DIR, 'files/images');
    const bytes = readdirSync(dir).reduce((total, name) => total + statSync(path.join(dir, name)).size, 0);
    expect(bytes).toBeLessThan(500 * 1024);
  });
});
