// An upload from the editor into files/ (an image, a recording, a .vtt transcript): streamed to
// a hidden file beside its target, checked as `feed validate` checks media (its bytes are what its
// name says, a recording can be read, every cue parses), and only then put in place, never over
// a file that exists unless the curator asked to replace it.

import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { link, rename, rm } from 'node:fs/promises';
import type { IncomingMessage } from 'node:http';
import path from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { describeFsError } from '../cli-error.ts';
import { checkMediaFile } from '../content/check-media-file.ts';
import { makeFolders, removeFolders } from '../write-file-atomic.ts';
import type { ContentFilePath } from './content-files.ts';
import type { UploadResult } from './protocol/studio-protocol.ts';
import { StudioError } from './studio-error.ts';

/** A long video interview at a high bitrate fits; a feed that size would be a problem of its own. */
export const MAX_UPLOAD_BYTES = 4 * 1024 ** 3;

export async function uploadFile(req: IncomingMessage, target: ContentFilePath, replace: boolean): Promise<UploadResult> {
  const made = await makeFolders(path.dirname(target.absolute)).catch((error: unknown) => {
    throw new StudioError('write-failed', `${target.relative}: cannot make its folder: ${describeFsError(error)}`);
  });
  // The extension stays last, since the media readers go by it.
  const temporary = path.join(path.dirname(target.absolute), `.upload-${randomUUID()}${path.extname(target.absolute)}`);
  let bytes = 0;
  const limit = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      bytes += chunk.length;
      done(
        bytes > MAX_UPLOAD_BYTES ? new StudioError('too-large', `a file may be at most ${MAX_UPLOAD_BYTES} bytes`) : null,
        chunk,
      );
    },
  });
  try {
    await pipeline(req, limit, createWriteStream(temporary, { flags: 'wx' }));
    const check = await checkMediaFile(temporary, target.type);
    if (check.issues.length > 0) {
      return {
        ok: false,
        problems: check.issues.map((issue) => (issue.line === null ? issue.reason : `${issue.line}: ${issue.reason}`)),
      };
    }
    // A link never replaces a file that exists; a rename does, when the curator chose to.
    if (replace) await rename(temporary, target.absolute);
    else await link(temporary, target.absolute);
    return { ok: true, path: target.relative, bytes };
  } catch (error) {
    if ((error as { code?: string }).code === 'EEXIST') throw new StudioError('exists', `${target.relative} exists already`);
    if (error instanceof StudioError) throw error;
    throw new StudioError('write-failed', `${target.relative}: cannot write: ${describeFsError(error)}`);
  } finally {
    await rm(temporary, { force: true });
    // Folders made for a file that did not arrive go again; one holding the file is not empty and stays.
    await removeFolders(made);
  }
}
