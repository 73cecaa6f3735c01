// Reads places/*.md, one place of the map per file (docs/content-folder.md "Places"): kind,
// name, coordinates, images, source, links, and a Markdown text per language. Checks each file
// on its own; languages, files and links are checked across the folder by read-content-folder.

import { z } from 'zod';
import { PLACE_KINDS, type LocalizedMarkdown, type LocalizedText, type PlaceKind } from '../../feed/content-schema.ts';
import type { Report } from '../report.ts';
import type { ContentEntry, ImageSource, LinkRef, TextRef } from './content-refs.ts';
import { readEntries } from './read-entry-file.ts';
import { imageInput, readImages } from './read-images.ts';
import { markdownOf } from './read-markdown-entry.ts';
import { idListInput, languagesOf, linkRefs, localizedInput, textRef, writesKey } from './source-schemas.ts';

export const PLACES_FOLDER = 'places';

const placeInput = z.object({
  kind: z.enum(PLACE_KINDS),
  name: localizedInput,
  /** Checked by readPlaces, for codes of its own: the map needs them. */
  coordinates: z.unknown().optional(),
  images: z.array(imageInput).optional(),
  source: z.string().trim().min(1, 'must say where the facts and the location come from'),
  links: z
    .strictObject({ events: idListInput.default([]), testimonies: idListInput.default([]), names: idListInput.default([]) })
    .default({ events: [], testimonies: [], names: [] }),
});

export interface PlaceSource {
  id: string;
  kind: PlaceKind;
  name: LocalizedText;
  lat: number;
  lon: number;
  body: LocalizedMarkdown;
  images: ImageSource[];
  source: string;
  links: { events: string[]; testimonies: string[]; names: string[] };
}

/** `[lat, lon]` in decimal degrees (WGS 84), or why not. */
function readCoordinates(value: unknown): { lat: number; lon: number } | { reason: string } {
  const hint = 'write coordinates: [latitude, longitude] in decimal degrees, such as [49.80, 72.85]';
  if (!Array.isArray(value) || value.length !== 2 || !value.every((part) => typeof part === 'number'))
    return { reason: `${hint}` };
  const [lat, lon] = value as [number, number];
  if (Math.abs(lat) > 90) return { reason: `latitude ${lat} is not between -90 and 90; ${hint}` };
  if (Math.abs(lon) > 180) return { reason: `longitude ${lon} is not between -180 and 180; ${hint}` };
  return { lat, lon };
}

export function readPlaces(contentDir: string, report: Report): Promise<ContentEntry<PlaceSource>[]> {
  return readEntries(contentDir, PLACES_FOLDER, placeInput, report, (listed, read) => {
    const { id, file } = listed;
    const { markdown, input } = read;
    const { front, sections, bodyLine } = markdown;
    const { name, links: linked } = input.value;

    let coordinates: { lat: number; lon: number } | null = null;
    if (!writesKey(front, 'coordinates') || input.value.coordinates === null) {
      report.error(
        file,
        front.lineOf([]),
        'place.no-coordinates',
        'coordinates: [latitude, longitude] is required to show the place on the map',
      );
    } else {
      const read = readCoordinates(input.value.coordinates);
      if ('reason' in read)
        report.error(file, front.lineOf(['coordinates']), 'place.bad-coordinates', `coordinates: ${read.reason}`);
      else coordinates = read;
    }
    const images = readImages(input.value.images, 'images', front, file, report);
    const texts: TextRef[] = [
      ...(name ? [textRef(front, ['name'], name)] : []),
      { line: bodyLine, label: 'body', languages: languagesOf(markdownOf(sections)), noun: 'section' },
      ...images.texts,
    ];
    const links: LinkRef[] = [
      ...linkRefs(front, ['links', 'events'], linked?.events, 'event'),
      ...linkRefs(front, ['links', 'testimonies'], linked?.testimonies, 'testimony'),
      ...linkRefs(front, ['links', 'names'], linked?.names, 'name'),
      ...read.bodyLinks,
    ];

    const value: PlaceSource | null =
      input.valid && coordinates && read.isClean()
        ? {
            id,
            kind: input.value.kind,
            name: input.value.name,
            ...coordinates,
            body: markdownOf(sections),
            images: images.images,
            source: input.value.source,
            links: input.value.links,
          }
        : null;
    return { file, id, value, texts, files: images.files, links };
  });
}
