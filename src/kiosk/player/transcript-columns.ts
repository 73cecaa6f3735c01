// Which transcripts stand beside a recording: the visitor's language (or the exhibit's default
// when the curator gave none in it) and, when that is another language than the one spoken, the
// spoken language's own, so a visitor hears and reads the same words. No DOM.

import type { Testimony } from '../../feed/content-schema.ts';
import type { Language } from '../../feed/languages.ts';

export interface TranscriptColumn {
  lang: Language;
  /** The .vtt object. */
  sha256: string;
}

export interface TranscriptColumns {
  visitor: TranscriptColumn | null;
  /** Null when the visitor's column already is the spoken language, or it has no transcript. */
  spoken: TranscriptColumn | null;
}

export function transcriptColumns(
  testimony: Pick<Testimony, 'transcripts' | 'mediaLanguage'>,
  visitorLang: Language,
  fallbackLang: Language,
): TranscriptColumns {
  const column = (lang: Language): TranscriptColumn | null => {
    const sha256 = testimony.transcripts[lang];
    return sha256 === undefined ? null : { lang, sha256 };
  };
  const visitor = column(visitorLang) ?? column(fallbackLang);
  const spoken = visitor?.lang === testimony.mediaLanguage ? null : column(testimony.mediaLanguage);
  return { visitor, spoken };
}
