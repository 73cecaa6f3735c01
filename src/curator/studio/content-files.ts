// Which files of the content folder the studio may hand to a browser or write from an upload
// (docs/design.md §8.1): media under files/ only, by an extension a feed can carry, never a path
// that climbs out of the folder, hides, or leads by a link to somewhere else, and never the
// signing key, wherever it lies. Entries and exhibit.yaml go through the API, not as files.

import { realpath } from 'node:fs/promises';
import path from 'node:path';
import { FILES_FOLDER } from '../content/list-content-files.ts';
import { objectTypeOf } from '../content/media-types.ts';
import type { ObjectType } from '../../feed/manifest-schema.ts';
import { StudioError } from './studio-error.ts';

/** A relative path under files/ as the content folder writes it (`files/images/x.jpg`). */
export interface ContentFilePath {
  relative: string;
  absolute: string;
  type: ObjectType;
}

/** A file a feed can carry as media: JSON is a feed's own document, never a curator's file. */
function mediaTypeOf(relative: string): ObjectType | null {
  const type = objectTypeOf(relative);
  return type === 'application/json' ? null : type;
}

/**
 * Checks a path written as `files/…` and resolves it under `contentDir`, without touching the
 * disk. Refused: anything outside files/, `..` and `.` parts, hidden names (`.git`, `.env`),
 * backslashes and control characters, and types a feed cannot carry.
 */
export function contentFilePath(contentDir: string, relative: string): ContentFilePath {
  const parts = relative.split('/');
  const badPart = (part: string) => part === '' || part.startsWith('.') || /[\\:\p{Cc}]/u.test(part);
  if (parts[0] !== FILES_FOLDER || parts.length < 2 || parts.some(badPart)) {
    throw new StudioError('bad-file-path', `"${relative}" is not a path under ${FILES_FOLDER}/`);
  }
  const type = mediaTypeOf(relative);
  if (type === null)
    throw new StudioError('unsupported-file-type', `"${relative}" is not an image, a recording or a .vtt transcript`);
  return { relative, absolute: path.join(path.resolve(contentDir), ...parts), type };
}

/**
 * The file on disk behind a content path, for reading: its real path must stay inside the
 * content folder's files/ (a link may not lead out of it) and must not be the signing key.
 * Null when it does not exist.
 */
export async function existingContentFile(
  contentDir: string,
  relative: string,
  signingKeyFile: string | null,
): Promise<ContentFilePath | null> {
  const file = contentFilePath(contentDir, relative);
  const real = await realpath(file.absolute).catch(() => null);
  if (real === null) return null;
  const filesDir = await realpath(path.join(contentDir, FILES_FOLDER));
  const key = signingKeyFile === null ? null : await realpath(signingKeyFile).catch(() => null);
  if (!real.startsWith(filesDir + path.sep) || real === key) {
    throw new StudioError('bad-file-path', `"${relative}" leads outside ${FILES_FOLDER}/`);
  }
  return { ...file, absolute: real };
}
