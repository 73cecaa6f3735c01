import { describe, expect, it } from 'vitest';
import { generatePeople } from '../../../src/synthetic-register/generate-register.ts';
import { buildNameIndex, type SearchableRecord } from '../../../src/search/name-index.ts';
import { searchNames } from '../../../src/search/search-names.ts';

const records: SearchableRecord[] = [
  { id: 'r1', surname: 'Байтурсынов', givenName: 'Ахмет', birthYear: 1872, birthPlace: 'Торгайская обл.', fate: 'расстрелян' },
  { id: 'r2', surname: 'Байтұрсынұлы', givenName: 'Ахмет', nameVariants: ['Baitursynuly Akhmet'] },
  { id: 'r3', surname: 'Байтурсынов', givenName: 'Ержан', birthYear: 1901, fate: 'освобождён' },
  { id: 'r4', surname: 'Джансугуров', givenName: 'Ильяс', birthYear: 1894 },
  { id: 'r5', surname: 'Ходжанов', givenName: 'Султанбек', patronymic: 'Ходжанович' },
  { id: 'r6', surname: 'Умурзаков', givenName: 'Газиз' },
  { id: 'r7', surname: 'Ким', givenName: 'Андрей' },
  { id: 'r8', surname: 'Кимов', givenName: 'Андрей' },
  { id: 'r9', surname: 'Ахметов', givenName: 'Байтурсын' },
];
const index = buildNameIndex(records);
const ids = (query: string, options = {}) => searchNames(index, query, options).hits.map((hit) => hit.id);

describe('searchNames', () => {
  it('finds the Russian and the Kazakh form of a surname from either', () => {
    expect(ids('Байтұрсынұлы Ахмет').slice(0, 2).sort()).toEqual(['r1', 'r2']);
    expect(ids('Байтурсынов Ахмет').slice(0, 2).sort()).toEqual(['r1', 'r2']);
  });

  it('ranks the exact spelling above the same name in another form', () => {
    expect(ids('Байтұрсынұлы Ахмет')[0]).toBe('r2');
    expect(ids('Байтурсынов Ахмет')[0]).toBe('r1');
  });

  it('ranks a full-name match above a surname-only match', () => {
    const found = ids('Байтурсынов Ахмет');
    expect(found.indexOf('r3')).toBeGreaterThan(found.indexOf('r2'));
  });

  it('takes the words in any order', () => {
    expect(ids('Ахмет Байтурсынов')[0]).toBe('r1');
  });

  it('finds Latin romanizations of Cyrillic records', () => {
    expect(ids('Baitursynov Akhmet').slice(0, 2).sort()).toEqual(['r1', 'r2']);
    expect(ids('Zhansugurov Ilyas')[0]).toBe('r4');
    expect(ids('Jansügirov')[0]).toBe('r4');
    expect(ids('Qojanov Sultanbek')[0]).toBe('r5');
    expect(ids('Ömirzaqov')[0]).toBe('r6');
  });

  it('finds historic Russian spellings from the Kazakh form', () => {
    expect(ids('Жансүгіров Ілияс')[0]).toBe('r4');
    expect(ids('Қожанов Сұлтанбек')[0]).toBe('r5');
    expect(ids('Өмірзақов')[0]).toBe('r6');
  });

  it('tolerates typos in long words but not in short ones', () => {
    expect(ids('Байтурсымов')).toContain('r1');
    expect(ids('Джансугруов')).toContain('r4');
    expect(ids('Кин', { prefix: false })).toEqual([]);
  });

  it('matches the word being typed as a prefix, whole words first', () => {
    expect(ids('Ким')).toEqual(['r7', 'r8']);
    expect(ids('Байтур').length).toBeGreaterThanOrEqual(3);
  });

  it('reads a one-letter word as an initial anywhere in the query', () => {
    expect(ids('А. Байтурсынов', { prefix: false })[0]).toBe('r1');
  });

  it('honours curated name variants', () => {
    expect(ids('Baitursynuly Akhmet')[0]).toBe('r2');
  });

  it('filters by birth year, place and fate', () => {
    expect(ids('Байтурсынов', { filters: { birthYearFrom: 1890, birthYearTo: 1910 } })).toEqual(['r3']);
    expect(ids('Байтурсынов', { filters: { fate: 'расстрелян' } })).toEqual(['r1']);
    expect(ids('Байтурсынов', { filters: { place: 'Торгайская обл.' } })).toEqual(['r1']);
  });

  it('breaks ties the same way every time', () => {
    expect(ids('Андрей')).toEqual(['r7', 'r8']);
  });

  it('answers empty, huge, emoji and mixed-script queries sanely', () => {
    expect(ids('')).toEqual([]);
    expect(ids('   ')).toEqual([]);
    expect(ids('🕯️🕯️')).toEqual([]);
    expect(ids('ъ')).toEqual([]);
    expect(ids('Ахмет'.repeat(2000)).length).toBeLessThanOrEqual(20);
    expect(ids('Вaйтурсынов'.replace('В', 'Б'))).toContain('r1'); // Latin "a" inside Cyrillic
  });

  it('gives scores between 0 and 1 with 1 for an exact full match', () => {
    const [best] = searchNames(index, 'Байтурсынов Ахмет').hits;
    expect(best!.score).toBe(1);
    for (const hit of searchNames(index, 'Baitursynov').hits) expect(hit.score).toBeGreaterThan(0);
  });

  it('ranks records of the rarer word first among equally good partial matches', () => {
    const partial = buildNameIndex([
      { id: 'a1', surname: 'Ахметов', givenName: 'Ахмет' },
      { id: 'a2', surname: 'Ахметов', givenName: 'Ахмет' },
      { id: 'b1', surname: 'Сейфуллин', givenName: 'Сакен' },
      { id: 'c1', surname: 'Жумабаев', givenName: 'Ахмет' },
    ]);
    // Сейфуллин holds one record and Ахмет three: the Сейфуллин who is not Ахмет comes first.
    const found = searchNames(partial, 'Сейфуллин Ахмет', { prefix: false }).hits.map((hit) => hit.id);
    expect(found).toEqual(['b1', 'a1', 'a2', 'c1']);
  });
});

describe('searchNames with words the register joins', () => {
  const joined = buildNameIndex([
    { id: 'k1', surname: 'Ли', givenName: 'Бомун' },
    { id: 'k2', surname: 'Ли', givenName: 'Бомдю' },
    { id: 'k3', surname: 'Пак', givenName: 'Ун' },
    { id: 'm1', surname: 'Сейтов', givenName: 'Мухамед-Жан' },
    { id: 'm2', surname: 'Сейтов', givenName: 'Мухамед' },
  ]);
  const found = (query: string) => searchNames(joined, query, { prefix: false }).hits;

  it('finds a name typed as two words that the register writes as one', () => {
    const [best] = found('Ли Бом Ун');
    expect(best!.id).toBe('k1');
    // The joined word is reported as the first word of the pair, for marking.
    expect(best!.matches.map((match) => match.queryWord).sort()).toEqual([0, 1]);
    expect(found('Мухамед Жан Сейтов')[0]!.id).toBe('m1');
  });

  it('keeps what the words found apart, after the joined match', () => {
    const ids = found('Ли Бом Ун').map((hit) => hit.id);
    expect(ids).toContain('k3');
    expect(ids.indexOf('k1')).toBeLessThan(ids.indexOf('k3'));
  });

  it('keeps a whole joined reading that partial matches would crowd out of the limit', () => {
    const crowded = buildNameIndex([
      ...Array.from({ length: 30 }, (_, i) => ({ id: `f${i}`, surname: 'Иванов', givenName: 'Аскар', nameVariants: ['Петров'] })),
      { id: 'z', surname: 'Ивнов', givenName: 'Мухамеджон', nameVariants: ['Петрв'] },
    ]);
    const [best] = searchNames(crowded, 'Иванов Мухамед Жан Петров', { limit: 10 }).hits;
    expect(best!.id).toBe('z');
  });

  it('orders equal scores the same way whatever the limit', () => {
    const ties = buildNameIndex([
      { id: 'a', surname: 'Бомун', givenName: 'Сакен' },
      { id: 'b', surname: 'Бомун', givenName: 'Сакен', patronymic: 'Ун' },
      { id: 'c', surname: 'Ким', givenName: 'Ун' },
      { id: 'd', surname: 'Ким', givenName: 'Ун' },
    ]);
    const list = (limit: number) => searchNames(ties, 'Бом Ун', { prefix: false, limit }).hits.map((hit) => hit.id);
    const all = list(20);
    for (const limit of [1, 2, 3]) expect(list(limit)).toEqual(all.slice(0, limit));
  });

  it('does not join words when every word is held by one record', () => {
    expect(found('Сейтов Мухамед').map((hit) => hit.id)).toEqual(['m2', 'm1']);
  });
});

describe('searchNames on a generated register', () => {
  const people = [...generatePeople(4000, 3)].map(({ record }) => ({
    id: record.id,
    surname: record.surname,
    givenName: record.given_name,
    patronymic: record.patronymic,
    nameVariants: record.name_variants === '' ? [] : record.name_variants.split(';'),
  }));
  const register = buildNameIndex(people);
  const queries = people
    .filter((_, i) => i % 97 === 0)
    .flatMap((person) => [
      `${person.surname} ${person.givenName}`,
      `${person.givenName} ${person.surname.slice(0, 4)}`,
      person.givenName.slice(0, 2),
      `${person.surname.slice(0, 3)}${person.surname.slice(4)}`,
    ]);

  it('stops reading early yet returns the same top results as ranking every match', () => {
    for (const query of queries) {
      const everything = searchNames(register, query, { limit: register.recordCount, scanBudget: Infinity });
      const best = searchNames(register, query, { limit: 5, scanBudget: Infinity });
      expect(
        best.hits.map((hit) => [hit.id, hit.score]),
        query,
      ).toEqual(everything.hits.slice(0, 5).map((hit) => [hit.id, hit.score]));
      expect(everything.complete).toBe(true);
      expect(everything.total).toBe(everything.hits.length);
    }
  });

  it('says the count is a lower bound when it stopped early', () => {
    const result = searchNames(register, people[0]!.givenName, { limit: 3 });
    expect(result.hits).toHaveLength(3);
    expect(result.complete).toBe(false);
    expect(result.total).toBeGreaterThanOrEqual(3);
  });
});
