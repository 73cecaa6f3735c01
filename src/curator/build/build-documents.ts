// Turns the checked content folder into the JSON documents of content-schema.ts. File paths
// become the SHA-256 of the objects that carry them, so a document can only point inside its
// own feed. Pure: the hashing and writing happen in build-feed.ts.

import type {
  ContentImage,
  ExhibitDoc,
  Place,
  TestimoniesDoc,
  Testimony,
  TimelineDoc,
  TimelineEvent,
} from '../../feed/content-schema.ts';
import type { ImageSource } from '../content/content-refs.ts';
import type { ContentFolder } from '../content/read-content-folder.ts';

/** What a content file became in the feed (build/plan-media.ts). */
export interface MediaObject {
  /** The object that carries it: for an image, its display variant. */
  sha256: string;
  /** Audio and video, when the container gives it. */
  durationSeconds?: number;
  /** Images: the thumb variant's object and the display variant's size. */
  image?: { thumb: string; width: number; height: number };
}

/** Relative content path (`files/t01.ogg`) → what carries it in the feed; lookups by `get` only. */
export type MediaObjects = Pick<ReadonlyMap<string, MediaObject>, 'get'>;

/** The media of a build, remembering each file the documents look up: what the feed must carry. */
export class UsedMedia implements MediaObjects {
  readonly #media: ReadonlyMap<string, MediaObject>;
  readonly #used = new Set<string>();

  constructor(media: ReadonlyMap<string, MediaObject>) {
    this.#media = media;
  }

  get(file: string): MediaObject | undefined {
    this.#used.add(file);
    return this.#media.get(file);
  }

  has(file: string): boolean {
    return this.#media.has(file);
  }

  /** The objects (an image's display variant and thumb) of every file looked up so far. */
  usedObjects(): Set<string> {
    const hashes = new Set<string>();
    for (const file of this.#used) {
      const object = this.#media.get(file);
      if (object) hashes.add(object.sha256).add(object.image?.thumb ?? object.sha256);
    }
    return hashes;
  }
}

function objectOf(media: MediaObjects, file: string): MediaObject {
  const object = media.get(file);
  // read-content-folder reports every missing file and build stops before this point.
  if (object === undefined) throw new Error(`no object for ${file}`);
  return object;
}

function hashOf(media: MediaObjects, file: string): string {
  return objectOf(media, file).sha256;
}

/** docs/design.md §4: a document names the display variant and the thumb, never the file itself. */
function image(media: MediaObjects, source: ImageSource): ContentImage {
  const { sha256, image: variants } = objectOf(media, source.file);
  return {
    media: sha256,
    ...variants,
    alt: source.alt,
    ...(source.caption && { caption: source.caption }),
    ...(source.credit !== undefined && { credit: source.credit }),
  };
}

function recording(media: MediaObjects, file: string): { object: string; durationSeconds?: number } {
  const { sha256, durationSeconds } = objectOf(media, file);
  return { object: sha256, ...(durationSeconds !== undefined && { durationSeconds }) };
}

/** A register record's images: no alt of their own, the kiosk falls back to the person's name. */
export function recordImages(media: MediaObjects, files: readonly string[]): ContentImage[] {
  return files.map((file) => image(media, { file, alt: {} }));
}

/** Places by id: the map draws them all, and a stable order gives stable bytes. */
function buildPlaces(content: ContentFolder, media: MediaObjects): Place[] {
  return content.places
    .map((place) => ({
      id: place.id,
      kind: place.kind,
      name: place.name,
      lat: place.lat,
      lon: place.lon,
      body: place.body,
      images: place.images.map((source) => image(media, source)),
      source: place.source,
      links: {
        events: place.links.events,
        testimonies: place.links.testimonies,
        // A link to a register row left out for its problems is dropped (validate warns about it).
        names: place.links.names.filter((id) => content.registerIds.isPublished(id)),
      },
    }))
    .sort((a, b) => (a.id < b.id ? -1 : 1));
}

export function buildExhibitDoc(content: ContentFolder, media: MediaObjects): ExhibitDoc {
  const { exhibit } = content;
  return {
    id: exhibit.id,
    demo: exhibit.demo,
    title: exhibit.title,
    ...(exhibit.subtitle && { subtitle: exhibit.subtitle }),
    languages: exhibit.languages,
    defaultLanguage: exhibit.defaultLanguage,
    sections: exhibit.sections,
    eras: exhibit.eras,
    attract: exhibit.attract.map((slide) => ({ text: slide.text, ...(slide.image && { image: image(media, slide.image) }) })),
    places: buildPlaces(content, media),
    keywords: exhibit.keywords,
    ...(exhibit.archiveRequest && { archiveRequest: exhibit.archiveRequest }),
  };
}

/** Events in date order (partial ISO dates sort as text: 1937 < 1937-07 < 1937-07-30), then by id. */
export function buildTimelineDoc(content: ContentFolder, media: MediaObjects): TimelineDoc {
  const events = content.timeline.map((event): TimelineEvent => ({
    id: event.id,
    date: event.date,
    ...(event.endDate !== undefined && { endDate: event.endDate }),
    ...(event.era !== undefined && { era: event.era }),
    title: event.title,
    body: event.body,
    source: event.source,
    images: event.images.map((source) => image(media, source)),
    ...(event.contentWarning && { contentWarning: event.contentWarning }),
    links: {
      testimonies: event.links.testimonies,
      // A link to a register row left out for its problems is dropped (validate warns about it).
      names: event.links.names.filter((id) => content.registerIds.isPublished(id)),
      places: event.links.places,
    },
  }));
  events.sort((a, b) => (a.date !== b.date ? (a.date < b.date ? -1 : 1) : a.id < b.id ? -1 : 1));
  return { events };
}

export function buildTestimoniesDoc(content: ContentFolder, media: MediaObjects): TestimoniesDoc {
  return {
    testimonies: content.testimonies.map((testimony): Testimony => ({
      id: testimony.id,
      title: testimony.title,
      speaker: testimony.speaker,
      recorded: testimony.recorded,
      ...(testimony.place && { place: testimony.place }),
      ...(testimony.media && { media: { kind: testimony.media.kind, ...recording(media, testimony.media.file) } }),
      mediaLanguage: testimony.mediaLanguage,
      synthetic: testimony.synthetic,
      transcripts: Object.fromEntries(
        Object.entries(testimony.transcripts).map(([language, file]) => [language, hashOf(media, file)]),
      ),
      summary: testimony.summary,
      ...(testimony.text && { text: testimony.text }),
      ...(testimony.portrait && { portrait: image(media, testimony.portrait) }),
      chapters: testimony.chapters.map((chapter) => ({
        start: chapter.start,
        title: chapter.title,
        ...(chapter.synopsis && { synopsis: chapter.synopsis }),
        keywords: chapter.keywords,
      })),
      ...(testimony.contentWarning && { contentWarning: testimony.contentWarning }),
    })),
  };
}
