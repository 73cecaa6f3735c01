import { describe, expect, it } from 'vitest';
import { foldName, SurnamePrefixIndex, type IndexedName } from '../../../src/search/surname-prefix-index.ts';

const people: IndexedName[] = [
  { id: 'r1', surname: 'Байтұрсынов', givenName: 'Ахмет', nameVariants: ['Байтурсынов', 'Baitursynov'] },
  { id: 'r2', surname: 'Иванов', givenName: 'Иван', patronymic: 'Петрович' },
  { id: 'r3', surname: 'Ивановский', givenName: 'Олег' },
  { id: 'r4', surname: 'Фёдоров', givenName: 'Пётр' },
  { id: 'r5', surname: 'Иванов', givenName: 'Алексей' },
];

const ids = (hits: IndexedName[]) => hits.map((hit) => hit.id);

describe('foldName', () => {
  it('folds case and ё to е', () => {
    expect(foldName('ФЁДОРОВ')).toBe('федоров');
  });

  it('drops leading spaces and collapses runs but keeps one trailing space', () => {
    expect(foldName('  иванов   иван ')).toBe('иванов иван ');
  });
});

describe('SurnamePrefixIndex', () => {
  const index = SurnamePrefixIndex.build(people);

  describe('#search', () => {
    it('finds every surname that starts with the query, in index order', () => {
      expect(ids(index.search('иван').hits)).toEqual(['r5', 'r2', 'r3']);
    });

    it('ignores case and the dots of ё in both query and names', () => {
      expect(ids(index.search('ФЕДО').hits)).toEqual(['r4']);
      expect(ids(index.search('фёдоров').hits)).toEqual(['r4']);
    });

    it('finds a record by another spelling of its surname, once', () => {
      expect(ids(index.search('байт').hits)).toEqual(['r1']);
      expect(ids(index.search('baitur').hits)).toEqual(['r1']);
    });

    it('narrows by given name after a space', () => {
      expect(ids(index.search('иванов ив').hits)).toEqual(['r2']);
    });

    it('treats a trailing space as the end of the surname', () => {
      expect(ids(index.search('иванов ').hits)).toEqual(['r5', 'r2']);
    });

    it('returns nothing for an empty or blank query', () => {
      expect(index.search('').hits).toEqual([]);
      expect(index.search('   ').hits).toEqual([]);
    });

    it('returns nothing when no surname has the prefix', () => {
      expect(index.search('жж')).toEqual({ hits: [], truncated: false });
    });

    it('caps the hits at the limit and says more matched', () => {
      expect(index.search('иван', 2)).toEqual({ hits: [people[4], people[1]], truncated: true });
      expect(index.search('иван', 3).truncated).toBe(false);
    });
  });

  describe('#byId', () => {
    it('returns the record with that id, or undefined', () => {
      expect(index.byId('r3')).toBe(people[2]);
      expect(index.byId('nobody')).toBeUndefined();
    });
  });

  describe('#size', () => {
    it('counts records, not spellings', () => {
      expect(index.size).toBe(people.length);
    });
  });

  it('scales to a large register without losing matches', () => {
    const many = Array.from({ length: 20_000 }, (_, n) => ({ id: `m${n}`, surname: `Фамилия${n}`, givenName: 'Имя' }));
    const big = SurnamePrefixIndex.build(many);
    expect(big.search('фамилия1999', 100).hits.map((hit) => hit.id)).toEqual([
      'm1999',
      'm19990',
      'm19991',
      'm19992',
      'm19993',
      'm19994',
      'm19995',
      'm19996',
      'm19997',
      'm19998',
      'm19999',
    ]);
  });
});
