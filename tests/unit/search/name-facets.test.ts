import { describe, expect, it } from 'vitest';
import { nameFacets } from '../../../src/search/name-facets.ts';
import { buildNameIndex } from '../../../src/search/name-index.ts';

describe('nameFacets', () => {
  it('gives the span of birth years and the most common places and fates', () => {
    const index = buildNameIndex([
      { id: 'a', surname: 'А', givenName: 'Б', birthYear: 1901, birthPlace: 'Торғай', fate: 'атылды' },
      { id: 'b', surname: 'А', givenName: 'Б', birthYear: 1887, birthPlace: 'Алматы', fate: 'атылды' },
      { id: 'c', surname: 'А', givenName: 'Б', birthPlace: 'Алматы' },
      { id: 'd', surname: 'А', givenName: 'Б', birthPlace: 'Семей' },
    ]);
    expect(nameFacets(index, 2)).toEqual({
      birthYears: { from: 1887, to: 1901 },
      places: [
        { value: 'Алматы', records: 2 },
        { value: 'Торғай', records: 1 },
      ],
      fates: [{ value: 'атылды', records: 2 }],
    });
  });

  it('has no birth years when no record has one', () => {
    expect(nameFacets(buildNameIndex([{ id: 'a', surname: 'А', givenName: 'Б' }])).birthYears).toBeNull();
  });
});
