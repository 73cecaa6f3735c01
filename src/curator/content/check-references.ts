// The checks that need the whole folder: every text in every exhibit language, every file a
// text names exists under files/ with a type that fits its use and holds what its name says
// (check-media-file.ts), and every era, testimony and name link resolves. Returns the media
// files the feed will carry.

import type { Language } from '../../feed/languages.ts';
import type { ObjectType } from '../../feed/manifest-schema.ts';
import type { ProblemCode, Report, Severity } from '../report.ts';
import { checkMediaFile } from './check-media-file.ts';
import type { ContentEntry, FileRef, LinkRef, TextRef } from './content-refs.ts';
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
  /** Testimony id → whether it is clean; a testimony with problems is still there to link to. */
  testimonies: ReadonlyMap<string, boolean>;
  registerIds: RegisterIds;
  files: ReadonlyMap<string, ContentFile>;
  report: Report;
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
    const problem = (code: ProblemCode, reason: string) => report.error(file, ref.line, code, `${ref.label}: ${reason}`);
    // The file a bad reference means is in use: calling it unused too would report one mistake twice.
    const meant = files.has(ref.path) ? null : closestContentFile(files, ref.path);
    if (meant) referenced.add(meant);
    if (!ref.path.startsWith('files/') || ref.path.split('/').some((part) => part === '..' || part === '.' || part === '')) {
      const example = meant ?? 'files/steppe.jpg';
      return problem('ref.bad-path', `"${ref.path}" must be a path under files/, such as ${example}`);
    }
    const found = files.get(ref.path);
    if (!found) {
      if (meant) {
        return problem(
          'ref.wrong-case',
          `${ref.path} does not exist (there is ${meant}: names must match in upper and lower case)`,
        );
      }
      return problem('ref.missing', `${ref.path} does not exist`);
    }
    referenced.add(ref.path);
    const type = objectTypeOf(ref.path);
    if (!type)
      return problem('ref.unsupported-type', `${ref.path} is not a type a feed can carry (${SUPPORTED_EXTENSIONS.join(', ')})`);
    if (fileKindOf(type) !== ref.kind)
      return problem(
        'ref.wrong-kind',
        `${ref.path} is ${type}, not ${ref.kind === 'transcript' ? 'a .vtt transcript' : `an ${ref.kind} file`}`,
      );
    if (!checked.has(ref.path)) {
      let media: MediaFile | null = { ...found, type };
      if (found.bytes === 0) {
        report.error(ref.path, null, 'file.empty', 'is empty');
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
    if (link.target === 'testimony') {
      const clean = input.testimonies.get(link.id);
      if (clean === undefined) say('ref.missing', `no testimony "${link.id}" (testimonies/${link.id}.md)`);
      // Its own problems are reported at the testimony; here only where they reach.
      else if (!clean) say('ref.has-problems', `testimony "${link.id}" has problems, see above`, 'warning');
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
