// FlexSearch 0.8: one Index over a record's name columns joined, tokenized "forward" so a
// half-typed word matches, with the peers' Kazakh/Russian folding as its encoder's normalize
// step and suggestions on, so a query with one unmatched word still returns the rest. In trials
// this beat Charset.Default, LatinBalance, resolution 3, and a Document with merged fields.

import { Encoder, Index } from 'flexsearch';
import { NAME_FIELDS, type BenchRecord } from '../bench-register.ts';
import { peerFold } from './peer-fold.ts';
import { CHECK_EVERY, type Deadline, type EngineEntry, type SearchEngine } from './search-engine.ts';

export const flexSearchEngine: EngineEntry = {
  name: 'FlexSearch',
  setup:
    'Index over the name columns joined; tokenize: forward; Encoder (Charset.Default with normalize = peer folding); search with suggest: true',
  create: () => new FlexSearchEngine(),
};

class FlexSearchEngine implements SearchEngine {
  readonly #index = new Index({ tokenize: 'forward', encoder: new Encoder({ normalize: peerFold }) });
  #ids: string[] = [];

  build(records: readonly BenchRecord[], deadline: Deadline): void {
    records.forEach((record, i) => {
      // Numeric ids keep FlexSearch's registers compact; an array of ids maps them back.
      this.#ids.push(record.id);
      this.#index.add(i, NAME_FIELDS.map((field) => record[field]).join(' '));
      if (i % CHECK_EVERY === 0) deadline.check();
    });
  }

  search(query: string, limit: number): readonly string[] {
    const found = this.#index.search(query, { limit, suggest: true }) as number[];
    return found.map((i) => this.#ids[i]!);
  }
}
