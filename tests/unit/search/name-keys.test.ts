import { describe, expect, it } from 'vitest';
import { nameWords, queryWords, MAX_QUERY_WORDS } from '../../../src/search/fold-text.ts';
import { nameKeys } from '../../../src/search/name-keys.ts';

const keysOf = (text: string) => nameKeys(nameWords(text)[0]!);

describe('nameWords', () => {
  it('folds case, ё and NFKC forms', () => {
    expect(nameWords('ФЁДОРОВ Пётр')).toEqual(['федоров', 'петр']);
    expect(nameWords('ＡＢＣ')).toEqual(['abc']);
  });

  it('joins hyphenated parts and a detached ұлы or қызы', () => {
    expect(nameWords('Мұхамед-Жан')).toEqual(['мұхамеджан']);
    expect(nameWords('Байтұрсын ұлы Ахмет')).toEqual(['байтұрсынұлы', 'ахмет']);
    expect(nameWords('Әлихан Бөкей-хан')).toEqual(['әлихан', 'бөкейхан']);
  });

  it('keeps a Latin capital İ inside its word', () => {
    expect(nameWords('İsmaiıl İSKAKOV')).toEqual(['ismaiıl', 'iskakov']);
  });

  it('drops apostrophes, digits, punctuation and emoji', () => {
    expect(nameWords("O'Neil, 1937 🕯️ Ахмет!")).toEqual(['oneil', 'ахмет']);
  });

  it("reads the 2017 apostrophe letters s' and c' as ш and ч", () => {
    expect(keysOf("S'aken").form).toBe(keysOf('Шакен').form);
  });
});

describe('queryWords', () => {
  it('bounds a huge query to a few words', () => {
    const words = queryWords('Ахмет '.repeat(2_000_000));
    expect(words.length).toBeLessThanOrEqual(MAX_QUERY_WORDS);
  });
});

describe('nameKeys', () => {
  it('gives the Kazakh and Russian Cyrillic forms of a name the same stem', () => {
    expect(keysOf('Байтұрсынұлы').stem).toBe(keysOf('Байтурсынов').stem);
    expect(keysOf('Өмірзақова').stem).toBe(keysOf('Өмірзақ қызы').stem);
    expect(keysOf('Бекбаев').stem).toBe(keysOf('Бекбайұлы').stem);
  });

  it('equates Cyrillic with ICAO, BGN/PCGN and Kazakh Latin 2021 spellings', () => {
    const stem = keysOf('Байтұрсынұлы').stem;
    for (const latin of ['Baitursynuly', 'Baytursynov', 'Baitūrsynūly', 'Baitursynuly', 'BAITURSYNOV']) {
      expect(keysOf(latin).stem).toBe(stem);
    }
    expect(keysOf('Şäkärım').form).toBe(keysOf('Шәкәрім').form);
    expect(keysOf('Qojanov').form).toBe(keysOf('Қожанов').form);
    expect(keysOf('Zhansugirov').stem).toBe(keysOf('Жансүгіров').stem);
    expect(keysOf('Jansugirov').stem).toBe(keysOf('Жансүгіров').stem);
    expect(keysOf('Grigoryev').form).toBe(keysOf('Григорьев').form);
    expect(keysOf('Vasilyeva').form).toBe(keysOf('Васильева').form);
  });

  it('merges the historic Russian spellings of Kazakh sounds in the sound key', () => {
    expect(keysOf('Ходжанов').sound).toBe(keysOf('Қожанұлы').sound); // Дж/Ж, Х/Қ
    expect(keysOf('Чокаев').sound).toBe(keysOf('Шоқайұлы').sound); // Ч/Ш
    expect(keysOf('Sakarim').sound).toBe(keysOf('Шәкәрім').sound); // Kazakh Latin 2021 without its marks: ş as s
    expect(keysOf('Эбдиров').sound).toBe(keysOf('Әбдіров').sound); // Э/Ә
    expect(keysOf('Букейханов').sound).toBe(keysOf('Бөкейханұлы').sound); // У/Ө
    expect(keysOf('Ахмед').sound).toBe(keysOf('Ахмет').sound); // final devoicing
    expect(keysOf('Сейфулин').sound).toBe(keysOf('Сейфуллин').sound); // doubled letters
  });

  it('keeps vowel-shifted historic forms together in the skeleton', () => {
    expect(keysOf('Джансугуров').skeleton).toBe(keysOf('Жансүгірұлы').skeleton);
    expect(keysOf('Умурзаков').skeleton).toBe(keysOf('Өмірзақов').skeleton);
  });

  it('leaves short names whole instead of cutting an ending', () => {
    expect(keysOf('Ильин').stem).toBe('ilin');
    expect(keysOf('Ким').stem).toBe('kim');
  });
});
