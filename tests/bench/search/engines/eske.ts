// Eske's own engine, as the kiosk runs it: the name index built from the name columns, and
// every query answered with the last word treated as still being typed.

import { buildNameIndex, type NameIndex, type SearchableRecord } from '../../../../src/search/name-index.ts';
import { searchNames } from '../../../../src/search/search-names.ts';
import type { BenchRecord } from '../bench-register.ts';
import type { EngineEntry, SearchEngine } from './search-engine.ts';

export const eskeEngine: EngineEntry = {
  name: 'Eske',
  setup: 'buildNameIndex over surname, given name, patronymic and name_variants; searchNames with prefix: true',
  create: () => new EskeEngine(),
};

class EskeEngine implements SearchEngine {
  #index: NameIndex | null = null;

  build(records: readonly BenchRecord[]): void {
    this.#index = buildNameIndex(searchable(records));
  }

  search(query: string, limit: number): readonly string[] {
    return searchNames(this.#index!, query, { limit, prefix: true }).hits.map((hit) => hit.id);
  }
}

/** The records as the kiosk's feed hands them to the engine: variants as a list. */
function* searchable(records: readonly BenchRecord[]): Generator<SearchableRecord> {
  for (const record of records) {
    yield {
      id: record.id,
      surname: record.surname,
      givenName: record.given_name,
      patronymic: record.patronymic,
      nameVariants: record.name_variants === '' ? [] : record.name_variants.split(';'),
    };
  }
}
