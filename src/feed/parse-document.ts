// Reads a feed's JSON object with the schema of its role (exhibit, timeline, testimonies, a
// names shard). Kiosk sync runs it before a version may become active (docs/design.md §5.3) and the
// screens again on read, so a document that fails here is never shown; `feed verify` and
// `feed search` read feeds with it too.

import { z } from 'zod';
import {
  exhibitDocSchema,
  nameRecordSchema,
  namesShardSchema,
  testimoniesDocSchema,
  timelineDocSchema,
  type NameRecord,
  type NamesShard,
} from './content-schema.ts';
import { ObjectFormatError } from './errors.ts';
import type { ObjectEntry, ObjectRole } from './manifest-schema.ts';
import { parseJsonText, parseWithSchema, type Checked } from './parse-with-schema.ts';

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

/** A names shard's records are checked this many at a time (a few milliseconds' work each). */
export const RECORDS_PER_SLICE = 1_000;

/**
 * Throws ObjectFormatError naming the object and each key path that is wrong. A names shard
 * holds thousands of records: `pause` is awaited between slices of them, so that a kiosk's
 * screen keeps answering taps while sync or a record page reads one.
 */
export async function parseDocument<R extends DocumentRole>(
  role: R,
  entry: Pick<ObjectEntry, 'name'>,
  source: string | Blob,
  pause?: () => Promise<void>,
): Promise<DocumentOf<R>> {
  const json = parseJsonText(typeof source === 'string' ? source : await source.text());
  if (!json.ok) throw new ObjectFormatError(entry.name, json.problems);
  const checked =
    role === 'names' ? await parseNamesShard(json.value, pause) : parseWithSchema(DOCUMENT_SCHEMAS[role], json.value);
  if (!checked.ok) throw new ObjectFormatError(entry.name, checked.problems);
  return checked.value as DocumentOf<R>;
}

const recordsSchema = z.array(nameRecordSchema);

async function parseNamesShard(value: unknown, pause: (() => Promise<void>) | undefined): Promise<Checked<NamesShard>> {
  const records = (value as { records?: unknown } | null)?.records;
  if (!Array.isArray(records)) return parseWithSchema(namesShardSchema, value);
  const envelope = parseWithSchema(namesShardSchema, { ...(value as object), records: [] });
  const problems = envelope.ok ? [] : [...envelope.problems];
  const parsed: NameRecord[] = [];
  for (let start = 0; start < records.length; start += RECORDS_PER_SLICE) {
    if (start > 0) await pause?.();
    const slice = parseWithSchema(recordsSchema, records.slice(start, start + RECORDS_PER_SLICE), (path) => [
      'records',
      (path[0] as number) + start,
      ...path.slice(1),
    ]);
    if (slice.ok) parsed.push(...slice.value);
    else problems.push(...slice.problems);
  }
  if (problems.length > 0 || !envelope.ok) return { ok: false, problems };
  return { ok: true, value: { ...envelope.value, records: parsed } };
}
