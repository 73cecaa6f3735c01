// Puts a file the curator chose into the content folder's files/ through the API, under a name
// a host serves as it is (spaces and odd signs become -, letters of any script stay), and asks
// before replacing a file of the same name. Resolves to the file's path, or to why it was refused.

import { StudioCallError, studioClient } from './studio-client.ts';
import { studio } from './studio.svelte.ts';

export type Uploaded = { path: string } | { problems: string[] } | { cancelled: true };

export function uploadName(name: string): string {
  return name
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}._-]+/gu, '-')
    .replace(/^[.-]+/, '');
}

/** `folder` under files/: `images` for pictures, '' for recordings and transcripts, as the demo exhibit keeps them. */
export async function uploadMedia(file: File, folder: string, askReplace: () => boolean): Promise<Uploaded> {
  const path = ['files', folder, uploadName(file.name)].filter((part) => part !== '').join('/');
  let result;
  try {
    result = await studioClient.upload(path, file, false);
  } catch (error) {
    if (!(error instanceof StudioCallError && error.code === 'exists')) throw error;
    if (!askReplace()) return { cancelled: true };
    result = await studioClient.upload(path, file, true);
  }
  if (!result.ok) return { problems: result.problems };
  await studio.load();
  return { path: result.path };
}
