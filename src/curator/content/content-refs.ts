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

/** An id that must name something else in the folder: `name` is a register id, `keyword` one of exhibit.yaml's. */
export interface LinkRef {
  line: number;
  label: string;
  target: 'era' | 'event' | 'testimony' | 'place' | 'name' | 'keyword';
  id: string;
}

export interface ContentEntry<T> {
  /** Relative to the content folder, for messages. */
  file: string;
  /** What other files link to it by: a timeline or testimony file's name. */
  id?: string;
  /**
   * Null when the file has errors of its own: it is not published, but what could be read of it
   * is still checked, so one run lists all its problems and links to it can say it has them.
   */
  value: T | null;
  texts: TextRef[];
  files: FileRef[];
  links: LinkRef[];
  /** Paths under files/ named in a file whose front matter could not be read: not checked, but in use. */
  mentions?: string[];
}

/** What a file that cannot be read as a whole hands on: its id, and the files/ paths its text names. */
export function unreadEntry(file: string, id: string | undefined, text: string): ContentEntry<never> {
  // A path as YAML writes it, bare or quoted, up to a space, quote or YAML punctuation.
  const mentions = [...text.matchAll(/(?<![\w./-])files\/[^\s"'`,[\]{}#]+/g)].map((match) => match[0]);
  return { file, ...(id !== undefined && { id }), value: null, texts: [], files: [], links: [], mentions };
}

/** An image with its texts, as sources give it before files have their SHA-256. */
export interface ImageSource {
  file: string;
  alt: Partial<Record<Language, string>>;
  caption?: Partial<Record<Language, string>>;
  credit?: string;
}
