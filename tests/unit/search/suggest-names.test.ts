import { describe, expect, it } from 'vitest';
import { buildNameIndex, type SearchableRecord } from '../../../src/search/name-index.ts';
import { searchNames } from '../../../src/search/search-names.ts';
import { suggestNames } from '../../../src/search/suggest-names.ts';

const records: SearchableRecord[] = [
  { id: 'r1', surname: 'Байтурсынов', givenName: 'Ахмет' },
  { id: 'r2', surname: 'Байтурсынов', givenName: 'Ержан' },
  { id: 'r3', surname: 'Байтұрсынұлы', givenName: 'Ахмет' },
  { id: 'r4', surname: 'Турсынов', givenName: 'Ахмет' },
  { id: 'r5', surname: 'Ким', givenName: 'Андрей' },
];
const index = buildNameIndex(records);

describe('suggestNames', () => {
  it('offers names that search found too far off', () => {
    // Three letters changed in eleven: beyond search's two typos, within the suggestion's three.
    expect(searchNames(index, 'Байтырсыман', { prefix: false }).hits).toEqual([]);
    expect(suggestNames(index, 'Байтырсыман').map((suggestion) => suggestion.text)).toContain('Байтурсынов');
  });

  it('offers one spelling per sound, the most common', () => {
    const texts = suggestNames(index, 'Байтурсымбов').map((suggestion) => suggestion.text);
    expect(texts.filter((text) => /^Байт/.test(text))).toEqual(['Байтурсынов']);
  });

  it('ranks the closest first, however common a farther one is', () => {
    expect(suggestNames(index, 'Атурсынов')).toEqual([
      { text: 'Турсынов', distance: 1, records: 1 },
      { text: 'Байтурсынов', distance: 2, records: 2 },
    ]);
  });

  it('ranks names equally close by how many records hold them', () => {
    const common = buildNameIndex([
      { id: 'a', surname: 'Ким', givenName: 'Андрей' },
      { id: 'b', surname: 'Ком', givenName: 'Андрей' },
      { id: 'c', surname: 'Ком', givenName: 'Олег' },
    ]);
    expect(suggestNames(common, 'Кем').map((suggestion) => suggestion.text)).toEqual(['Ком', 'Ким']);
  });

  it('keeps the other words of the query', () => {
    expect(suggestNames(index, 'ахмет байтурсынбв').map((suggestion) => suggestion.text)).toContain('Ахмет Байтурсынов');
  });

  it('stops at the limit and offers nothing for nothing near', () => {
    expect(suggestNames(index, 'Байтурсынбв', 1)).toHaveLength(1);
    expect(suggestNames(index, 'Щщщщщщщщщщ')).toEqual([]);
    expect(suggestNames(index, '')).toEqual([]);
  });
});
