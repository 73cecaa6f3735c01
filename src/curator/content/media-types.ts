// Which files a feed can carry: the MIME type from a file's extension, read from OBJECT_TYPES
// in the feed contract (so the two cannot drift), and what each type may be used for.

import { OBJECT_TYPES, type ObjectType } from '../../feed/manifest-schema.ts';
import type { FileKind } from './content-refs.ts';

const TYPE_BY_EXTENSION = new Map<string, ObjectType>([
  ...Object.entries(OBJECT_TYPES).map(([type, extension]) => [extension, type as ObjectType] as const),
  // Cameras and editors also write these spellings of the same formats.
  ['jpeg', 'image/jpeg'],
  ['mp4a', 'audio/mp4'],
]);

/** The feed type of a content file from its extension (any case), or null if a feed cannot carry it. */
export function objectTypeOf(path: string): ObjectType | null {
  const extension = /\.([^./]+)$/.exec(path)?.[1]?.toLowerCase();
  return (extension !== undefined && TYPE_BY_EXTENSION.get(extension)) || null;
}

/** What a file of this type can be used as; JSON is never a media file. */
export function fileKindOf(type: ObjectType): FileKind | null {
  if (type === 'text/vtt') return 'transcript';
  const [group] = type.split('/');
  return group === 'image' || group === 'audio' || group === 'video' ? group : null;
}

export const SUPPORTED_EXTENSIONS = [...TYPE_BY_EXTENSION.keys()].filter((extension) => extension !== 'json');
