// The JSON documents a feed carries (built by the curator CLI, read by the kiosk): exhibit,
// timeline, testimonies and name-register shards. Media are referred to by the SHA-256 of an
// object listed in the same manifest, so a document can never point outside its feed.

import { z } from 'zod';
import { LANGUAGES } from './languages.ts';
import { sha256HexSchema } from './manifest-schema.ts';

/** ISO date, partial allowed (docs/design.md §3): `1937`, `1937-11`, `1937-11-05`. */
export const PARTIAL_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
export const partialDateSchema = z.string().regex(PARTIAL_DATE, 'expected a date like 1937, 1937-11 or 1937-11-05');

/** A text in every exhibit language; the builder checks that each language is present. */
export const localizedTextSchema = z.partialRecord(z.enum(LANGUAGES), z.string());
export type LocalizedText = z.output<typeof localizedTextSchema>;

/** Body text as plain paragraphs per language; shown as text, never as HTML. */
export const localizedParagraphsSchema = z.partialRecord(z.enum(LANGUAGES), z.array(z.string()));
export type LocalizedParagraphs = z.output<typeof localizedParagraphsSchema>;

const idSchema = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'expected lowercase letters, digits and -');

export const imageSchema = z.object({ media: sha256HexSchema, alt: localizedTextSchema });

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
  sections: z.array(z.enum(['timeline', 'testimonies', 'names'])),
  eras: z.array(eraSchema),
  attract: z.array(z.object({ text: localizedTextSchema, image: imageSchema.optional() })),
});
export type ExhibitDoc = z.output<typeof exhibitDocSchema>;

export const timelineEventSchema = z.looseObject({
  id: idSchema,
  date: partialDateSchema,
  endDate: partialDateSchema.optional(),
  era: idSchema.optional(),
  title: localizedTextSchema,
  body: localizedParagraphsSchema,
  source: z.string(),
  image: imageSchema.optional(),
  links: z.object({ testimonies: z.array(idSchema), names: z.array(z.string()) }),
});
export type TimelineEvent = z.output<typeof timelineEventSchema>;

export const timelineDocSchema = z.object({ events: z.array(timelineEventSchema) });
export type TimelineDoc = z.output<typeof timelineDocSchema>;

export const testimonySchema = z.looseObject({
  id: idSchema,
  title: localizedTextSchema,
  speaker: localizedTextSchema,
  recorded: partialDateSchema,
  place: localizedTextSchema.optional(),
  media: z.object({ kind: z.enum(['audio', 'video']), object: sha256HexSchema }),
  mediaLanguage: z.enum(LANGUAGES),
  synthetic: z.boolean(),
  transcripts: z.partialRecord(z.enum(LANGUAGES), sha256HexSchema),
  summary: localizedParagraphsSchema,
});
export type Testimony = z.output<typeof testimonySchema>;

export const testimoniesDocSchema = z.object({ testimonies: z.array(testimonySchema) });
export type TestimoniesDoc = z.output<typeof testimoniesDocSchema>;

/** The register columns of docs/design.md §3 that the kiosk knows; anything else lands in `extra`. */
export const nameRecordSchema = z.object({
  id: z.string().min(1),
  surname: z.string().min(1),
  givenName: z.string().min(1),
  patronymic: z.string().optional(),
  nameVariants: z.array(z.string()).optional(),
  birthYear: z.int().optional(),
  birthPlace: z.string().optional(),
  nationality: z.string().optional(),
  occupation: z.string().optional(),
  arrestDate: partialDateSchema.optional(),
  charge: z.string().optional(),
  sentence: z.string().optional(),
  fate: z.string().optional(),
  deathDate: partialDateSchema.optional(),
  rehabilitationDate: partialDateSchema.optional(),
  source: z.string().optional(),
  /** docs/design.md §3: only the name and years are published for a restricted record. */
  restricted: z.boolean().optional(),
  extra: z.record(z.string(), z.string()).optional(),
});
export type NameRecord = z.output<typeof nameRecordSchema>;

export const namesShardSchema = z.object({
  shard: z.int().nonnegative(),
  shardCount: z.int().positive(),
  records: z.array(nameRecordSchema),
});
export type NamesShard = z.output<typeof namesShardSchema>;
