// Size limits for what a kiosk accepts from a feed, named in one place with their units.

/** A manifest lists objects only; 4 MiB holds hundreds of thousands of entries. */
export const MAX_MANIFEST_BYTES = 4 * 1024 * 1024;

/** docs/design.md §4: a register shard holds at most this many records. */
export const MAX_SHARD_RECORDS = 20_000;

/**
 * Nesting levels the signed part of an eske-feed/2 manifest may have (a real one has 4). Its
 * canonical form is written by recursion, so a hostile envelope nested 100,000 deep is refused
 * here instead of running the stack out.
 */
export const MAX_SIGNED_DEPTH = 32;

/**
 * Signatures an envelope may carry: a rotation needs two, a threshold a few more. Each one by a
 * trusted key costs a verification, so a padded list cannot keep a kiosk busy.
 */
export const MAX_SIGNATURES = 16;
