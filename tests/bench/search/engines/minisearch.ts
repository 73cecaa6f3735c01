// MiniSearch (radix tree, BM25) over the four name columns, with prefix and fuzzy matching and
// the peers' Kazakh/Russian folding. Queries must match every word (AND); only when nothing
// does are they run again matching any word (OR), which gave it its best recall in trials.

import MiniSearch from 'minisearch';
import { NAME_FIELDS, type BenchRecord } from '../bench-register.ts';
import { peerFold } from './peer-fold.ts';
import { CHECK_EVERY, type Deadline, type EngineEntry, type SearchEngine } from './search-engine.ts';

/** MiniSearch's own example value: edits allowed up to a fifth of the word's length. */
const FUZZY = 0.2;

export const miniSearchEngine: EngineEntry = {
  name: 'MiniSearch',
  setup: `fields ${NAME_FIELDS.join(', ')}; processTerm = peer folding; prefix: true, fuzzy: ${FUZZY}; combineWith AND, then OR if AND finds nothing`,
  create: () => new MiniSearchEngine(),
};

class MiniSearchEngine implements SearchEngine {
  readonly #index = new MiniSearch<BenchRecord>({
    fields: [...NAME_FIELDS],
    idField: 'id',
    storeFields: [],
    processTerm: (term) => peerFold(term),
    searchOptions: { prefix: true, fuzzy: FUZZY },
  });

  build(records: readonly BenchRecord[], deadline: Deadline): void {
    for (let start = 0; start < records.length; start += CHECK_EVERY) {
      this.#index.addAll(records.slice(start, start + CHECK_EVERY));
      deadline.check();
    }
  }

  search(query: string, limit: number): readonly string[] {
    let results = this.#index.search(query, { combineWith: 'AND' });
    if (results.length === 0) results = this.#index.search(query, { combineWith: 'OR' });
    return results.slice(0, limit).map((result) => result.id as string);
  }
}
