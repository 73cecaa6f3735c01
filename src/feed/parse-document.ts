// Reads a feed's JSON object with the schema of its role (exhibit, timeline, testimonies, a
// names shard). Kiosk sync runs it before a version may become active (DESIGN §5.3) and the
// screens again on read, so a document that fails here is never shown; `feed verify` and
// `feed search` read feeds with it too.

import type { z } from 'zod';
import { exhibitDocSchema, namesShardSchema, testimoniesDocSchema, timelineDocSchema } from './content-schema.ts';
import { ObjectFormatError } from './errors.ts';
import type { ObjectEntry, ObjectRole } from './manifest-schema.ts';
import { parseJsonText, parseWithSchema } from './parse-with-schema.ts';

const DOCUMENT_SCHEMAS = {
  exhibit: exhibitDocSchema,
  timeline: timelineDocSchema,
  testimonies: testimoniesDocSchema,
  names: namesShardSchema,
} as const;

export type DocumentRole = keyof typeof DOCUMENT_SCHEMAS;
export type DocumentOf<R extends DocumentRole> = z.output<(typeof DOCUMENT_SCHEMAS)[R]>;

export function isDocumentRole(role: ObjectRole): role is DocumentRole {
  return role in DOCUMENT_SCHEMAS;
}

/** Throws ObjectFormatError naming the object and each key path that is wrong. */
export async function parseDocument<R extends DocumentRole>(
  role: R,
  entry: Pick<ObjectEntry, 'name'>,
  source: string | Blob,
): Promise<DocumentOf<R>> {
  const json = parseJsonText(typeof source === 'string' ? source : await source.text());
  if (!json.ok) throw new ObjectFormatError(entry.name, json.problems);
  const checked = parseWithSchema(DOCUMENT_SCHEMAS[role], json.value);
  if (!checked.ok) throw new ObjectFormatError(entry.name, checked.problems);
  return checked.value as DocumentOf<R>;
}
