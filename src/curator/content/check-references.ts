// The checks that need the whole folder: every text in every exhibit language, every file a
// text names exists under files/ with a type that fits its use, every .vtt is WebVTT, and every
// era, testimony and name link resolves. Returns the media files the feed will carry.

import { open } from 'node:fs/promises';
import type { Language } from '../../feed/languages.ts';
import type { ObjectType } from '../../feed/manifest-schema.ts';
import type { ProblemCode, Report } from '../report.ts';
import type { ContentEntry, FileRef, LinkRef, TextRef } from './content-refs.ts';
import type { ContentFile } from './list-content-files.ts';
import { fileKindOf, objectTypeOf, SUPPORTED_EXTENSIONS } from './media-types.ts';
import type { RegisterIds } from './register-ids.ts';

export interface MediaFile extends ContentFile {
  type: ObjectType;
}

export interface ReferenceInput {
  languages: readonly Language[];
  entries: readonly ContentEntry<unknown>[];
  eraIds: ReadonlySet<string>;
  testimonyIds: ReadonlySet<string>;
  registerIds: RegisterIds;
  files: ReadonlyMap<string, ContentFile>;
  report: Report;
}

function missingText(text: TextRef, language: Language): string {
  if (text.noun === 'section') return `${text.label}: no "## ${language}" section`;
  return `${text.label} has no "${language}" ${text.noun ?? 'text'}`;
}

/** WebVTT files must begin with "WEBVTT" then a space, tab or line break (W3C WebVTT §4.1). */
async function isWebVtt(absolutePath: string): Promise<boolean> {
  const handle = await open(absolutePath, 'r');
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(10), 0, 10, 0);
    const head = buffer
      .subarray(0, bytesRead)
      .toString('utf8')
      .replace(/^\uFEFF/, '');
    return /^WEBVTT([ \t\r\n]|$)/.test(head);
  } finally {
    await handle.close();
  }
}

export async function checkReferences(input: ReferenceInput): Promise<Map<string, MediaFile>> {
  const { report, files } = input;
  const used = new Map<string, MediaFile>();
  const checked = new Map<string, MediaFile | null>(); // a file used twice is reported once
  const referenced = new Set<string>();

  const checkFile = async (file: string, ref: FileRef): Promise<void> => {
    const problem = (code: ProblemCode, reason: string) => report.error(file, ref.line, code, `${ref.label}: ${reason}`);
    if (!ref.path.startsWith('files/') || ref.path.split('/').some((part) => part === '..' || part === '.' || part === '')) {
      return problem('ref.bad-path', `"${ref.path}" must be a path under files/, such as files/steppe.jpg`);
    }
    const found = files.get(ref.path);
    if (!found) {
      const lower = ref.path.toLowerCase();
      const sameButCase = [...files.keys()].find((other) => other.toLowerCase() === lower);
      if (sameButCase) {
        return problem(
          'ref.wrong-case',
          `${ref.path} does not exist (there is ${sameButCase}: names must match in upper and lower case)`,
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
      } else if (type === 'text/vtt' && !(await isWebVtt(found.absolutePath))) {
        report.error(ref.path, 1, 'file.not-webvtt', 'does not start with "WEBVTT": not a WebVTT transcript');
        media = null;
      }
      checked.set(ref.path, media);
    }
    const media = checked.get(ref.path);
    if (media) used.set(ref.path, media);
  };

  const checkLink = (file: string, link: LinkRef): void => {
    const problem = (reason: string) => report.error(file, link.line, 'ref.missing', `${link.label}: ${reason}`);
    if (link.target === 'era' && !input.eraIds.has(link.id)) problem(`"${link.id}" is not an era id in exhibit.yaml`);
    if (link.target === 'testimony' && !input.testimonyIds.has(link.id))
      problem(`no testimony "${link.id}" (testimonies/${link.id}.md)`);
    if (link.target === 'name' && !input.registerIds.isPublished(link.id)) {
      if (input.registerIds.isLeftOut(link.id)) {
        report.warning(
          file,
          link.line,
          'ref.left-out',
          `${link.label}: register row "${link.id}" is left out for its problems, so this link is dropped`,
        );
      } else problem(`no register row has id "${link.id}"`);
    }
  };

  for (const entry of input.entries) {
    for (const text of entry.texts) {
      for (const language of input.languages)
        if (!text.languages.includes(language))
          report.error(entry.file, text.line, 'text.missing-language', missingText(text, language));
    }
    for (const ref of entry.files) await checkFile(entry.file, ref);
    for (const link of entry.links) checkLink(entry.file, link);
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
