import { describe, expect, it } from 'vitest';
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
});
