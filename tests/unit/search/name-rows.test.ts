import { describe, expect, it } from 'vitest';
import { LEVEL } from '../../../src/search/match-levels.ts';
import { buildNameIndex } from '../../../src/search/name-index.ts';
import { markedLength, nameRow } from '../../../src/search/name-rows.ts';
import { searchNames } from '../../../src/search/search-names.ts';
import { queryWords } from '../../../src/search/fold-text.ts';

describe('markedLength', () => {
  it('marks a whole-word match whole, whatever was typed', () => {
    expect(markedLength('Байтұрсынов', 'baitursynuly', LEVEL.form)).toBe(11);
    expect(markedLength('Байтұрсынов', 'байтурсымов', LEVEL.typo1)).toBe(11);
  });

  it('marks as many letters as were typed for a prefix in the same script', () => {
    expect(markedLength('Байтұрсынов', 'байт', LEVEL.exactPrefix)).toBe(4);
  });

  it('marks the letters that the typed ones stand for in another script', () => {
    expect(markedLength('Жансүгіров', 'zhans', LEVEL.formPrefix)).toBe(4);
    expect(markedLength('Shaimerden', 'ша', LEVEL.formPrefix)).toBe(3);
    expect(markedLength('Байтұрсынов', 'байту', LEVEL.formPrefix)).toBe(5);
  });

  it('never marks past the end of the word', () => {
    expect(markedLength('Ким', 'кимов', LEVEL.exactPrefix)).toBe(3);
    expect(markedLength('Ким', 'kimov', LEVEL.soundPrefix)).toBe(3);
  });
});

describe('nameRow', () => {
  const index = buildNameIndex([
    { id: 'a', surname: 'Ни', givenName: 'Ин Гук', patronymic: 'Иванович', nameVariants: ['Ni In Guk'], birthYear: 1906 },
  ]);

  it('groups the words by field and leaves out variants that did not match', () => {
    expect(nameRow(index, new Uint16Array([3]), 0)).toEqual({
      id: 'a',
      shard: 3,
      surname: [{ text: 'Ни', marked: 0 }],
      givenName: [
        { text: 'Ин', marked: 0 },
        { text: 'Гук', marked: 0 },
      ],
      patronymic: [{ text: 'Иванович', marked: 0 }],
      variant: [],
      birthYear: 1906,
      score: 0,
    });
  });

  it('marks what the two typed words stand for in a word the register joins', () => {
    const joined = buildNameIndex([{ id: 'm', surname: 'Сейтов', givenName: 'Мухамеджан' }]);
    const query = 'Сейтов Мухамед Жа';
    const [hit] = searchNames(joined, query).hits;
    const row = nameRow(joined, new Uint16Array([0]), hit!.record, hit!.score, hit!.matches, queryWords(query));
    expect(row.givenName).toEqual([{ text: 'Мухамеджан', marked: 9 }]);
  });
});
