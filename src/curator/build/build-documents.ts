// Turns the checked content folder into the JSON documents of content-schema.ts. File paths
// become the SHA-256 of the objects that carry them, so a document can only point inside its
// own feed. Pure: the hashing and writing happen in build-feed.ts.

import type { ExhibitDoc, LocalizedMarkdown, TestimoniesDoc, TimelineDoc, TimelineEvent } from '../../feed/content-schema.ts';
import type { LocalizedParagraphs } from '../content/read-markdown-entry.ts';
import type { ImageSource } from '../content/content-refs.ts';
import type { ContentFolder } from '../content/read-content-folder.ts';

/** Relative content path (`files/t01.ogg`) → SHA-256 of its object. */
export type MediaHashes = ReadonlyMap<string, string>;

function hashOf(media: MediaHashes, file: string): string {
  const sha256 = media.get(file);
  // read-content-folder reports every missing file and build stops before this point.
  if (sha256 === undefined) throw new Error(`no object for ${file}`);
  return sha256;
}

function image(media: MediaHashes, source: ImageSource) {
  return { media: hashOf(media, source.file), alt: source.alt };
}

/** Paragraphs as Markdown: one paragraph per blank-line-separated block. */
function markdownOf(paragraphs: LocalizedParagraphs): LocalizedMarkdown {
  return Object.fromEntries(Object.entries(paragraphs).map(([language, list]) => [language, list.join('\n\n')]));
}

export function buildExhibitDoc(content: ContentFolder, media: MediaHashes): ExhibitDoc {
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
    places: [],
    keywords: [],
  };
}

/** Events in date order (partial ISO dates sort as text: 1937 < 1937-07 < 1937-07-30), then by id. */
export function buildTimelineDoc(content: ContentFolder, media: MediaHashes): TimelineDoc {
  const events = content.timeline.map((event): TimelineEvent => ({
    id: event.id,
    date: event.date,
    ...(event.endDate !== undefined && { endDate: event.endDate }),
    ...(event.era !== undefined && { era: event.era }),
    title: event.title,
    body: markdownOf(event.body),
    source: event.source,
    images: event.image ? [image(media, event.image)] : [],
    links: {
      testimonies: event.links.testimonies,
      // A link to a register row left out for its problems is dropped (validate warns about it).
      names: event.links.names.filter((id) => content.registerIds.isPublished(id)),
      places: [],
    },
  }));
  events.sort((a, b) => (a.date !== b.date ? (a.date < b.date ? -1 : 1) : a.id < b.id ? -1 : 1));
  return { events };
}

export function buildTestimoniesDoc(content: ContentFolder, media: MediaHashes): TestimoniesDoc {
  return {
    testimonies: content.testimonies.map((testimony) => ({
      id: testimony.id,
      title: testimony.title,
      speaker: testimony.speaker,
      recorded: testimony.recorded,
      ...(testimony.place && { place: testimony.place }),
      media: { kind: testimony.media.kind, object: hashOf(media, testimony.media.file) },
      mediaLanguage: testimony.mediaLanguage,
      synthetic: testimony.synthetic,
      transcripts: Object.fromEntries(
        Object.entries(testimony.transcripts).map(([language, file]) => [language, hashOf(media, file)]),
      ),
      summary: markdownOf(testimony.summary),
      chapters: [],
    })),
  };
}
