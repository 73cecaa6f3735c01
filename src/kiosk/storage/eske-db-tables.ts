// The names by which the kiosk's IndexedDB is opened outside Dexie: the search worker reads and
// writes name indexes with raw IndexedDB (name-index-idb.ts) so that Dexie stays out of its
// bundle. Dexie's schema (eske-db.ts) declares its tables with these same constants.
// No imports: the worker bundle takes this file as it is.

export const ESKE_DB_NAME = 'eske';
/** One row per content version, keyed by `version` (see StoredNameIndex in eske-db.ts). */
export const NAME_INDEX_TABLE = 'nameIndexes';
