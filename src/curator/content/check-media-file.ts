// Checks that a media file under files/ holds what its name says (docs/content-folder.md
// "Files"): the container signature fits the extension, a recording can be read to its length,
// an image's header can be read, and a transcript's cues all parse. Reads the file, writes nothing.

import { open, readFile } from 'node:fs/promises';
import type { ObjectType } from '../../feed/manifest-schema.ts';
import { describeFsError, fsErrorCode } from '../cli-error.ts';
import type { LineIssue } from '../report.ts';
import { checkWebVtt } from './check-webvtt.ts';
import { readImageHeader } from './image-header.ts';
import { readMediaDuration } from './media-duration.ts';
import { isBinaryMediaType, SIGNATURE_BYTES, signatureMismatch } from './media-signature.ts';

export interface MediaFileCheck {
  /** Each with its line in the file (null for the file as a whole); any one keeps the file out. */
  issues: LineIssue[];
  /** Audio and video, when their container gives it. */
  durationSeconds?: number;
}

async function readHead(absolutePath: string): Promise<Uint8Array> {
  const handle = await open(absolutePath, 'r');
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(SIGNATURE_BYTES), 0, SIGNATURE_BYTES, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

const wholeFile = (issue: Omit<LineIssue, 'line'>): MediaFileCheck => ({ issues: [{ ...issue, line: null }] });

/** The library's own words go in the details, for a technician: they rarely help a curator. */
const unreadable = (reason: string, libraryMessage: string | undefined): MediaFileCheck =>
  wholeFile({ code: 'media.unreadable', reason, ...(libraryMessage !== undefined && { details: { library: libraryMessage } }) });

export async function checkMediaFile(absolutePath: string, type: ObjectType): Promise<MediaFileCheck> {
  try {
    return await checkReadableFile(absolutePath, type);
  } catch (error) {
    // Permission denied, a transcript over 2 GiB, a disk error: the file cannot be published.
    if (fsErrorCode(error) === undefined) throw error;
    return wholeFile({ code: 'media.unreadable', reason: `cannot read: ${describeFsError(error)}` });
  }
}

async function checkReadableFile(absolutePath: string, type: ObjectType): Promise<MediaFileCheck> {
  if (type === 'text/vtt') return { issues: checkWebVtt(await readFile(absolutePath, 'utf8')) };
  if (!isBinaryMediaType(type)) return { issues: [] };
  const mismatch = signatureMismatch(type, await readHead(absolutePath));
  if (mismatch) return wholeFile({ code: 'media.not-what-name-says', reason: mismatch });
  const [group] = type.split('/');
  if (group === 'image') {
    const header = await readImageHeader(absolutePath);
    return header.ok ? { issues: [] } : unreadable(header.reason, header.libraryMessage);
  }
  const reading = await readMediaDuration(absolutePath, group === 'video' ? 'video' : 'audio');
  if (!reading.ok) return unreadable(reading.reason, reading.libraryMessage);
  return reading.durationSeconds === null ? { issues: [] } : { issues: [], durationSeconds: reading.durationSeconds };
}
