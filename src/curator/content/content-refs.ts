// What a reader of one content file hands to read-content-folder: the parsed value, plus every
// text, file and link it contains with its line, so the cross-file checks (languages, files,
// links) live in one place and still point at the exact line.

import type { Language } from '../../feed/languages.ts';

/** A text given per language (`title: {kk, ru, en}`) or a body made of `## kk` sections. */
export interface TextRef {
  line: number;
  /** The key path as the curator wrote it (`title`, `eras[1].title`), or `body` for sections. */
  label: string;
  /** Languages that have non-empty text. */
  languages: Language[];
  /** What one language's part is called in a message: `text` (default), `section` for `## kk`
   * bodies, `transcript` for a testimony's .vtt files. */
  noun?: 'text' | 'section' | 'transcript';
}

export type FileKind = 'image' | 'audio' | 'video' | 'transcript';

/** A path under files/ that a text refers to. */
export interface FileRef {
  line: number;
  label: string;
  path: string;
  kind: FileKind;
}

/** An id that must name something else in the folder. */
export interface LinkRef {
  line: number;
  label: string;
  target: 'era' | 'testimony' | 'name';
  id: string;
}

export interface ContentEntry<T> {
  /** Relative to the content folder, for messages. */
  file: string;
  value: T;
  texts: TextRef[];
  files: FileRef[];
  links: LinkRef[];
}

/** Image plus alt text, as sources give it before files have their SHA-256. */
export interface ImageSource {
  file: string;
  alt: Partial<Record<Language, string>>;
}
