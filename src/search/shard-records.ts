// Reads a register shard (the feed's `names` JSON, docs/design.md §4) into the records the kiosk's
// engine indexes. Sync has already checked each shard's hash and schema, so this only guards
// the shape it relies on. A restricted record gives its name and years only (docs/design.md §3): its
// place and fate never reach the index, so neither a result row nor a filter can reveal them.

import type { NameRecord } from '../feed/content-schema.ts';
import type { SearchableRecord } from './name-index.ts';
import { searchableRecord } from './searchable-record.ts';

/** Thrown for a shard that is not JSON or lacks the fields the index needs. */
export class ShardFormatError extends Error {
  readonly code = 'shard-format';
  constructor(
    readonly shard: number,
    reason: string,
  ) {
    super(`names shard ${shard}: ${reason}`);
    this.name = 'ShardFormatError';
  }
}

export function shardRecords(text: string, shard: number): SearchableRecord[] {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new ShardFormatError(shard, 'not JSON');
  }
  const records = (json as { records?: unknown } | null)?.records;
  if (!Array.isArray(records)) throw new ShardFormatError(shard, 'no records array');
  return records.map((record: unknown, at) => {
    if (!isNameRecord(record)) throw new ShardFormatError(shard, `record ${at} lacks id, surname or given name`);
    return publicRecord(record);
  });
}

/** What a visitor may learn of a record: everything the engine reads, unless it is restricted. */
export function publicRecord(record: NameRecord): SearchableRecord {
  const searchable = searchableRecord(record);
  return record.restricted === true ? { ...searchable, birthPlace: undefined, fate: undefined } : searchable;
}

function isNameRecord(value: unknown): value is NameRecord {
  const record = value as Partial<Record<keyof NameRecord, unknown>> | null;
  return (
    typeof record === 'object' &&
    record !== null &&
    typeof record.id === 'string' &&
    typeof record.surname === 'string' &&
    typeof record.givenName === 'string'
  );
}
