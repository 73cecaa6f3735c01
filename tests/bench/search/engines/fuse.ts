// Fuse.js 7 over the four name columns, threshold 0.4, with the peers' folding applied to values
// and query. Each query word must match some column ($and of $or), which beat Fuse's own token
// search and whole-string search in trials. Scans every record per query, so it runs only on
// the smaller register.

import Fuse, { type Expression } from 'fuse.js';
import { NAME_FIELDS, type BenchRecord } from '../bench-register.ts';
import { peerFold } from './peer-fold.ts';
import type { EngineEntry, SearchEngine } from './search-engine.ts';

const THRESHOLD = 0.4;
/** Beyond this, one query takes seconds and the run would take hours. */
const MAX_RECORDS = 300_000;

export const fuseEngine: EngineEntry = {
  name: 'Fuse.js',
  setup:
    `keys ${NAME_FIELDS.join(', ')}; threshold: ${THRESHOLD}, ignoreLocation: true; getFn and query = peer folding; ` +
    `logical query: every word ($and) in any column ($or); sizes ≤ ${MAX_RECORDS.toLocaleString('en-US')}`,
  maxRecords: MAX_RECORDS,
  create: () => new FuseEngine(),
};

class FuseEngine implements SearchEngine {
  #fuse: Fuse<BenchRecord> | null = null;

  build(records: readonly BenchRecord[]): void {
    this.#fuse = new Fuse(records, {
      keys: [...NAME_FIELDS],
      threshold: THRESHOLD,
      ignoreLocation: true,
      getFn: (record, path) => peerFold(record[(Array.isArray(path) ? path[0] : path) as keyof BenchRecord]),
    });
  }

  search(query: string, limit: number): readonly string[] {
    const words = peerFold(query)
      .split(/[^\p{L}]+/u)
      .filter((word) => word !== '');
    const expression: Expression = { $and: words.map((word) => ({ $or: NAME_FIELDS.map((field) => ({ [field]: word })) })) };
    return this.#fuse!.search(expression, { limit }).map((result) => result.item.id);
  }
}
