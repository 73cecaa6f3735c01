import { describe, expect, it } from 'vitest';
import { foldText, nameWords } from '../../../src/search/fold-text.ts';
import { buildNameIndex } from '../../../src/search/name-index.ts';
import { searchNames } from '../../../src/search/search-names.ts';

describe('foldText', () => {
  it('drops zero-width, direction and control characters', () => {
    expect(foldText('Ива\u200bнов\u202e\u2066\u0000\uFEFF')).toBe('иванов');
    expect(nameWords('Ива\u200dнов Иван\u2060')).toEqual(['иванов', 'иван']);
  });

  it('keeps tabs and line breaks as the word gaps they are', () => {
    expect(nameWords('Иванов\tИван\nИванович')).toEqual(['иванов', 'иван', 'иванович']);
  });
});

describe('search with invisible characters', () => {
  const index = buildNameIndex([
    { id: 'r1', surname: 'Иванов', givenName: 'Иван' },
    { id: 'r2', surname: 'Ива\u202eнова', givenName: 'Мария' },
  ]);
  const best = (query: string) => searchNames(index, query).hits[0];

  it('finds Иванов from a query with a zero-width space inside', () => {
    expect(best('Ива\u200bнов')).toMatchObject({ id: 'r1', score: 1 });
  });

  it('indexes a name holding a right-to-left override as if it had none', () => {
    expect(best('Иванова Мария')).toMatchObject({ id: 'r2', score: 1 });
  });
});
