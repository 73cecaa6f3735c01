import { describe, expect, it } from 'vitest';
import { missingTranslations } from '../../../../../src/curator/studio/app/missing-translations.ts';

const LANGUAGES = ['kk', 'ru', 'en'] as const;
const FULL = { kk: 'Мәтін.', ru: 'Текст.', en: 'Text.' };

describe('missingTranslations', () => {
  it('lists nothing for an entry written in every language', () => {
    expect(missingTranslations('timeline', { title: { kk: 'а', ru: 'б', en: 'c' } }, FULL, LANGUAGES)).toEqual([]);
  });

  it('lists each text that lacks a language, down to an image’s alt text', () => {
    const front = { title: { kk: 'Бұйрық', ru: '', en: 'Order' }, images: [{ file: 'files/a.jpg', alt: { kk: 'Дала' } }] };
    expect(missingTranslations('timeline', front, FULL, LANGUAGES)).toEqual([
      { path: ['title'], labels: ['fieldTitle'], languages: ['ru'] },
      { path: ['images', 0, 'alt'], labels: ['fieldImages', 'fieldAlt'], languages: ['ru', 'en'] },
    ]);
  });

  it('lists an empty body section and a missing transcript', () => {
    const front = { title: FULL, transcripts: { kk: 'files/t.kk.vtt', ru: 'files/t.ru.vtt' } };
    expect(missingTranslations('testimonies', front, { kk: 'Мәтін.', ru: ' ', en: 'Text.' }, LANGUAGES)).toEqual([
      { path: ['transcripts'], labels: ['fieldTranscripts'], languages: ['en'] },
      { path: ['body'], labels: ['fieldBody'], languages: ['ru'] },
    ]);
  });

  it('says nothing of an optional text the entry does not have', () => {
    expect(missingTranslations('places', { name: FULL }, FULL, LANGUAGES)).toEqual([]);
  });
});
