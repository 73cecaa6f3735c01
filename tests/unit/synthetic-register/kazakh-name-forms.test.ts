import { describe, expect, it } from 'vitest';
import {
  kazakhLetterSurname,
  kazakhPatronymicName,
  sovietPatronymic,
  sovietSpelling,
  sovietSurname,
} from '../../../src/synthetic-register/kazakh-name-forms.ts';
import { KAZAKH_SPELLING_RULES, type KazakhSpellingRule } from '../../../src/synthetic-register/kazakh-spelling-rules.ts';

const rules = (...names: KazakhSpellingRule[]) => new Set(names);

/** Every surname the rules can give a father's name, one rule or two at a time. */
function possibleSurnames(father: string): Set<string> {
  const spellings = new Set<string>();
  for (const first of KAZAKH_SPELLING_RULES) {
    for (const second of KAZAKH_SPELLING_RULES) spellings.add(sovietSurname(father, 'm', rules(first, second)));
  }
  return spellings;
}

describe('sovietSurname', () => {
  it('adds -ов to the father name in Russian letters (Байтұрсын → Байтурсынов)', () => {
    expect(sovietSurname('Байтұрсын', 'm')).toBe('Байтурсынов');
    expect(sovietSurname('Байтұрсын', 'f')).toBe('Байтурсынова');
  });

  it('writes Жансүгір as Жансугуров, or Джансугуров with the дж habit', () => {
    expect(sovietSurname('Жансүгір', 'm')).toBe('Жансугуров');
    expect(sovietSurname('Жансүгір', 'm', rules('dzh'))).toBe('Джансугуров');
  });

  it('writes Қожан as Кожанов, or Ходжанов with the х and дж habits', () => {
    expect(sovietSurname('Қожан', 'm')).toBe('Кожанов');
    expect(sovietSurname('Қожан', 'm', rules('kh', 'dzh'))).toBe('Ходжанов');
  });

  it('writes Өмірзақ as Омирзаков, Умирзаков or Умурзаков', () => {
    expect(sovietSurname('Өмірзақ', 'm')).toBe('Омирзаков');
    expect([...possibleSurnames('Өмірзақ')]).toEqual(expect.arrayContaining(['Омирзаков', 'Умирзаков', 'Умурзаков']));
  });

  it('takes -ев after й and vowels, and -ин for a name in -а under that habit', () => {
    expect(sovietSurname('Шоқай', 'm')).toBe('Шокаев');
    expect(sovietSurname('Шоқай', 'm', rules('ch'))).toBe('Чокаев');
    expect(sovietSurname('Сейітқали', 'f')).toBe('Сейткалиева');
    expect(sovietSurname('Мұса', 'm')).toBe('Мусаев');
    expect(sovietSurname('Мұса', 'm', rules('in'))).toBe('Мусин');
  });

  it('writes н before б as м under that habit (Дүйсенбай → Дуйсембаев)', () => {
    expect(sovietSurname('Дүйсенбай', 'm')).toBe('Дуйсенбаев');
    expect(sovietSurname('Дүйсенбай', 'm', rules('mb'))).toBe('Дуйсембаев');
  });

  it('reports which rules changed the spelling and no others', () => {
    const applied = new Set<KazakhSpellingRule>();
    sovietSurname('Жансүгір', 'm', rules('dzh', 'kh', 'ch'), applied);
    expect([...applied]).toEqual(['dzh']);
  });
});

describe('sovietSpelling', () => {
  it('folds every Kazakh letter to a Russian one', () => {
    const spelled = sovietSpelling('Әбдіқадыр Ғали Ұзақ Үсен Өтеген Бөкей Һ Ңң');
    expect(spelled).not.toMatch(/[әғқңөұүһі]/iu);
  });

  it('uses the Russian form of Arabic names the rules cannot reach', () => {
    expect(sovietSpelling('Ілияс')).toBe('Ильяс');
    expect(sovietSpelling('Ибраһим')).toBe('Ибрагим');
  });

  it('drops the silent і of Сейіт unless the clerk kept it', () => {
    expect(sovietSpelling('Сейітқали')).toBe('Сейткали');
    expect(sovietSpelling('Сейітқали', rules('ei-i'))).toBe('Сейиткали');
  });

  it('gives the same spelling when asked again (the cache is invisible)', () => {
    const first = sovietSpelling('Жүсіп', rules('dzh', 'i-plain'));
    expect(sovietSpelling('Жүсіп', rules('dzh', 'i-plain', 'ch'))).toBe(first);
    expect(first).toBe('Джусип');
  });
});

describe('sovietPatronymic', () => {
  it('forms -ович, -евич and their feminines from the father name', () => {
    expect(sovietPatronymic('Байтұрсын', 'm')).toBe('Байтурсынович');
    expect(sovietPatronymic('Сейітқали', 'm')).toBe('Сейткалиевич');
    expect(sovietPatronymic('Шоқай', 'f')).toBe('Шокаевна');
  });
});

describe('kazakhPatronymicName', () => {
  it('adds ұлы for a son and қызы for a daughter', () => {
    expect(kazakhPatronymicName('Байтұрсын', 'm')).toBe('Байтұрсынұлы');
    expect(kazakhPatronymicName('Жансүгір', 'm')).toBe('Жансүгірұлы');
    expect(kazakhPatronymicName('Сейітқали', 'f')).toBe('Сейітқалиқызы');
  });
});

describe('kazakhLetterSurname', () => {
  it('keeps the Kazakh letters and adds the Russian ending', () => {
    expect(kazakhLetterSurname('Жансүгір', 'm')).toBe('Жансүгіров');
    expect(kazakhLetterSurname('Шоқай', 'f')).toBe('Шоқаева');
  });
});
