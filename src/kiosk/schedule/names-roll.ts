// The register as the Remembrance display rolls it (docs/design.md §6.2): one name after another,
// shard by shard, round and round. A register of a million names is never in memory at once:
// each refill parses one stored shard, keeps a window of names from it as short display rows,
// and lets the parsed shard go. No DOM.

import type { NameRecord, NamesShard } from '../../feed/content-schema.ts';
import type { Language } from '../../feed/languages.ts';
import type { ObjectEntry } from '../../feed/manifest-schema.ts';
import { fullName, yearsOfRecord, type LifeYears } from '../names/record-display.ts';

/** Names kept between refills: about half an hour of rolling, for one shard parse. */
export const ROLL_WINDOW = 500;

export interface RollName {
  id: string;
  /** The name in the script of the display language where the record has it. */
  name: string;
  years: LifeYears;
}

export interface RollSource {
  readonly namesShards: readonly ObjectEntry[];
  loadNamesShard(entry: ObjectEntry): Promise<NamesShard>;
}

export class NamesRoll {
  readonly #source: RollSource;
  readonly #windowSize: number;
  #window: RollName[] = [];
  #shard = 0;
  /** The next record to take from `#shard`. */
  #record = 0;

  constructor(
    source: RollSource,
    readonly lang: Language,
    windowSize: number = ROLL_WINDOW,
  ) {
    this.#source = source;
    this.#windowSize = windowSize;
  }

  /** The next name, or null for an empty register. */
  async next(): Promise<RollName | null> {
    if (this.#window.length === 0) await this.#refill();
    return this.#window.shift() ?? null;
  }

  /** Names waiting in memory: never more than the window. */
  get held(): number {
    return this.#window.length;
  }

  async #refill(): Promise<void> {
    const shards = this.#source.namesShards;
    // One pass over every shard at most: a register of empty shards has no name to give.
    for (let tried = 0; tried < shards.length && this.#window.length === 0; tried++) {
      const { records } = await this.#source.loadNamesShard(shards[this.#shard]!);
      this.#window = records.slice(this.#record, this.#record + this.#windowSize).map((record) => rollName(record, this.lang));
      this.#record += this.#windowSize;
      if (this.#record >= records.length) {
        this.#shard = (this.#shard + 1) % shards.length;
        this.#record = 0;
      }
    }
  }
}

function rollName(record: NameRecord, lang: Language): RollName {
  return { id: record.id, name: nameInScriptOf(record, lang), years: yearsOfRecord(record) };
}

const CYRILLIC = /\p{Script=Cyrillic}/u;
const LATIN = /\p{Script=Latin}/u;
/** Letters Kazakh has and Russian lacks: a variant with them is the name as Kazakh writes it. */
const KAZAKH_LETTERS = /[әғқңөұүһіӘҒҚҢӨҰҮҺІ]/u;

/**
 * The record's name as a reader of `lang` writes it, where the register has such a spelling
 * among its variants: Latin for English, Cyrillic for Russian, Cyrillic with Kazakh letters
 * (else plain Cyrillic) for Kazakh. Otherwise the name as the archive wrote it.
 */
export function nameInScriptOf(
  record: Pick<NameRecord, 'surname' | 'givenName' | 'patronymic' | 'nameVariants'>,
  lang: Language,
): string {
  const name = fullName(record);
  const candidates = [name, ...(record.nameVariants ?? [])];
  const preferences = lang === 'en' ? [LATIN] : lang === 'kk' ? [KAZAKH_LETTERS, CYRILLIC] : [CYRILLIC];
  for (const script of preferences) {
    const found = candidates.find((candidate) => script.test(candidate));
    if (found !== undefined) return found;
  }
  return name;
}
