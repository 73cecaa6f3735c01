import { describe, expect, it } from 'vitest';
import type { NameRecord, NamesShard } from '../../../../src/feed/content-schema.ts';
import type { ObjectEntry } from '../../../../src/feed/manifest-schema.ts';
import { NamesRoll, nameInScriptOf, type RollSource } from '../../../../src/kiosk/schedule/names-roll.ts';

function record(id: string, extra: Partial<NameRecord> = {}): NameRecord {
  return { id, surname: `Surname${id}`, givenName: 'Given', ...extra };
}

/** Shards of the given sizes; counts how often each is loaded. */
function register(sizes: number[]): RollSource & { loads: number[] } {
  const shards: NamesShard[] = sizes.map((size, shard) => ({
    shard,
    shardCount: sizes.length,
    records: Array.from({ length: size }, (_, at) => record(`${shard}-${at}`, { birthYear: 1900, deathDate: '1938-03-01' })),
  }));
  const entries = shards.map((_, at) => ({ name: `names-${at}.json` }) as ObjectEntry);
  const loads = sizes.map(() => 0);
  return {
    namesShards: entries,
    loads,
    loadNamesShard: (entry) => {
      const at = entries.indexOf(entry);
      loads[at]! += 1;
      return Promise.resolve(shards[at]!);
    },
  };
}

async function take(roll: NamesRoll, count: number): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < count; i++) ids.push((await roll.next())!.id);
  return ids;
}

describe('NamesRoll', () => {
  it('rolls every shard in order, then starts over', async () => {
    const roll = new NamesRoll(register([2, 3]), 'ru', 2);
    expect(await take(roll, 7)).toEqual(['0-0', '0-1', '1-0', '1-1', '1-2', '0-0', '0-1']);
  });

  it('holds no more than its window of names, reading a shard once per window', async () => {
    const source = register([5]);
    const roll = new NamesRoll(source, 'ru', 2);
    await take(roll, 5);
    expect(roll.held).toBeLessThanOrEqual(2);
    expect(source.loads).toEqual([3]);
  });

  it('gives the years of life', async () => {
    const roll = new NamesRoll(register([1]), 'en');
    expect(await roll.next()).toMatchObject({ years: { birthYear: 1900, deathYear: 1938 } });
  });

  it('skips empty shards and gives null for an empty register', async () => {
    expect((await new NamesRoll(register([0, 1]), 'kk').next())?.id).toBe('1-0');
    expect(await new NamesRoll(register([0, 0]), 'kk').next()).toBeNull();
    expect(await new NamesRoll(register([]), 'kk').next()).toBeNull();
  });
});

describe('nameInScriptOf', () => {
  const bokeikhanov = {
    surname: 'Букейханов',
    givenName: 'Алихан',
    nameVariants: ['Бөкейханов Әлихан', 'Bokeikhanov Alikhan'],
  };

  it('gives the Latin spelling in English, the Kazakh one in Kazakh, the archive’s in Russian', () => {
    expect(nameInScriptOf(bokeikhanov, 'en')).toBe('Bokeikhanov Alikhan');
    expect(nameInScriptOf(bokeikhanov, 'kk')).toBe('Бөкейханов Әлихан');
    expect(nameInScriptOf(bokeikhanov, 'ru')).toBe('Букейханов Алихан');
  });

  it('falls back to the name as written when the record has no spelling in that script', () => {
    expect(nameInScriptOf({ surname: 'Жандосбаев', givenName: 'Жиенбай', patronymic: 'Жандосбайұлы' }, 'en')).toBe(
      'Жандосбаев Жиенбай Жандосбайұлы',
    );
  });
});
