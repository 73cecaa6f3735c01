// The checks that need the whole folder: every text in every exhibit language, every file a
// text names exists under files/ with a type that fits its use, within its size cap, and holds
// what its name says (check-media-file.ts), and every era, event, testimony, place, keyword and name link
// resolves. Returns the media files the feed will carry.

import { MAX_FILE_BYTES } from '../../feed/content-limits.ts';
import type { Language } from '../../feed/languages.ts';
import type { ObjectType } from '../../feed/manifest-schema.ts';
import type { Issue, ProblemCode, Report, Severity } from '../report.ts';
import { checkMediaFile } from './check-media-file.ts';
import type { ContentEntry, FileKind, FileRef, LinkRef, TextRef } from './content-refs.ts';
import { closestContentFile, type ContentFile } from './list-content-files.ts';
import { fileKindOf, objectTypeOf, SUPPORTED_EXTENSIONS } from './media-types.ts';
import type { RegisterIds } from './register-ids.ts';

export interface MediaFile extends ContentFile {
  type: ObjectType;
  /** Audio and video, when the container gives it (check-media-file.ts). */
  durationSeconds?: number;
}

export interface ReferenceInput {
  /** Null when exhibit.yaml does not say: the language checks are skipped, not failed everywhere. */
  languages: readonly Language[] | null;
  entries: readonly ContentEntry<unknown>[];
  /** Null when exhibit.yaml's eras could not be read: era links are not checked. */
  eraIds: ReadonlySet<string> | null;
  /** Id → whether it is clean; an item with problems is still there to link to. */
  events: ReadonlyMap<string, boolean>;
  testimonies: ReadonlyMap<string, boolean>;
  places: ReadonlyMap<string, boolean>;
  /** Null when exhibit.yaml's keywords could not be read: keyword links are not checked. */
  keywordIds: ReadonlySet<string> | null;
  registerIds: RegisterIds;
  files: ReadonlyMap<string, ContentFile>;
  report: Report;
}

/** The items a link can name by file name, and where their files are. */
const ITEMS = {
  event: { input: 'events', folder: 'timeline' },
  testimony: { input: 'testimonies', folder: 'testimonies' },
  place: { input: 'places', folder: 'places' },
} as const;

/** Why `path` cannot be used as a `kind` file, or null; pure, so register rows are checked by it too. */
export function fileRefProblem(files: ReadonlyMap<string, ContentFile>, path: string, kind: FileKind): Issue | null {
  const meant = files.has(path) ? null : closestContentFile(files, path);
  if (!path.startsWith('files/') || path.split('/').some((part) => part === '..' || part === '.' || part === '')) {
    const example = meant ?? 'files/steppe.jpg';
    return { code: 'ref.bad-path', reason: `"${path}" must be a path under files/, such as ${example}` };
  }
  if (!files.has(path)) {
    if (meant) {
      const reason = `${path} does not exist (there is ${meant}: names must match in upper and lower case)`;
      return { code: 'ref.wrong-case', reason };
    }
    return { code: 'ref.missing', reason: `${path} does not exist` };
  }
  const type = objectTypeOf(path);
  if (!type)
    return {
      code: 'ref.unsupported-type',
      reason: `${path} is not a type a feed can carry (${SUPPORTED_EXTENSIONS.join(', ')})`,
    };
  if (fileKindOf(type) !== kind) {
    const reason = `${path} is ${type}, not ${kind === 'transcript' ? 'a .vtt transcript' : `an ${kind} file`}`;
    return { code: 'ref.wrong-kind', reason };
  }
  return null;
}

const FILE_NOUNS: Record<FileKind, string> = {
  image: 'an image',
  audio: 'a recording',
  video: 'a video',
  transcript: 'a transcript',
};

function megabytes(bytes: number): string {
  return `${Math.ceil(bytes / (1024 * 1024)).toLocaleString('en-US')} MB`;
}

function missingText(text: TextRef, language: Language): string {
  if (text.noun === 'section') return `${text.label}: no "## ${language}" section`;
  return `${text.label} has no "${language}" ${text.noun ?? 'text'}`;
}

export async function checkReferences(input: ReferenceInput): Promise<Map<string, MediaFile>> {
  const { report, files } = input;
  const used = new Map<string, MediaFile>();
  const checked = new Map<string, MediaFile | null>(); // a file used twice is reported once
  const referenced = new Set<string>();

  /** `published`: the entry goes into the feed, so its files do too. */
  const checkFile = async (file: string, ref: FileRef, published: boolean): Promise<void> => {
    // The file a bad reference means is in use: calling it unused too would report one mistake twice.
    const meant = files.has(ref.path) ? null : closestContentFile(files, ref.path);
    if (meant) referenced.add(meant);
    const problem = fileRefProblem(files, ref.path, ref.kind);
    if (problem) return report.error(file, ref.line, problem.code, `${ref.label}: ${problem.reason}`);
    referenced.add(ref.path);
    const found = files.get(ref.path)!;
    const type = objectTypeOf(ref.path)!;
    if (!checked.has(ref.path)) {
      let media: MediaFile | null = { ...found, type };
      const maxBytes = MAX_FILE_BYTES[ref.kind];
      if (found.bytes === 0) {
        report.error(ref.path, null, 'file.empty', 'is empty');
        media = null;
      } else if (found.bytes > maxBytes) {
        // docs/content-folder.md "Limits": not read at all, so a mistaken 40 GB file costs nothing.
        const reason = `is ${megabytes(found.bytes)}, more than the ${megabytes(maxBytes)} ${FILE_NOUNS[ref.kind]} may be; make it smaller`;
        report.error(ref.path, null, 'file.too-large', reason);
        media = null;
      } else {
        const { issues, durationSeconds } = await checkMediaFile(found.absolutePath, type);
        for (const { line, ...issue } of issues) report.add(ref.path, line, 'error', [issue]);
        media = issues.length > 0 ? null : { ...media, ...(durationSeconds !== undefined && { durationSeconds }) };
      }
      checked.set(ref.path, media);
    }
    const media = checked.get(ref.path);
    if (media && published) used.set(ref.path, media);
  };

  const checkLink = (file: string, link: LinkRef): void => {
    const say = (code: ProblemCode, reason: string, severity: Severity = 'error') =>
      report.add(file, link.line, severity, [{ code, reason: `${link.label}: ${reason}` }]);
    if (link.target === 'era' && input.eraIds && !input.eraIds.has(link.id))
      say('ref.missing', `"${link.id}" is not an era id in exhibit.yaml`);
    if (link.target === 'keyword' && input.keywordIds && !input.keywordIds.has(link.id))
      say('ref.missing', `"${link.id}" is not a keyword id in exhibit.yaml`);
    const items = link.target in ITEMS ? ITEMS[link.target as keyof typeof ITEMS] : null;
    if (items) {
      const clean = input[items.input].get(link.id);
      if (clean === undefined) say('ref.missing', `no ${link.target} "${link.id}" (${items.folder}/${link.id}.md)`);
      // Its own problems are reported at the item; here only where they reach.
      else if (!clean) say('ref.has-problems', `${link.target} "${link.id}" has problems, see above`, 'warning');
    }
    if (link.target === 'name' && !input.registerIds.isPublished(link.id)) {
      const unfinished = input.registerIds.unfinishedFiles;
      if (input.registerIds.isLeftOut(link.id)) {
        say('ref.left-out', `register row "${link.id}" is left out for its problems, so this link is dropped`, 'warning');
      } else if (unfinished.length > 0) {
        const which = unfinished.join(', ');
        say(
          'ref.unchecked',
          `no register row read has id "${link.id}", but ${which} could not be read to the end, see above`,
          'warning',
        );
      } else say('ref.missing', `no register row has id "${link.id}"`);
    }
  };

  for (const entry of input.entries) {
    for (const text of entry.texts) {
      for (const language of input.languages ?? [])
        if (!text.languages.includes(language))
          report.error(entry.file, text.line, 'text.missing-language', missingText(text, language));
    }
    for (const ref of entry.files) await checkFile(entry.file, ref, entry.value !== null);
    for (const link of entry.links) checkLink(entry.file, link);
    for (const path of entry.mentions ?? []) referenced.add(path);
  }

  for (const path of files.keys()) {
    if (referenced.has(path)) continue;
    if (objectTypeOf(path)) report.warning(path, null, 'file.orphan', 'no text refers to this file; it is not published');
    else {
      const reason = `not a type a feed can carry (${SUPPORTED_EXTENSIONS.join(', ')}); it is not published`;
      report.warning(path, null, 'file.unsupported-type', reason);
    }
  }
  return used;
}
