// The JSON documents a feed carries (built by the curator CLI, read by the kiosk): exhibit (with
// its places and keywords), timeline, testimonies and name-register shards. Media are referred to by the SHA-256 of an
// object listed in the same manifest, so a document can never point outside its feed.

import { z } from 'zod';
import { MAX_LINE_CHARS, MAX_LIST_CHARS, MAX_MARKDOWN_CHARS, MAX_TEXT_CHARS } from './content-limits.ts';
import { LANGUAGES } from './languages.ts';
import { sha256HexSchema } from './manifest-schema.ts';

/** ISO date, partial allowed (docs/design.md §3): `1937`, `1937-11`, `1937-11-05`. */
export const PARTIAL_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
export const partialDateSchema = z.string().regex(PARTIAL_DATE, 'expected a date like 1937, 1937-11 or 1937-11-05');

/**
 * docs/content-folder.md "Limits": a document with a text over its cap is refused whole, like any
 * other that breaks its schema, so the kiosk keeps what it shows instead of laying out megabytes.
 */
const textSchema = z.string().max(MAX_TEXT_CHARS);
const lineSchema = z.string().max(MAX_LINE_CHARS);
const markdownSchema = z.string().max(MAX_MARKDOWN_CHARS);

/** A text in every exhibit language; the builder checks that each language is present. */
export const localizedTextSchema = z.partialRecord(z.enum(LANGUAGES), textSchema);
export type LocalizedText = z.output<typeof localizedTextSchema>;

/**
 * Curator text as Markdown per language (docs/content-folder.md "Text"); the kiosk renders it
 * only through its sanitizer. Feeds built before Markdown carried plain paragraphs; a kiosk may
 * still hold one, so a list of paragraphs reads as paragraphs separated by blank lines.
 */
export const localizedMarkdownSchema = z.partialRecord(
  z.enum(LANGUAGES),
  z.union([
    markdownSchema,
    z
      .array(z.string())
      .transform((paragraphs) => paragraphs.join('\n\n'))
      .pipe(markdownSchema),
  ]),
);
export type LocalizedMarkdown = z.output<typeof localizedMarkdownSchema>;

const idSchema = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'expected lowercase letters, digits and -');

/**
 * An image as the build made it (docs/content-folder.md "Images"): `media` is the display-sized
 * variant the full-screen viewer shows, `thumb` the small one for cards and lists, so a 20 MB
 * scan never reaches the kiosk whole. `width` and `height` are those of `media`.
 */
export const imageSchema = z.object({
  media: sha256HexSchema,
  thumb: sha256HexSchema.optional(),
  width: z.int().positive().optional(),
  height: z.int().positive().optional(),
  alt: localizedTextSchema.default({}),
  caption: localizedTextSchema.optional(),
  /** Who made it or where it is kept, as the archive or photographer asks it to be credited. */
  credit: textSchema.optional(),
});
export type ContentImage = z.output<typeof imageSchema>;

/** A link target inside the exhibit, as curators write it in Markdown: `event:ID`, `testimony:ID`, `record:ID`, `place:ID`. */
export const ITEM_KINDS = ['event', 'testimony', 'record', 'place'] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];

export const PLACE_KINDS = ['camp', 'special-settlement', 'execution-site', 'memorial'] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];

/** A place on the map (content folder `places/*.md`). Carried in the exhibit document, so a kiosk of an earlier release carries it along unread. */
export const placeSchema = z.looseObject({
  id: idSchema,
  kind: z.enum(PLACE_KINDS),
  name: localizedTextSchema,
  /** WGS 84 degrees. */
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
  body: localizedMarkdownSchema,
  images: z.array(imageSchema).default([]),
  source: textSchema,
  links: z
    .object({ events: z.array(idSchema), testimonies: z.array(idSchema), names: z.array(lineSchema) })
    .default({ events: [], testimonies: [], names: [] }),
});
export type Place = z.output<typeof placeSchema>;

/** A topic of the exhibit's vocabulary; testimony chapters name it by id, so a chip finds every moment across testimonies. */
export const keywordSchema = z.object({ id: idSchema, label: localizedTextSchema });
export type Keyword = z.output<typeof keywordSchema>;

export const eraSchema = z.object({
  id: idSchema,
  from: z.int(),
  to: z.int(),
  title: localizedTextSchema,
});

export const exhibitDocSchema = z.looseObject({
  id: z.string(),
  demo: z.boolean(),
  title: localizedTextSchema,
  subtitle: localizedTextSchema.optional(),
  languages: z.array(z.enum(LANGUAGES)).min(1),
  defaultLanguage: z.enum(LANGUAGES),
  sections: z.array(z.enum(['timeline', 'testimonies', 'places', 'names'])),
  eras: z.array(eraSchema),
  attract: z.array(z.object({ text: localizedTextSchema, image: imageSchema.optional() })),
  places: z.array(placeSchema).default([]),
  keywords: z.array(keywordSchema).default([]),
  /** How a visitor asks for a person's archive file; shown on every record page. */
  archiveRequest: localizedMarkdownSchema.optional(),
});
export type ExhibitDoc = z.output<typeof exhibitDocSchema>;

export const timelineEventSchema = z.looseObject({
  id: idSchema,
  date: partialDateSchema,
  endDate: partialDateSchema.optional(),
  era: idSchema.optional(),
  title: localizedTextSchema,
  body: localizedMarkdownSchema,
  source: textSchema,
  images: z.array(imageSchema).default([]),
  /** Shown before the text, for images or accounts some visitors may not want to see unwarned. */
  contentWarning: localizedTextSchema.optional(),
  links: z.object({
    testimonies: z.array(idSchema),
    names: z.array(lineSchema),
    places: z.array(idSchema).default([]),
  }),
});
export type TimelineEvent = z.output<typeof timelineEventSchema>;

export const timelineDocSchema = z.object({ events: z.array(timelineEventSchema) });
export type TimelineDoc = z.output<typeof timelineDocSchema>;

/** An OHMS-style segment of a recording: where it starts, what it is about, which topics it touches. */
export const chapterSchema = z.object({
  /** Seconds from the start of the recording. */
  start: z.number().nonnegative(),
  title: localizedTextSchema,
  synopsis: localizedTextSchema.optional(),
  /** Ids of the exhibit's `keywords`. */
  keywords: z.array(idSchema).default([]),
});
export type Chapter = z.output<typeof chapterSchema>;

export const testimonySchema = z.looseObject({
  id: idSchema,
  title: localizedTextSchema,
  speaker: localizedTextSchema,
  recorded: partialDateSchema,
  place: localizedTextSchema.optional(),
  /** Absent for a text-only testimony (a letter, a memoir): then `text` holds it. */
  media: z
    .object({
      kind: z.enum(['audio', 'video']),
      object: sha256HexSchema,
      durationSeconds: z.number().positive().optional(),
    })
    .optional(),
  /** The language spoken (or written, for a text-only testimony). */
  mediaLanguage: z.enum(LANGUAGES),
  synthetic: z.boolean(),
  /** WebVTT per language: the transcript beside the player and a video's captions. */
  transcripts: z.partialRecord(z.enum(LANGUAGES), sha256HexSchema),
  summary: localizedMarkdownSchema,
  text: localizedMarkdownSchema.optional(),
  portrait: imageSchema.optional(),
  chapters: z.array(chapterSchema).default([]),
  contentWarning: localizedTextSchema.optional(),
});
export type Testimony = z.output<typeof testimonySchema>;

export const testimoniesDocSchema = z.object({ testimonies: z.array(testimonySchema) });
export type TestimoniesDoc = z.output<typeof testimoniesDocSchema>;

/** The register columns of docs/design.md §3 that the kiosk knows; anything else lands in `extra`. */
export const nameRecordSchema = z.object({
  id: lineSchema.min(1),
  surname: lineSchema.min(1),
  givenName: lineSchema.min(1),
  patronymic: lineSchema.optional(),
  nameVariants: z.array(z.string().max(MAX_LIST_CHARS)).optional(),
  birthYear: z.int().optional(),
  birthPlace: lineSchema.optional(),
  nationality: lineSchema.optional(),
  occupation: lineSchema.optional(),
  arrestDate: partialDateSchema.optional(),
  charge: textSchema.optional(),
  sentence: textSchema.optional(),
  fate: textSchema.optional(),
  deathDate: partialDateSchema.optional(),
  rehabilitationDate: partialDateSchema.optional(),
  source: textSchema.optional(),
  /** docs/design.md §3: only the name and years are published for a restricted record. */
  restricted: z.boolean().optional(),
  /** Portraits and case-file pages (register column `images`). */
  images: z.array(imageSchema).optional(),
  /** The language the archival values are written in, when the curator gives it (column `lang`). */
  lang: z.enum(LANGUAGES).optional(),
  extra: z.record(lineSchema, textSchema).optional(),
});
export type NameRecord = z.output<typeof nameRecordSchema>;

export const namesShardSchema = z.object({
  shard: z.int().nonnegative(),
  shardCount: z.int().positive(),
  records: z.array(nameRecordSchema),
});
export type NamesShard = z.output<typeof namesShardSchema>;
