import { describe, expect, it } from 'vitest';
import type { Testimony } from '../../../../src/feed/content-schema.ts';
import { transcriptColumns } from '../../../../src/kiosk/player/transcript-columns.ts';

const KK = 'a'.repeat(64);
const RU = 'b'.repeat(64);
const EN = 'c'.repeat(64);
const spokenInRussian: Pick<Testimony, 'transcripts' | 'mediaLanguage'> = {
  mediaLanguage: 'ru',
  transcripts: { kk: KK, ru: RU, en: EN },
};

describe('transcriptColumns', () => {
  it('pairs the visitor’s language with the spoken one when they differ', () => {
    expect(transcriptColumns(spokenInRussian, 'en', 'kk')).toEqual({
      visitor: { lang: 'en', sha256: EN },
      spoken: { lang: 'ru', sha256: RU },
    });
  });

  it('shows one column when the visitor reads the language spoken', () => {
    expect(transcriptColumns(spokenInRussian, 'ru', 'kk')).toEqual({ visitor: { lang: 'ru', sha256: RU }, spoken: null });
  });

  it('falls back to the exhibit’s default language, and then needs no second column if that is the one spoken', () => {
    const testimony = { mediaLanguage: 'kk', transcripts: { kk: KK } } as const;
    expect(transcriptColumns(testimony, 'en', 'kk')).toEqual({ visitor: { lang: 'kk', sha256: KK }, spoken: null });
  });

  it('shows the spoken language alone beside a missing visitor’s column', () => {
    const testimony = { mediaLanguage: 'ru', transcripts: { ru: RU } } as const;
    expect(transcriptColumns(testimony, 'en', 'kk')).toEqual({ visitor: null, spoken: { lang: 'ru', sha256: RU } });
  });
});
