import { describe, expect, it } from 'vitest';
import type { Chapter, Keyword, TestimoniesDoc, Testimony } from '../../../../src/feed/content-schema.ts';
import { keywordsOf, momentsByKeyword } from '../../../../src/kiosk/testimonies/keyword-moments.ts';

const KEYWORDS: Keyword[] = [
  { id: 'arrest', label: { en: 'Arrest' } },
  { id: 'archive-file', label: { en: 'Archive file' } },
  { id: 'famine', label: { en: 'Famine' } },
];

const chapter = (start: number, keywords: string[]): Chapter => ({ start, title: { en: `at ${start}` }, keywords });
const testimony = (id: string, chapters: Chapter[]) => ({ id, chapters }) as unknown as Testimony;

const DOC: TestimoniesDoc = {
  testimonies: [
    testimony('t01', [chapter(0, ['arrest']), chapter(21.5, ['archive-file', 'arrest'])]),
    testimony('t02', [chapter(0, ['famine']), chapter(40, ['arrest', 'arrest', 'unknown'])]),
    testimony('t03', []),
  ],
};

describe('momentsByKeyword', () => {
  it('lists the chapters across testimonies that speak of each keyword, in testimony then chapter order', () => {
    expect(momentsByKeyword(DOC, KEYWORDS).get('arrest')).toEqual([
      { testimonyId: 't01', chapterIndex: 0, startSeconds: 0 },
      { testimonyId: 't01', chapterIndex: 1, startSeconds: 21.5 },
      { testimonyId: 't02', chapterIndex: 1, startSeconds: 40 },
    ]);
  });

  it('gives a keyword no chapter names an empty list', () => {
    const moments = momentsByKeyword({ testimonies: [] }, KEYWORDS);
    expect(moments.get('famine')).toEqual([]);
  });

  it('leaves out an id the exhibit does not list', () => {
    expect(momentsByKeyword(DOC, KEYWORDS).has('unknown')).toBe(false);
  });
});

describe('keywordsOf', () => {
  it('gives the keywords a testimony touches once each, in the order its chapters first name them', () => {
    expect(keywordsOf(DOC.testimonies[0]!, KEYWORDS).map((keyword) => keyword.id)).toEqual(['arrest', 'archive-file']);
  });

  it('skips an id the exhibit does not list', () => {
    expect(keywordsOf(DOC.testimonies[1]!, KEYWORDS).map((keyword) => keyword.id)).toEqual(['famine', 'arrest']);
  });
});
