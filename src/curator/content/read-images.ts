// Reads the images of a front matter or exhibit.yaml key (docs/content-folder.md "Images"): each
// `{file, alt, caption?, credit?}`, with alt text required in every language, since a picture a
// visitor cannot see needs words. Hands back the files and texts for the checks across the folder.

import { z } from 'zod';
import type { Report } from '../report.ts';
import type { FileRef, ImageSource, TextRef } from './content-refs.ts';
import { formatKeyPath } from '../../feed/parse-with-schema.ts';
import { filePathInput, localizedInput, textRef } from './source-schemas.ts';
import type { YamlSource } from './yaml-source.ts';

/** Alt is optional here so that its absence gets its own code, `image.no-alt`, not a generic key error. */
export const imageInput = z.strictObject({
  file: filePathInput,
  alt: localizedInput.optional(),
  caption: localizedInput.optional(),
  credit: z.string().trim().min(1).optional(),
});
export type ImageInput = z.output<typeof imageInput>;

export interface ImagesRead {
  images: ImageSource[];
  texts: TextRef[];
  files: FileRef[];
}

/**
 * What a reader keeps of one image written at `path` (`images[0]`, `portrait`, `attract[2]`).
 * `fileKey` is the key of its file: an attract slide names it `image:` beside its text.
 */
export function readImage(
  input: ImageInput,
  path: readonly PropertyKey[],
  source: YamlSource,
  file: string,
  report: Report,
  read: ImagesRead,
  fileKey = 'file',
): void {
  const label = formatKeyPath(path);
  const fileLine = source.lineOf([...path, fileKey]);
  read.files.push({ line: fileLine, label: `${label}.${fileKey}`, path: input.file, kind: 'image' });
  if (input.alt) read.texts.push(textRef(source, [...path, 'alt'], input.alt));
  else
    report.error(
      file,
      source.lineOf(path),
      'image.no-alt',
      `${label}.alt is required: a text per language for visitors who cannot see the image`,
    );
  if (input.caption) read.texts.push(textRef(source, [...path, 'caption'], input.caption));
  read.images.push({
    file: input.file,
    alt: input.alt ?? {},
    ...(input.caption && { caption: input.caption }),
    ...(input.credit !== undefined && { credit: input.credit }),
  });
}

/** Each image of a list key (`images:`), in order. */
export function readImages(
  inputs: readonly ImageInput[] | undefined,
  key: string,
  source: YamlSource,
  file: string,
  report: Report,
): ImagesRead {
  const read: ImagesRead = { images: [], texts: [], files: [] };
  inputs?.forEach((input, index) => readImage(input, [key, index], source, file, report, read));
  return read;
}
