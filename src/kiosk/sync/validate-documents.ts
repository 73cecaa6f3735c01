// docs/design.md §5.3: before a version may become active, each of its JSON documents must parse with
// its schema and every media reference must name an object of the same manifest. A signed feed
// that fails here is rejected and never shown, rather than breaking a screen later.

import type { ContentImage, ExhibitDoc, TestimoniesDoc, TimelineDoc } from '../../feed/content-schema.ts';
import { ObjectFormatError } from '../../feed/errors.ts';
import type { Manifest } from '../../feed/manifest-schema.ts';
import type { EskeDb } from '../storage/eske-db.ts';
import { isDocumentRole, parseDocument, type DocumentOf, type DocumentRole } from '../../feed/parse-document.ts';
import { StoredContentMissingError } from '../storage/storage-errors.ts';
import { readStoredObject } from '../storage/version-store.ts';
import { yieldToScreen } from '../behaviour/yield-to-screen.ts';

/**
 * Reads the documents one at a time, so a register of millions is never in memory at once,
 * and lets the screen run between slices of a shard's records.
 */
export async function validateDocuments(db: EskeDb, manifest: Manifest): Promise<void> {
  const listed = new Set(manifest.objects.map((entry) => entry.sha256));
  for (const entry of manifest.objects) {
    const role = entry.role;
    if (!isDocumentRole(role)) continue;
    const stored = await readStoredObject(db, entry.sha256);
    if (!stored) throw new StoredContentMissingError(`object ${entry.name}`);
    const document = await parseDocument(role, entry, stored, yieldToScreen);
    const problems = mediaReferences(role, document)
      .filter(([, sha256]) => !listed.has(sha256))
      .map(([path, sha256]) => `${path}: ${sha256} is not an object of this feed`);
    if (problems.length > 0) throw new ObjectFormatError(entry.name, problems);
  }
}

/** [key path, sha256] of every object a document refers to. */
function mediaReferences<R extends DocumentRole>(role: R, document: DocumentOf<R>): [string, string][] {
  switch (role) {
    case 'exhibit':
      return [
        ...(document as ExhibitDoc).attract.flatMap((slide, i) =>
          slide.image ? imageReferences(`attract[${i}].image`, slide.image) : [],
        ),
        ...(document as ExhibitDoc).places.flatMap((place, i) =>
          place.images.flatMap((image, j) => imageReferences(`places[${i}].images[${j}]`, image)),
        ),
      ];
    case 'timeline':
      return (document as TimelineDoc).events.flatMap((event, i) =>
        event.images.flatMap((image, j) => imageReferences(`events[${i}].images[${j}]`, image)),
      );
    case 'testimonies':
      return (document as TestimoniesDoc).testimonies.flatMap((testimony, i): [string, string][] => [
        ...(testimony.media ? [[`testimonies[${i}].media.object`, testimony.media.object] satisfies [string, string]] : []),
        ...(testimony.portrait ? imageReferences(`testimonies[${i}].portrait`, testimony.portrait) : []),
        ...Object.entries(testimony.transcripts).map(([language, sha256]): [string, string] => [
          `testimonies[${i}].transcripts.${language}`,
          sha256,
        ]),
      ]);
    default:
      return [];
  }
}

function imageReferences(path: string, image: ContentImage): [string, string][] {
  return [[`${path}.media`, image.media], ...(image.thumb ? [[`${path}.thumb`, image.thumb] satisfies [string, string]] : [])];
}
