// The shapes the Curator Studio's server and its browser app exchange over /api/ (docs/design.md
// §8.1). Types and constants only, so both sides import them: no DOM, no Node.

import type { Language } from '../../../feed/languages.ts';

/** The folders of a content folder the studio edits, one Markdown file per entry. */
export const ENTRY_KINDS = ['timeline', 'testimonies', 'places'] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];

export type Localized = Partial<Record<Language, string>>;

/** One entry in a list: enough to find it and see what is missing, not its whole text. */
export interface EntrySummary {
  kind: EntryKind;
  id: string;
  /** Relative to the content folder: `timeline/1937-order-00447.md`. */
  file: string;
  /** The title (a place's name) per language, as far as the front matter gives it. */
  title: Localized;
  /** A timeline event's date, a testimony's recording date. */
  date?: string;
}

/** An entry as the editor works on it. */
export interface EntryDoc {
  kind: EntryKind;
  id: string;
  file: string;
  /** SHA-256 of the file's text as read: a save names it, so an edit made outside is never overwritten. */
  hash: string;
  /** The file as it is. */
  text: string;
  /** The front matter as JSON; null when it cannot be read (then only the text can be edited). */
  front: Record<string, unknown> | null;
  /** The Markdown of each `## kk` / `## ru` / `## en` section. */
  sections: Localized;
}

/**
 * What the curator changed in an entry and has not saved: the fields and sections, or for a
 * file that cannot be read as fields, its whole text. Kept in the browser until saved.
 */
export type EntryEdit = { front: Record<string, unknown>; sections: Localized } | { text: string };

export interface Draft {
  kind: EntryKind;
  id: string;
  /** The hash of the file the edit started from. */
  baseHash: string;
  edit: EntryEdit;
}

export interface NamedText {
  id: string;
  label: Localized;
}

export interface ContentOverview {
  /** The content folder as the curator named it. */
  folder: string;
  /** Its absolute path: what the browser files drafts under, so two folders named alike never mix. */
  contentPath: string;
  exhibit: {
    id: string;
    title: Localized;
    languages: Language[];
    defaultLanguage: Language;
    eras: NamedText[];
    keywords: NamedText[];
  };
  entries: Record<EntryKind, EntrySummary[]>;
  /** Every path under files/, for file fields. */
  files: string[];
  /** Where Publish writes, or null when the studio was started without --out and --key. */
  publishTo: string | null;
  /** The preview kiosk's port on this machine. */
  previewPort: number;
}

/** Where a problem sits in an entry: a key path of the front matter, or a language section. */
export type FieldLocation = { path: (string | number)[] } | { section: Language };

export interface CheckProblem {
  file: string;
  line: number | null;
  code: string;
  severity: 'error' | 'warning';
  /** The reason as `feed validate` prints it. */
  reason: string;
  /** The entry and field to open, for a problem in a timeline, testimony or place file. */
  entry?: { kind: EntryKind; id: string; field?: FieldLocation };
}

export interface CheckResult {
  problems: CheckProblem[];
  errors: number;
  warnings: number;
}

export type PreviewResult = { ok: true; version: number } | { ok: false; check: CheckResult };

/** How many ids, and the first of them in order (a register import can change 300,000 records). */
export interface IdList {
  count: number;
  ids: string[];
}

/** The ids of one kind of item that a new version adds, changes and removes. */
export interface ItemChanges {
  added: IdList;
  changed: IdList;
  removed: IdList;
}

export interface FeedChanges {
  events: ItemChanges;
  testimonies: ItemChanges;
  places: ItemChanges;
  records: ItemChanges;
  /** Objects each kiosk downloads for the new version, and their bytes. */
  newObjects: number;
  downloadBytes: number;
}

/** What Publish would do now. */
export type PublishPlan =
  | { state: 'blocked'; check: CheckResult }
  | { state: 'unchanged'; version: number }
  | { state: 'ready'; publishedVersion: number | null; changes: FeedChanges };

export type PublishResult =
  | { state: 'blocked'; check: CheckResult }
  | { state: 'unchanged'; version: number }
  | {
      state: 'published';
      version: number;
      changes: FeedChanges;
    };

/** An upload into files/: in place, or refused with what `feed validate` would say of the file. */
export type UploadResult = { ok: true; path: string; bytes: number } | { ok: false; problems: string[] };

/** Every failure of an API call, by the code the app words in each language. */
export const STUDIO_ERROR_CODES = [
  'forbidden-host',
  'forbidden-origin',
  'not-found',
  'bad-request',
  'too-large',
  'bad-id',
  'exists',
  'changed-on-disk',
  'bad-file-path',
  'unsupported-file-type',
  'publish-not-set-up',
  'feed-unreadable',
  'write-failed',
  'internal',
] as const;
export type StudioErrorCode = (typeof STUDIO_ERROR_CODES)[number];

export interface ErrorBody {
  error: { code: StudioErrorCode; message: string };
}

/** The preview kiosk's config for a language: `?kiosk=` of the preview page. */
export function previewKioskId(language: Language): string {
  return `studio-preview-${language}`;
}
