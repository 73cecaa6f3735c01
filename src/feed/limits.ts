// Size limits for what a kiosk accepts from a feed, named in one place with their units.

/** A manifest lists objects only; 4 MiB holds hundreds of thousands of entries. */
export const MAX_MANIFEST_BYTES = 4 * 1024 * 1024;

/** docs/design.md §4: a register shard holds at most this many records. */
export const MAX_SHARD_RECORDS = 20_000;
