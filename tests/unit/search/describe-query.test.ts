import { describe, expect, it } from 'vitest';
import { describeQuery, toCyrillic, toLatin, wordForms } from '../../../src/search/describe-query.ts';

describe('describeQuery', () => {
  it('gives a Russian-ending surname its Kazakh form, in Cyrillic and in Latin', () => {
    expect(describeQuery('Байтурсынов')).toEqual(['Байтурсынов', 'Байтурсынұлы', 'Baitursynov', 'Baitursynuly']);
  });

  it('gives a Kazakh-ending surname its Russian form', () => {
    expect(describeQuery('Байтұрсынұлы')).toEqual(['Байтұрсынов', 'Байтұрсынұлы', 'Байтурсынов', 'Baitursynov', 'Baitursynuly']);
  });

  it('reads a Latin query into Cyrillic first', () => {
    expect(describeQuery('baitursynuly')).toEqual(['Байтурсынов', 'Байтурсынұлы', 'Baitursynov', 'Baitursynuly']);
    expect(describeQuery('Zhumabayeva')).toEqual(['Жумабаева', 'Жумабайқызы', 'Zhumabaeva', 'Zhumabaikyzy']);
  });

  it('spells every word of a full name the same way', () => {
    expect(describeQuery('Сейфуллин Сәкен')).toEqual(['Сейфуллин Сәкен', 'Сейфуллин Сакен', 'Seifullin Saken']);
  });

  it('shows the Kazakh letters and the Russian letters a clerk wrote for them', () => {
    expect(describeQuery('Жансүгіров')).toContain('Жансугиров');
  });

  it('stops at the limit it is given', () => {
    expect(describeQuery('Байтурсынов', 2)).toEqual(['Байтурсынов', 'Байтурсынұлы']);
  });

  it('is empty for a query with no name in it', () => {
    expect(describeQuery('')).toEqual([]);
    expect(describeQuery(' - ')).toEqual([]);
  });
});

describe('wordForms', () => {
  it('turns a patronymic into its Kazakh form', () => {
    expect(wordForms('ахметович')).toEqual({ russian: 'ахметович', kazakh: 'ахметұлы' });
    expect(wordForms('ахметовна')).toEqual({ russian: 'ахметовна', kazakh: 'ахметқызы' });
  });

  it('restores the й that Russian spelling hides after a vowel', () => {
    expect(wordForms('бекбаев')).toEqual({ russian: 'бекбаев', kazakh: 'бекбайұлы' });
    expect(wordForms('бекбайұлы')).toEqual({ russian: 'бекбаев', kazakh: 'бекбайұлы' });
  });

  it('leaves a short name alone even if it ends like a surname', () => {
    expect(wordForms('лев')).toEqual({ russian: 'лев', kazakh: 'лев' });
  });
});

describe('toLatin and toCyrillic', () => {
  it('write Cyrillic in passport Latin', () => {
    expect(toLatin('жансүгіров')).toBe('zhansugirov');
    expect(toLatin('щукин')).toBe('shchukin');
  });

  it('read the common Latin spellings into Cyrillic', () => {
    expect(toCyrillic('zhansugurov')).toBe('жансугуров');
    expect(toCyrillic('qojanov')).toBe('қожанов');
    expect(toCyrillic('aidar')).toBe('айдар');
  });
});
