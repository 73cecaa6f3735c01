// A basic name search: every record's full name, surname first (and each other spelling of the
// surname), folded and kept in one sorted array that a binary search walks by prefix. Pure
// TypeScript, no DOM. The full engine of DESIGN §7 (Kazakh/Russian endings, transliteration,
// typos, ranking, a Web Worker) replaces it; this one only has to be right and simple.

import { foldText } from './fold-text.ts';

/** The fields of a register record that the index reads. */
export interface IndexedName {
  id: string;
  surname: string;
  givenName: string;
  patronymic?: string | undefined;
  nameVariants?: readonly string[] | undefined;
}

export interface PrefixSearchResult<T> {
  /** Matches in index order, each record once. */
  hits: T[];
  /** More records matched than `limit`. */
  truncated: boolean;
}

/** How many hits a search returns unless told otherwise; a screen shows no more than this. */
export const DEFAULT_HIT_LIMIT = 50;

/**
 * Folds a name or a query the same way, so both meet: the engine's own folding (case, ё as е,
 * apostrophes), then one space between words. Leading spaces go; a trailing one stays, so
 * "иванов " finds the surname Иванов and not Ивановский.
 */
export function foldName(text: string): string {
  return foldText(text).replace(/\s+/g, ' ').trimStart();
}

function fullNameKey(surname: string, item: IndexedName): string {
  return foldName([surname, item.givenName, item.patronymic ?? ''].join(' ')).trimEnd();
}

export class SurnamePrefixIndex<T extends IndexedName> {
  readonly #keys: string[];
  readonly #itemOfKey: T[];
  readonly #byId: Map<string, T>;

  private constructor(keys: string[], itemOfKey: T[], byId: Map<string, T>) {
    this.#keys = keys;
    this.#itemOfKey = itemOfKey;
    this.#byId = byId;
  }

  static build<T extends IndexedName>(items: Iterable<T>): SurnamePrefixIndex<T> {
    const entries: { key: string; item: T }[] = [];
    const byId = new Map<string, T>();
    for (const item of items) {
      byId.set(item.id, item);
      for (const surname of new Set([item.surname, ...(item.nameVariants ?? [])])) {
        if (surname.trim() !== '') entries.push({ key: fullNameKey(surname, item), item });
      }
    }
    // Plain code-unit order, the same order the binary search in #lowerBound compares by.
    entries.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.item.id < b.item.id ? -1 : a.item.id > b.item.id ? 1 : 0));
    return new SurnamePrefixIndex(
      entries.map((entry) => entry.key),
      entries.map((entry) => entry.item),
      byId,
    );
  }

  /** How many records the index holds. */
  get size(): number {
    return this.#byId.size;
  }

  byId(id: string): T | undefined {
    return this.#byId.get(id);
  }

  /** Records whose surname (or another spelling of it), then given name, start with `query`. */
  search(query: string, limit = DEFAULT_HIT_LIMIT): PrefixSearchResult<T> {
    const prefix = foldName(query);
    if (prefix.trim() === '') return { hits: [], truncated: false };
    const hits: T[] = [];
    const seen = new Set<string>();
    for (let at = this.#lowerBound(prefix); at < this.#keys.length && this.#keys[at]!.startsWith(prefix); at++) {
      const item = this.#itemOfKey[at]!;
      if (seen.has(item.id)) continue;
      if (hits.length === limit) return { hits, truncated: true };
      seen.add(item.id);
      hits.push(item);
    }
    return { hits, truncated: false };
  }

  /** The first position whose key is not below `prefix`. */
  #lowerBound(prefix: string): number {
    let low = 0;
    let high = this.#keys.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.#keys[middle]! < prefix) low = middle + 1;
      else high = middle;
    }
    return low;
  }
}
